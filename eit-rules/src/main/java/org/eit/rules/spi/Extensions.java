package org.eit.rules.spi;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import org.eit.core.spi.TaxonomyRows;
import org.eit.rules.knowledge.KnowledgeRows;
import org.eit.rules.knowledge.KnowledgeTable;

/**
 * The extension points of the rule engine, declared once here and filled by the stages' own Guice modules and by
 * plugins: {@code Extensions.stages(binder()).addBinding().to(MyStage.class)}. Guice merges the contributions of
 * every module into one set each.
 */
public final class Extensions {
    private Extensions() {
    }

    /** The stages of the pipeline. */
    public static Multibinder<Stage> stages(Binder binder) {
        return Multibinder.newSetBinder(binder, Stage.class);
    }

    /** Rule packs, each run in the session of its stage. */
    public static Multibinder<RulePack> rulePacks(Binder binder) {
        return Multibinder.newSetBinder(binder, RulePack.class);
    }

    /** Knowledge tables the stages read. */
    public static Multibinder<KnowledgeTable<?>> tables(Binder binder) {
        return Multibinder.newSetBinder(binder, new TypeLiteral<KnowledgeTable<?>>() { });
    }

    /** Rows plugins add to knowledge tables. */
    public static Multibinder<KnowledgeRows> knowledgeRows(Binder binder) {
        return Multibinder.newSetBinder(binder, KnowledgeRows.class);
    }

    /** Resources plugins add to the taxonomy (rows in the format of {@code resources.csv}). */
    public static Multibinder<TaxonomyRows> taxonomyRows(Binder binder) {
        return Multibinder.newSetBinder(binder, TaxonomyRows.class);
    }

    /** Calculators of the gains of retained synergies. */
    public static Multibinder<GainCalculator> gainCalculators(Binder binder) {
        return Multibinder.newSetBinder(binder, GainCalculator.class);
    }

    /** Parameters the stages read. */
    public static Multibinder<ParameterSpec> parameters(Binder binder) {
        return Multibinder.newSetBinder(binder, ParameterSpec.class);
    }
}
