package org.eit.core.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates test values from a seeded {@link Random}, for {@link Property}. Numbers and sizes mix their boundaries
 * in (about one draw in ten), since that is where readers break; strings, byte arrays and lists also know their
 * shorter versions, so that a failure can be minimised.
 */
@FunctionalInterface
public interface Gen<T> {
    /** One in this many draws of a number or a size is a boundary rather than a random value. */
    int BOUNDARY_ODDS = 10;
    /** How long a string or byte array is when a property does not say: any text a cell or a small file holds. */
    int ANY_LENGTH = 255;
    /** Draws a filter may reject in a row before it is taken for a mistake rather than bad luck. */
    int MAX_REJECTIONS = 10_000;

    T next(Random random);

    /** Simpler values than {@code value}, most simplifying first; a failure is minimised by trying them. */
    default Stream<T> simpler(T value) {
        return Stream.empty();
    }

    /** Values {@link Property} tries before random ones (each combined with the other generators' examples). */
    default List<T> examples() {
        return List.of();
    }

    /** This generator, tried first with {@code examples}: edge cases random draws may miss. */
    @SuppressWarnings("unchecked")
    default Gen<T> withExamples(T... examples) {
        Gen<T> self = this;
        List<T> list = Arrays.asList(examples.clone());
        return new Gen<>() {
            @Override
            public T next(Random random) {
                return self.next(random);
            }

            @Override
            public Stream<T> simpler(T value) {
                return self.simpler(value);
            }

            @Override
            public List<T> examples() {
                return list;
            }
        };
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
        return random -> mapping.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> mapping) {
        return random -> mapping.apply(next(random)).next(random);
    }

