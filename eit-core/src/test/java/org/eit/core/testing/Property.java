package org.eit.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a property, a check that must hold for every value, on values drawn by {@link Gen}s, from a plain JUnit
 * test: {@code Property.forAll(Gen.bytes(255), bytes -> ...)}.
 *
 * <p>The seed is fixed, so a build tries the same values every time and never fails by chance;
 * {@code -Deit.properties.seed=random} (or a number) explores others. A failure names the seed, the case and the
 * input, minimised when its generator knows simpler values, so that it can be run again.
 */
public final class Property {
    /** Cases a property tries unless it says otherwise. */
    public static final int DEFAULT_TRIES = 200;
    /** The system property that chooses the seed: a number, or {@code random}. */
    public static final String SEED_PROPERTY = "eit.properties.seed";
    /** Any constant would do: what matters is that every run draws the same values. */
    public static final long FIXED_SEED = 20_260_101L;
    /** Simpler inputs tried at most when minimising a failure, so that a slow property still fails quickly. */
    static final int MAX_SIMPLER_TRIES = 2_000;

    /** Stands for "draw this argument" in a combination of examples. */
    private static final Object DRAWN = new Object();

    private Property() {
    }

    @FunctionalInterface
    public interface Check<A> {
        void check(A a) throws Exception;
    }

    @FunctionalInterface
    public interface Check2<A, B> {
        void check(A a, B b) throws Exception;
    }

    @FunctionalInterface
    public interface Check3<A, B, C> {
        void check(A a, B b, C c) throws Exception;
    }

    public static <A> void forAll(Gen<A> a, Check<A> check) {
        forAll(DEFAULT_TRIES, a, check);
    }

    @SuppressWarnings("unchecked")
    public static <A> void forAll(int tries, Gen<A> a, Check<A> check) {
        run(tries, List.of(a), args -> check.check((A) args.get(0)));
    }

    public static <A, B> void forAll(Gen<A> a, Gen<B> b, Check2<A, B> check) {
        forAll(DEFAULT_TRIES, a, b, check);
    }

    @SuppressWarnings("unchecked")
    public static <A, B> void forAll(int tries, Gen<A> a, Gen<B> b, Check2<A, B> check) {
        run(tries, List.of(a, b), args -> check.check((A) args.get(0), (B) args.get(1)));
    }

    @SuppressWarnings("unchecked")
    public static <A, B, C> void forAll(Gen<A> a, Gen<B> b, Gen<C> c, Check3<A, B, C> check) {
        run(DEFAULT_TRIES, List.of(a, b, c),
                args -> check.check((A) args.get(0), (B) args.get(1), (C) args.get(2)));
    }

    /** Checks every one of {@code values}: a small finite domain is tried whole rather than sampled. */
    @SuppressWarnings("unchecked")
    public static <A> void forEvery(Collection<A> values, Check<A> check) {
        List<List<Object>> cases = values.stream().map(v -> Arrays.<Object>asList(v)).toList();
        runEvery(cases, args -> check.check((A) args.get(0)));
    }

    /** Checks every pair of one of {@code as} and one of {@code bs}. */
    @SuppressWarnings("unchecked")
    public static <A, B> void forEvery(Collection<A> as, Collection<B> bs, Check2<A, B> check) {
        List<List<Object>> cases = new ArrayList<>();
        as.forEach(a -> bs.forEach(b -> cases.add(Arrays.asList(a, b))));
        runEvery(cases, args -> check.check((A) args.get(0), (B) args.get(1)));
    }

