package org.eit.plugins.winery;

import com.google.inject.Binder;
import org.eit.core.spi.EitPlugin;
import org.eit.core.spi.TaxonomyRows;
import org.eit.rules.knowledge.KnowledgeRows;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.RulePack;

/**
 * An example sector pack for wine-growing territories: a resource (vine prunings), rows of the shipped tables
 * (what prunings replace, how far they travel) and a rule (marc and lees go to a distillery first). Built as its
 * own jar and loaded with {@code eit analyze --plugin winery-plugin.jar}; see this folder's README.
 */
public final class WineryPlugin implements EitPlugin {
    @Override
    public String name() {
        return "winery";
    }

    @Override
    public void configure(Binder binder) {
        Extensions.taxonomyRows(binder).addBinding().toInstance(
                TaxonomyRows.classpath(WineryPlugin.class, "resources.csv"));
        Extensions.knowledgeRows(binder).addBinding().toInstance(
                KnowledgeRows.classpath("substitutions.csv", WineryPlugin.class, "substitutions.csv"));
        Extensions.knowledgeRows(binder).addBinding().toInstance(
                KnowledgeRows.classpath("reaches.csv", WineryPlugin.class, "reaches.csv"));
        Extensions.rulePacks(binder).addBinding().toInstance(
                RulePack.classpath("detection", WineryPlugin.class, "detection/winery/winery.drl"));
    }
}
