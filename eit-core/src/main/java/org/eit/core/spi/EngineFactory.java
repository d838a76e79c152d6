package org.eit.core.spi;

import java.util.List;
import org.eit.core.api.EitEngine;

/**
 * Makes engines; the rule module ({@code eit-rules}) provides the implementation, found with
 * {@link java.util.ServiceLoader}, so that an embedding application depends on eit-core's API only.
 */
public interface EngineFactory {
    /** An engine with the shipped stages and {@code plugins} (sorted, de-duplicated). */
    EitEngine create(List<EitPlugin> plugins, EngineSettings settings);
}
