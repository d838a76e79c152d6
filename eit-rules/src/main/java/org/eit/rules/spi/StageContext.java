package org.eit.rules.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.knowledge.Knowledge;

/**
 * What a stage sees of one analysis: the territory, the taxonomy, the knowledge tables and parameters in force,
 * the results of the stages before it, and its own rule base. One per analysis; not shared between threads.
 */
public interface StageContext {
    Territory territory();

    ResourceTaxonomy taxonomy();

    Knowledge knowledge();

    Parameters parameters();

    /** Warnings for the diagnostic (an actor placed by its zone, a flow that cannot be sized...). */
    Problems problems();

    /** The result an earlier stage published, or empty. */
    <T> Optional<T> find(ResultKey<T> key);

    /** The result an earlier stage published; an {@link IllegalStateException} when none did. */
    default <T> T get(ResultKey<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException("no stage published " + key.name()
                + " before this one"));
    }

    /** Publishes a result; a key is published once. */
    <T> void put(ResultKey<T> key, T value);

    /**
     * Runs this stage's rules over {@code facts} in a session of its own and returns the facts left in working
     * memory that are instances of {@code resultTypes}, in no particular order (sort what you publish). A rule that
     * loops or overruns its time
     * ends the analysis with an error naming it.
     */
    List<Object> fire(List<?> facts, Collection<Class<?>> resultTypes);

    /**
     * Like {@link #fire(List, Collection)} for many items judged one by one (the candidate pairs of detection):
     * {@code facts} are inserted and the rules fired once, then each batch of items in turn is inserted, the rules
     * fired, the facts of {@code resultTypes} it brought collected, and the batch and what it brought removed, so
     * memory holds one batch at a time. Rules may join an item with the base facts, not with items of another
     * batch. {@code results} receives what each batch brought, then what the base facts left.
     */
    void fire(List<?> facts, Iterable<? extends List<?>> batches, Collection<Class<?>> resultTypes,
              Consumer<List<Object>> results);

    /**
     * Like {@link #fire(List, Iterable, Collection, Consumer)}, with {@code perBatch} made of each batch's results
     * where the batch was judged (batches may be judged side by side, so it must only read shared state), and
     * {@code results} receiving what it made, in the batches' order, then what it made of the base facts' results.
     */
    <R> void fire(List<?> facts, Iterable<? extends List<?>> batches, Collection<Class<?>> resultTypes,
                  java.util.function.Function<List<Object>, R> perBatch, Consumer<R> results);

    /** Ends the analysis with {@link org.eit.core.api.AnalysisCancelledException} if the caller cancelled it. */
    void checkCancelled();
}
