package org.eit.samples.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eit.core.internal.resource.ResourceResolver;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.samples.synthetic.SyntheticTerritory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolving what people wrote to resources, with the {@link ResourceResolver} the workspace reader makes for each
 * read ({@code TerritoryAssembler} resolves each flow's {@code resource} field, else its description). A new
 * resolver for every invocation, since its cache of resolutions lives as long as one read:
 *
 * <ul>
 *   <li>{@link #descriptions}: every flow's description as generated (the resource's English label), so each
 *       wording is resolved once and found in the cache after;
 *   <li>{@link #ownWords}: every flow's description with where it comes from ("Whey from Cheese dairy 00012"), a
 *       different text for each flow, as free descriptions are: nothing is found in the cache, and each text goes
 *       through the words of the whole text, then without its qualifier.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResolvingBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private ResourceTaxonomy taxonomy;
    private List<String> descriptions;
    private List<String> ownWords;
    private ResourceResolver resolver;

    @Setup(Level.Trial)
    public void setUp() {
        taxonomy = ResourceTaxonomy.shipped();
        Territory territory = new SyntheticTerritory(actors, 1).territory();
        Map<String, Actor> byId = territory.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        descriptions = territory.flows().stream().map(Flow::description).toList();
        ownWords = territory.flows().stream()
                .map(f -> f.description() + " from " + byId.get(f.actorId()).name()).toList();
        Benchmarks.input("%,d texts; %,d distinct descriptions", descriptions.size(),
                descriptions.stream().distinct().count());
    }

    /** The resolver a read makes, before the read; not timed. */
    @Setup(Level.Invocation)
    public void newResolver() {
        resolver = new ResourceResolver(taxonomy);
    }

    @Benchmark
    public int descriptions() {
        return resolveAll(descriptions);
    }

    @Benchmark
    public int ownWords() {
        return resolveAll(ownWords);
    }

    /** Resolves every text; returns how many resolved. */
    private int resolveAll(List<String> texts) {
        int resolved = 0;
        for (String text : texts) {
            if (resolver.resolve(text).isResolved()) {
                resolved++;
            }
        }
        return resolved;
    }
}
