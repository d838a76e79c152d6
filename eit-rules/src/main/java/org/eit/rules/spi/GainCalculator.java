package org.eit.rules.spi;

import org.eit.rules.gains.GainInput;
import org.eit.rules.gains.GainSheet;

/**
 * Values one retained synergy: adds economic, environmental or social figures to its sheet. The shipped
 * calculators value substitutions and shared capacity, pooling groups, environmental and social gains; a plugin adds
 * its own through {@link Extensions#gainCalculators} (a sector's own avoided costs, a local job ratio). Calculators
 * run in the order of their names; each figure carries its formula and the rows it used. Synergies are valued side by
 * side when the analysis may use several threads ({@code rules.threads}): a calculator is called from several threads
 * at once, each call with its own synergy and sheet, and must keep no state between calls.
 */
public interface GainCalculator {
    /** A short stable name ({@code substitution-economics}), to order calculators and name them in traces. */
    String name();

    /** Adds what this calculator values of {@code synergy}; nothing when it does not apply. */
    void value(GainInput synergy, GainSheet sheet);
}
