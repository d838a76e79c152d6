package org.eit.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How an engine treats the rule files it is given (see {@link org.eit.core.api.EngineBuilder}).
 *
 * @param trustRules  true when the user vouches for them: safe loading is off
 * @param ruleTimeout how long one firing of a rule nobody vouched for may run before it ends the analysis
 */
public record EngineSettings(boolean trustRules, Duration ruleTimeout) {
    /** Ten seconds: far more than any rule needs, little enough for a workshop to see the mistake. */
    public static final Duration DEFAULT_RULE_TIMEOUT = Duration.ofSeconds(10);
    /** Rules checked by safe loading, ten seconds per firing. */
    public static final EngineSettings DEFAULTS = new EngineSettings(false, DEFAULT_RULE_TIMEOUT);

    public EngineSettings {
        Objects.requireNonNull(ruleTimeout, "EngineSettings.ruleTimeout");
        if (ruleTimeout.isNegative() || ruleTimeout.isZero()) {
            throw new IllegalArgumentException("EngineSettings.ruleTimeout must be positive, was " + ruleTimeout);
        }
    }
}
