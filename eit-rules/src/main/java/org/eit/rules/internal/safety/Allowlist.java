package org.eit.rules.internal.safety;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an untrusted rule may use: the engine's fact types and helpers, and a small set of harmless Java (text,
 * numbers, math, collections, streams). Nothing that reaches a process, a file, the network, reflection, a class
 * loader, a thread, the environment or {@code System}, nor what would make an analysis depend on the clock or
 * chance. Checked on the parsed rule (names in expressions) and on the compiled code (every class and member it
 * references), so that a name written fully qualified, imported, or reached by a chain of calls is caught alike.
 */
final class Allowlist {
    /** Harmless Java, whole classes; members on {@link #DENIED_MEMBERS} are refused even there. */
    private static final List<Class<?>> JDK = List.of(
            Object.class, String.class, StringBuilder.class, CharSequence.class, Math.class, StrictMath.class,
            Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class, Character.class,
            Boolean.class, Number.class, Comparable.class, Iterable.class, Enum.class, Record.class,
            Exception.class, RuntimeException.class, IllegalArgumentException.class, IllegalStateException.class,
            ArithmeticException.class, NullPointerException.class, IndexOutOfBoundsException.class,
            UnsupportedOperationException.class, NumberFormatException.class,
            java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.Map.class,
            java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class,
            java.util.SortedMap.class, java.util.NavigableMap.class, java.util.Set.class, java.util.HashSet.class,
            java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.SortedSet.class,
            java.util.NavigableSet.class, java.util.Collection.class, java.util.Collections.class,
            java.util.Arrays.class, java.util.Objects.class, java.util.Optional.class,
            java.util.OptionalInt.class, java.util.OptionalLong.class, java.util.OptionalDouble.class,
            java.util.Iterator.class, java.util.ListIterator.class, java.util.Comparator.class,
            java.util.Map.Entry.class, java.util.AbstractMap.SimpleEntry.class,
            java.util.AbstractMap.SimpleImmutableEntry.class, java.util.Deque.class, java.util.ArrayDeque.class,
            java.util.Queue.class, java.util.PriorityQueue.class, java.util.StringJoiner.class, Locale.class,
            java.util.NoSuchElementException.class,
            java.util.function.Function.class, java.util.function.BiFunction.class,
            java.util.function.Predicate.class, java.util.function.BiPredicate.class,
            java.util.function.Supplier.class, java.util.function.Consumer.class,
            java.util.function.BiConsumer.class, java.util.function.UnaryOperator.class,
            java.util.function.BinaryOperator.class, java.util.function.ToDoubleFunction.class,
            java.util.function.ToIntFunction.class, java.util.function.ToLongFunction.class,
            java.util.function.DoubleBinaryOperator.class, java.util.function.IntBinaryOperator.class,
            java.util.stream.Stream.class, java.util.stream.IntStream.class, java.util.stream.LongStream.class,
            java.util.stream.DoubleStream.class, java.util.stream.BaseStream.class,
            java.util.stream.Collectors.class, java.util.stream.Collector.class,
            java.math.BigDecimal.class, java.math.BigInteger.class, java.math.RoundingMode.class,
            java.math.MathContext.class);

    /**
     * Members refused on any allowed class: they reach a class object, the monitors of other threads, system
     * properties, a thread pool, or chance.
     */
    private static final Set<String> DENIED_MEMBERS = Set.of("getClass", "wait", "notify", "notifyAll",
            "getDeclaringClass", "describeConstable", "getInteger", "getLong", "getBoolean", "random", "parallel",
            "parallelStream", "parallelSort", "parallelPrefix", "parallelSetAll", "finalize", "class");

    /** What a consequence may ask of Drools: insert, update and delete facts, and name its rule. */
    private static final Map<String, Set<String>> DROOLS = Map.of(
            "org.drools.core.rule.consequence.KnowledgeHelper", Set.of("insert", "insertLogical", "update",
                    "delete", "retract", "getRule", "modifyRetract", "modifyInsert", "getFactHandle"),
            "org.drools.base.rule.consequence.ConsequenceContext", Set.of("insert", "insertLogical", "update",
                    "delete", "retract", "getRule"),
            "org.kie.api.runtime.rule.RuleContext", Set.of("insert", "insertLogical", "getRule"),
            "org.kie.api.definition.rule.Rule", Set.of("getName", "getPackageName", "getMetaData", "getId",
                    "getNamespace"),
            "org.kie.api.runtime.rule.FactHandle", Set.of("toExternalForm"),
            "org.kie.api.runtime.rule.Match", Set.of("getRule", "getObjects"),
            // What an accumulate's compiled code asks for a constant it compares with: a value object, nothing else.
            "org.drools.mvel.field.FieldFactory", Set.of("getInstance", "getFieldValue"));

