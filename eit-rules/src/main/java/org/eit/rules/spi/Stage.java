package org.eit.rules.spi;

import java.util.Set;

/**
 * One step of an analysis: compatibility of resources, detection of synergies, the network, and the stages later
 * issues add (allocation, gains, indicators, AFOM, actions). The engine runs the stages it is given in the order
 * of {@link #order()} and knows none of them by name; a stage reads what earlier stages published in its
 * {@link StageContext} and publishes its own results there.
 *
 * <p>A stage whose domain choices are rules fires them with {@link StageContext#fire}: the rule packs whose
 * {@link RulePack#stage()} is this stage's {@link #name()}, the shipped ones, the plugins' and the territory's own.
 * Stages are contributed through Guice ({@link Extensions#stages}); a stage is stateless and thread-safe.
 */
public interface Stage {
    /** The stage's name: lower-case words joined by {@code -}; rule packages name it ({@code x.detection.y}). */
    String name();

    /** Where the stage runs: lower first. The shipped stages leave gaps of 100 for plugins. */
    int order();

    void run(StageContext context);

    /**
     * The placeholders this stage's rules may use in their {@code @fr}/{@code @en} sentences, with what each is.
     * Every text placeholder {@code x} also has {@code deX} and {@code queX} forms ("de X" and "que X" with French
     * elision: "d'écorces", "qu'Agrivalor"). Checked by {@code validate} and {@code rules check}.
     */
    default Set<String> placeholders() {
        return Set.of();
    }

    /**
     * The classes this stage's rules may use when nobody vouched for them (safe loading): its facts and the helpers
     * its rules call. Anything else is refused in a territory's rules unless the user trusts them.
     */
    default Set<Class<?>> factTypes() {
        return Set.of();
    }

    /**
     * Names of the functions whose call in a consequence records a finding: a rule that calls one must explain
     * itself in both languages.
     */
    default Set<String> findingFunctions() {
        return Set.of();
    }
}