    /** Only the values that {@code keep} accepts; minimising keeps to them too. */
    default Gen<T> filter(Predicate<? super T> keep) {
        Gen<T> self = this;
        return withSimpler(random -> {
            for (int i = 0; i < MAX_REJECTIONS; i++) {
                T value = self.next(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter rejected " + MAX_REJECTIONS + " values in a row");
        }, value -> self.simpler(value).filter(keep));
    }

    default Gen<List<T>> list(int minSize, int maxSize) {
        return withSimpler(random -> {
            int size = size(random, minSize, maxSize);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(next(random));
            }
            return list;
        }, list -> shorter(list.size(), minSize, (from, to) -> without(list, from, to)));
    }

    default Gen<List<T>> list(int size) {
        return list(size, size);
    }

    /** {@code size} different values. */
    default Gen<List<T>> distinctList(int size) {
        return random -> {
            Set<T> values = new LinkedHashSet<>();
            for (int i = 0; values.size() < size; i++) {
                if (i == MAX_REJECTIONS) {
                    throw new IllegalStateException("cannot draw " + size + " different values");
                }
                values.add(next(random));
            }
            return new ArrayList<>(values);
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of {@code values}, each as likely. */
    static <T> Gen<T> of(Collection<? extends T> values) {
        List<T> list = List.copyOf(values);
        return random -> list.get(random.nextInt(list.size()));
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        // Copied element by element: handing the varargs array on would not be safe.
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return of(list);
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** A value of one of {@code gens}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    static Gen<Boolean> booleans() {
        return Random::nextBoolean;
    }

    /** Any int, with 0, 1, -1 and the extremes mixed in. */
    static Gen<Integer> ints() {
        return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** An int from {@code min} to {@code max} inclusive, as {@link #longs}. */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * A long from {@code min} to {@code max} inclusive ({@code max} below {@link Long#MAX_VALUE}): half the draws
     * spread evenly, half of any magnitude as often (7 as 7e11, which even draws would almost never give), with both
     * ends and 0, 1, -1 (when within) mixed in.
     */
    static Gen<Long> longs(long min, long max) {
        List<Long> boundaries = Stream.of(min, max, 0L, 1L, -1L).filter(i -> i >= min && i <= max).toList();
        double digits = Math.log10(Math.max(Math.abs((double) min), Math.abs((double) max)) + 1);
        return random -> {
            if (random.nextInt(BOUNDARY_ODDS) == 0) {
                return boundaries.get(random.nextInt(boundaries.size()));
            }
            if (random.nextBoolean()) {
                return random.longs(1, min, Math.addExact(max, 1)).findFirst().orElseThrow();
            }
            long magnitude = (long) Math.pow(10, random.nextDouble() * digits);
            return within(random.nextBoolean() ? magnitude : -magnitude, min, max);
        };
    }

    /** A double from {@code min} to {@code max}, as {@link #longs}, with fractions down to 0.001 and ±0.01 mixed in. */
    static Gen<Double> doubles(double min, double max) {
        List<Double> boundaries = Stream.of(min, max, 0.0, 0.01, -0.01).filter(d -> d >= min && d <= max).toList();
        double digits = Math.log10(Math.max(Math.abs(min), Math.abs(max)) + 1);
        return random -> {
            if (random.nextInt(BOUNDARY_ODDS) == 0) {
                return boundaries.get(random.nextInt(boundaries.size()));
            }
            if (random.nextBoolean()) {
                return min + random.nextDouble() * (max - min);
            }
            double magnitude = Math.pow(10, -3 + random.nextDouble() * (digits + 3));
            return within(random.nextBoolean() ? magnitude : -magnitude, min, max);
        };
    }

    /** A decimal from {@code -limit} to {@code limit} with {@code scale} decimals, as {@link #longs}. */
    static Gen<BigDecimal> decimals(BigDecimal limit, int scale) {
        long unscaledLimit = limit.movePointRight(scale).longValueExact();
        return longs(-unscaledLimit, unscaledLimit).map(unscaled -> BigDecimal.valueOf(unscaled, scale));
    }

    /** A char from {@code first} to {@code last} inclusive. */
    static Gen<Character> chars(char first, char last) {
        return random -> (char) (first + random.nextInt(last - first + 1));
    }

    /** One of the chars of {@code chars}. */
    static Gen<Character> charsOf(String chars) {
        return random -> chars.charAt(random.nextInt(chars.length()));
    }

    /**
     * Any char, lone surrogates, controls and non-characters included; printable ASCII and controls are drawn as often
     * as the whole range, which would almost never give them.
     */
    static Gen<Character> anyChar() {
        return oneOf(chars(Character.MIN_VALUE, Character.MAX_VALUE), chars(' ', '~'), chars('\u0000', '\u001f'));
    }

    /** Strings of {@code chars}, mostly short, sometimes as long as allowed, now and then of either bound. */
    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return withSimpler(random -> {
            int length = size(random, minLength, maxLength);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.next(random).charValue());
            }
            return text.toString();
        }, text -> shorter(text.length(), minLength,
                (from, to) -> text.substring(0, from) + text.substring(to)));
    }

    /** Any text up to {@link #ANY_LENGTH} chars, of {@link #anyChar()}. */
    static Gen<String> anyStrings() {
        return strings(anyChar(), 0, ANY_LENGTH);
    }

    /** Any bytes, up to {@code maxLength} of them, with 0, -1, and the extremes of a byte mixed in. */
    static Gen<byte[]> bytes(int maxLength) {
        Gen<Integer> values = ints(Byte.MIN_VALUE, Byte.MAX_VALUE);
        return withSimpler(random -> {
            byte[] bytes = new byte[size(random, 0, maxLength)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = values.next(random).byteValue();
            }
            return bytes;
        }, bytes -> shorter(bytes.length, 0, (from, to) -> {
            byte[] shorter = new byte[bytes.length - (to - from)];
            System.arraycopy(bytes, 0, shorter, 0, from);
            System.arraycopy(bytes, to, shorter, from, bytes.length - to);
            return shorter;
        }));
    }

    /** Maps of up to {@code maxSize} entries, in the order drawn, with keys drawn until they differ. */
    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int maxSize) {
        return random -> {
            int size = size(random, 0, maxSize);
            Map<K, V> map = new LinkedHashMap<>();
            for (int i = 0; map.size() < size && i < MAX_REJECTIONS; i++) {
                map.putIfAbsent(keys.next(random), values.next(random));
            }
            return map;
        };
    }

    /**
     * Trees up to {@code maxDepth} levels of {@code containers} deep: a depth is drawn first, and every level holds
     * leaves or containers of the levels below, so that deep, uneven and flat trees all come.
     */
    static <T> Gen<T> trees(Gen<T> leaves, UnaryOperator<Gen<T>> containers, int maxDepth) {
        return random -> {
            Gen<T> tree = leaves;
            for (int depth = random.nextInt(maxDepth + 1); depth > 0; depth--) {
                tree = containers.apply(oneOf(leaves, tree));
            }
            return tree.next(random);
        };
    }

    /** {@code gen} with the given way to simplify its values. */
    static <T> Gen<T> withSimpler(Gen<T> gen, Function<T, Stream<T>> simpler) {
        return new Gen<>() {
            @Override
            public T next(Random random) {
                return gen.next(random);
            }

            @Override
            public Stream<T> simpler(T value) {
                return simpler.apply(value);
            }
        };
    }

    /** {@code value}, or its opposite when only that is within [min, max], or else the nearest bound. */
    private static long within(long value, long min, long max) {
        long inRange = value < min || value > max ? -value : value;
        return Math.min(max, Math.max(min, inRange));
    }

    private static double within(double value, double min, double max) {
        double inRange = value < min || value > max ? -value : value;
        return Math.min(max, Math.max(min, inRange));
    }

    /** A size from {@code min} to {@code max}: mostly small, now and then either bound. */
    private static int size(Random random, int min, int max) {
        int draw = random.nextInt(BOUNDARY_ODDS);
        if (draw == 0) {
            return min;
        }
        if (draw == 1) {
            return max;
        }
        double skewedToSmall = Math.pow(random.nextDouble(), 2);
        return Math.min(max, min + (int) ((max - min + 1) * skewedToSmall));
    }

    /**
     * Shorter versions of a sequence of {@code length}: without a large chunk first, then halves, quarters, down to
     * single elements, never shorter than {@code min}. {@code without} gives the sequence minus [from, to).
     */
    private static <S> Stream<S> shorter(int length, int min, BiFunction<Integer, Integer, S> without) {
        return IntStream.iterate(length - min, chunk -> chunk > 0, chunk -> chunk / 2).boxed()
                .flatMap(chunk -> IntStream.iterate(0, from -> from + chunk <= length, from -> from + chunk)
                        .mapToObj(from -> without.apply(from, from + chunk)));
    }

    private static <T> List<T> without(List<T> list, int from, int to) {
        List<T> shorter = new ArrayList<>(list.subList(0, from));
        shorter.addAll(list.subList(to, list.size()));
        return shorter;
    }
}