    private static void run(int tries, List<Gen<?>> gens, Check<List<Object>> check) {
        String name = callerName();
        Seed seed = Seed.chosen();
        long propertySeed = mix(seed.value() ^ name.hashCode());
        List<List<Object>> examples = exampleCombinations(gens);
        if (examples.size() > tries) {
            throw new IllegalArgumentException(name + " has " + examples.size() + " examples for " + tries + " tries");
        }
        for (int index = 0; index < tries; index++) {
            // Each case has its own Random, so that a case is drawn the same whatever the cases before it did.
            Random random = new Random(mix(propertySeed + (index + 1) * 0x9E3779B97F4A7C15L));
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < gens.size(); i++) {
                Object example = index < examples.size() ? examples.get(index).get(i) : DRAWN;
                args.add(example == DRAWN ? gens.get(i).next(random) : example);
            }
            Throwable failure = failureOf(check, args);
            if (failure != null) {
                Minimised minimised = minimise(gens, check, args, failure);
                throw new AssertionError(report(name, index, tries, seed, args, minimised), minimised.failure());
            }
        }
    }

    private static void runEvery(List<List<Object>> cases, Check<List<Object>> check) {
        String name = callerName();
        for (int index = 0; index < cases.size(); index++) {
            Throwable failure = failureOf(check, cases.get(index));
            if (failure != null) {
                throw new AssertionError(name + " failed on value " + (index + 1) + " of " + cases.size() + "\n"
                        + "  input:     " + Shown.arguments(cases.get(index)) + "\n"
                        + "  failure:   " + Shown.failure(failure), failure);
            }
        }
    }

    /** The combinations of the generators' examples; a generator without any is drawn in each. */
    private static List<List<Object>> exampleCombinations(List<Gen<?>> gens) {
        if (gens.stream().allMatch(g -> g.examples().isEmpty())) {
            return List.of();
        }
        List<List<Object>> combinations = List.of(List.of());
        for (Gen<?> gen : gens) {
            List<Object> choices = gen.examples().isEmpty() ? List.of(DRAWN) : new ArrayList<>(gen.examples());
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> combination : combinations) {
                for (Object choice : choices) {
                    List<Object> extended = new ArrayList<>(combination);
                    extended.add(choice);
                    longer.add(extended);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    record Minimised(List<Object> args, Throwable failure, int tried, boolean simplified) {
    }

    /**
     * Tries simpler versions of each argument, keeping one whenever it fails the same way, until none does: no
     * shrinking library, but a long failing string or list usually comes down to the few elements that matter.
     */
    @SuppressWarnings("unchecked")
    static Minimised minimise(List<Gen<?>> gens, Check<List<Object>> check, List<Object> args, Throwable failure) {
        List<Object> smallest = args;
        Throwable smallestFailure = failure;
        int tried = 0;
        boolean simplified = false;
        boolean improved = true;
        while (improved && tried < MAX_SIMPLER_TRIES) {
            improved = false;
            for (int i = 0; i < gens.size() && !improved; i++) {
                var candidates = ((Gen<Object>) gens.get(i)).simpler(smallest.get(i)).iterator();
                while (candidates.hasNext() && tried < MAX_SIMPLER_TRIES) {
                    List<Object> candidate = new ArrayList<>(smallest);
                    candidate.set(i, candidates.next());
                    tried++;
                    Throwable candidateFailure = failureOf(check, candidate);
                    if (candidateFailure != null && candidateFailure.getClass() == failure.getClass()) {
                        smallest = candidate;
                        smallestFailure = candidateFailure;
                        improved = simplified = true;
                        break;
                    }
                }
            }
        }
        return new Minimised(smallest, smallestFailure, tried, simplified);
    }

    private static String report(String name, int index, int tries, Seed seed, List<Object> args,
                                 Minimised minimised) {
        StringBuilder report = new StringBuilder()
                .append(name).append(" failed on case ").append(index + 1).append(" of ").append(tries)
                .append(" with seed ").append(seed.value()).append(" (").append(seed.origin()).append(")\n")
                .append("  input:     ").append(Shown.arguments(args)).append('\n');
        if (minimised.simplified()) {
            report.append("  minimised: ").append(Shown.arguments(minimised.args()))
                    .append(" (").append(minimised.tried()).append(" simpler inputs tried)\n");
        }
        return report.append("  failure:   ").append(Shown.failure(minimised.failure())).append('\n')
                .append("  run again: mvn -B verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest=")
                .append(name.replace('.', '#'))
                .append(" -D").append(SEED_PROPERTY).append('=').append(seed.value())
                .toString();
    }

    private static Throwable failureOf(Check<List<Object>> check, List<Object> args) {
        try {
            check.check(args);
            return null;
        } catch (Exception | Error e) {
            // Errors too: a stack overflow or an assertion is as much a failure of the property as an exception.
            return e;
        }
    }

    /**
     * The test method that called {@code forAll}, as {@code Class.method}: it names the property and its seed. A
     * lambda's frame ({@code lambda$method$0}) stands for the method that wrote it.
     */
    private static String callerName() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Property.class.getName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName().replaceAll("^lambda\\$(.+)\\$\\d+$", "$1"))
                .orElse("property"));
    }

    /** SplitMix64's finaliser: neighbouring seeds (case 1, case 2) give unrelated Randoms. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of a run, and where it came from, for the report. */
    record Seed(long value, String origin) {
        static Seed chosen() {
            String chosen = System.getProperty(SEED_PROPERTY, "").trim();
            if (chosen.isEmpty()) {
                return new Seed(FIXED_SEED, "the fixed seed");
            }
            if (chosen.equalsIgnoreCase("random")) {
                return new Seed(ThreadLocalRandom.current().nextLong(), "drawn at random");
            }
            try {
                return new Seed(Long.parseLong(chosen), "given by -D" + SEED_PROPERTY);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED_PROPERTY + " must be a number or \"random\", not " + chosen, e);
            }
        }
    }
}
