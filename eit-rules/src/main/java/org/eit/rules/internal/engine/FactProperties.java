package org.eit.rules.internal.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a rule author can write after a fact in a condition: its properties as DRL names them ({@code resource} for
 * {@code getResource()}, {@code shared} for {@code isShared()}, a record's components), its methods that take
 * arguments ({@code distanceTo(other)}), and a helper's static functions ({@code exchange(rule, candidate)}). Read by
 * reflection, so the rule authors' guide and the hints of {@code rules check} follow the code.
 */
public final class FactProperties {
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "compareTo", "describeConstable", "name", "ordinal", "getDeclaringClass",
            "values", "valueOf");

    private FactProperties() {
    }

    /** One thing a rule can write after a fact: a property or a method, with its type and arguments. */
    public record Member(String name, Class<?> type, List<String> parameters, boolean isStatic) {
        /** As written in a rule: {@code resource}, {@code distanceTo(other)}, {@code exchange(rule, candidate)}. */
        public String written() {
            return parameters.isEmpty() && !isStatic ? name : name + "(" + String.join(", ", parameters) + ")";
        }

        public boolean isProperty() {
            return parameters.isEmpty() && !isStatic;
        }
    }

    /**
     * The members of {@code type} in the order a reader expects: a record's components first, then the other
     * properties and methods by name; static functions last.
     */
    public static List<Member> of(Class<?> type) {
        Map<String, Member> members = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.put(component.getName(), new Member(component.getName(), component.getType(), List.of(),
                        false));
            }
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
        methods.sort(Comparator.comparing((Method m) -> property(m.getName()))
                .thenComparingInt(Method::getParameterCount));
        List<Member> others = new ArrayList<>();
        List<Member> statics = new ArrayList<>();
        for (Method method : methods) {
            if (method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Record.class
                    || method.getDeclaringClass() == Enum.class || OBJECT_METHODS.contains(method.getName())
                    || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            boolean isStatic = Modifier.isStatic(method.getModifiers());
            List<String> parameters = Arrays.stream(method.getParameters()).map(Parameter::getName).toList();
            String name = isStatic || !parameters.isEmpty() ? method.getName() : property(method.getName());
            if (!isStatic && members.containsKey(name)) {
                continue;
            }
            Member member = new Member(name, method.getReturnType(), parameters, isStatic);
            if (isStatic) {
                statics.add(member);
            } else {
                others.add(member);
            }
        }
        List<Member> all = new ArrayList<>(members.values());
        all.addAll(others.stream().collect(Collectors.toMap(Member::written, m -> m, (a, b) -> a,
                LinkedHashMap::new)).values());
        all.addAll(statics.stream().collect(Collectors.toMap(Member::written, m -> m, (a, b) -> a,
                LinkedHashMap::new)).values());
        return List.copyOf(all);
    }

    /** The names of {@code type}'s properties (no arguments), as a condition writes them. */
    public static List<String> properties(Class<?> type) {
        return of(type).stream().filter(Member::isProperty).map(Member::name).toList();
    }

    /** The type of property {@code name} of {@code type}, or null when it has none of that name. */
    public static Class<?> typeOf(Class<?> type, String name) {
        return of(type).stream().filter(m -> m.isProperty() && m.name().equals(name)).map(Member::type)
                .findFirst().orElse(null);
    }

    /** {@code getResource} → {@code resource}, {@code isShared} → {@code shared}; other names unchanged. */
    static String property(String getter) {
        for (String prefix : List.of("get", "is")) {
            if (getter.length() > prefix.length() && getter.startsWith(prefix)
                    && Character.isUpperCase(getter.charAt(prefix.length()))) {
                String rest = getter.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return getter;
    }
}