    /**
     * What Drools compiles {@code update( $fact )} and {@code modify( $fact ) { ... }} into: masks saying which
     * properties may have changed, pure arithmetic on bits.
     */
    private static final String BIT_MASKS = "org.drools.util.bitmask.";

    /** Bootstraps the Java compiler uses for lambdas and string concatenation. */
    private static final Set<String> BOOTSTRAPS = Set.of("java.lang.invoke.LambdaMetafactory",
            "java.lang.invoke.StringConcatFactory");

    private final Map<String, Class<?>> classes = new HashMap<>();
    private final Set<String> methodNames = new HashSet<>();
    private final Set<String> propertyNames = new HashSet<>();

    /** The harmless Java above with the engine's {@code factTypes} (the stages' facts and helpers). */
    Allowlist(Collection<Class<?>> factTypes) {
        JDK.forEach(this::add);
        factTypes.forEach(this::add);
        for (String drools : DROOLS.keySet()) {
            methodNames.addAll(DROOLS.get(drools));
        }
    }

    private void add(Class<?> type) {
        classes.put(type.getName(), type);
        for (Method method : type.getMethods()) {
            if (!DENIED_MEMBERS.contains(method.getName())) {
                methodNames.add(method.getName());
                if (method.getParameterCount() == 0) {
                    propertyNames.add(property(method.getName()));
                    propertyNames.add(method.getName());
                }
            }
        }
        for (Field field : type.getFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                propertyNames.add(field.getName());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                propertyNames.add(component.getName());
            }
        }
        propertyNames.remove("class");
    }

    private static String property(String getter) {
        for (String prefix : List.of("get", "is")) {
            if (getter.length() > prefix.length() && getter.startsWith(prefix)
                    && Character.isUpperCase(getter.charAt(prefix.length()))) {
                String rest = getter.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return getter;
    }

    /** Whether {@code name} (a binary name, {@code java.util.Map$Entry}, or a source name) may be used. */
    boolean allowsClass(String name) {
        return classes.containsKey(name) || classes.containsKey(name.replace('$', '.'))
                || classes.values().stream().anyMatch(c -> c.getCanonicalName() != null
                && c.getCanonicalName().equals(name));
    }

    /** The allowed class a simple name in a rule denotes: imported, from {@code java.lang}, or null. */
    Class<?> simpleClass(String simpleName, Collection<String> imports) {
        for (String imported : imports) {
            if (imported.endsWith("." + simpleName) && allowsClass(imported)) {
                return classes.getOrDefault(imported, classes.get(imported.replace('$', '.')));
            }
        }
        return classes.get("java.lang." + simpleName);
    }

    /** Whether a method of this name is allowed on some allowed class. */
    boolean allowsMethod(String name) {
        return methodNames.contains(name);
    }

    /** Whether a property (a getter, a record component, a public field or constant) of this name is allowed. */
    boolean allowsProperty(String name) {
        return propertyNames.contains(name) || methodNames.contains(name);
    }

    /**
     * Whether compiled code may call or read {@code owner.member} ({@code owner} a binary name with dots): a member
     * of an allowed class, not denied, or one of the Drools calls a consequence makes.
     */
    boolean allowsMember(String owner, String member) {
        if (owner.startsWith(BIT_MASKS) && owner.indexOf('.', BIT_MASKS.length()) < 0) {
            return true;
        }
        Set<String> drools = DROOLS.get(owner);
        if (drools != null) {
            return drools.contains(member);
        }
        return allowsClass(owner) && !DENIED_MEMBERS.contains(member);
    }

    /** Whether compiled code may name the type {@code owner} (a cast, a new object, a class literal). */
    boolean allowsType(String owner) {
        return allowsClass(owner) || DROOLS.containsKey(owner)
                || owner.startsWith(BIT_MASKS) && owner.indexOf('.', BIT_MASKS.length()) < 0;
    }

    boolean allowsBootstrap(String owner) {
        return BOOTSTRAPS.contains(owner);
    }
}
