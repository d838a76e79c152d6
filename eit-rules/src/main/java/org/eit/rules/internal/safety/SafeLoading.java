package org.eit.rules.internal.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.eit.core.api.SourceFile;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Safe loading of rule files nobody vouched for (a workspace's {@code rules/}, {@code --rules}, a plugin's packs not
 * marked trusted): workspaces travel by e-mail, and a rule is code. Before anything runs, the parsed files and then
 * the compiled code are checked against the {@link Allowlist}; every forbidden use is reported with its file and
 * line. Code that passes is instrumented so that its loops end at their firing's deadline. The one place that
 * reaches into Drools' compiled packages, next to {@code RuleCompiler}.
 */
public final class SafeLoading {
    /**
     * Package prefixes rules nobody vouched for may not take: eit's own modules (so that they can neither join nor
     * replace a shipped pack), Java's and Drools'. Plugins name theirs {@code org.eit.plugins.NAME} or their own.
     */
    private static final List<String> RESERVED = List.of("org.eit.core.", "org.eit.rules.", "org.eit.io.",
            "org.eit.cli.", "org.eit.samples.", "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.drools.",
            "org.kie.", "org.mvel2.");

    private final Allowlist allowlist;

    /** @param factTypes the classes the stages let rules use: their facts and helpers */
    public SafeLoading(Collection<Class<?>> factTypes) {
        this.allowlist = new Allowlist(factTypes);
    }

    /** The problems of the untrusted {@code files} before compiling: reserved packages, declarations, conditions. */
    public List<Problem> checkSources(List<SourceFile> files) {
        Problems problems = new Problems();
        for (SourceFile file : files) {
            PackageDescr pkg = parse(file);
            if (pkg == null) {
                continue; // the compiler reports the syntax error on its line
            }
            if (RESERVED.stream().anyMatch(p -> (pkg.getName() + ".").startsWith(p))) {
                problems.error(RulesMessages.MESSAGES, "rule.unsafe-package", Location.of(file.name(),
                        Math.max(1, pkg.getLine())), "package", pkg.getName());
                continue;
            }
            new DrlCheck(allowlist, file.name(), problems).check(pkg);
        }
        return problems.sorted();
    }

    /**
     * Checks the compiled code of the untrusted {@code files} in {@code base} and, when it is safe, instruments it
     * and reloads it: problems are returned and nothing is changed when any code is refused.
     */
    public List<Problem> checkAndInstrument(KieBase base, List<SourceFile> files) {
        Map<String, List<Located>> byPackage = new LinkedHashMap<>();
        for (SourceFile file : files) {
            PackageDescr pkg = parse(file);
            if (pkg != null) {
                List<Located> located = byPackage.computeIfAbsent(pkg.getName(), p -> new ArrayList<>());
                for (RuleDescr rule : pkg.getRules()) {
                    Location at = Location.of(file.name(), Math.max(1, rule.getLine()));
                    Location then = Location.of(file.name(), consequenceLine(file.content(), at.line()));
                    located.add(new Located("Rule_" + legal(rule.getName()), false, at, then));
                }
                for (FunctionDescr function : pkg.getFunctions()) {
                    Location at = Location.of(file.name(), Math.max(1, function.getLine()));
                    located.add(new Located(Character.toUpperCase(function.getName().charAt(0))
                            + function.getName().substring(1), true, at, at));
                }
            }
        }
        Problems problems = new Problems();
        BytecodeCheck check = new BytecodeCheck(allowlist);
        List<Runnable> instrumentations = new ArrayList<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            List<Located> located = byPackage.get(kiePackage.getName());
            if (located == null) {
                continue;
            }
            var data = ((InternalKnowledgePackage) kiePackage).getDialectRuntimeRegistry().getDialectData("java");
            if (!(data instanceof JavaDialectRuntimeData java)) {
                continue;
            }
            String internalPackage = kiePackage.getName().replace('.', '/');
            Map<String, byte[]> store = java.getStore();
            Map<String, byte[]> instrumented = new LinkedHashMap<>();
            for (String path : BytecodeCheck.authored(store)) {
                byte[] bytes = store.get(path);
                Located owner = locate(path, located);
                for (BytecodeCheck.Refusal refusal : check.refused(bytes, internalPackage)) {
                    // A consequence's code is reported on its own line; evals, accumulates and functions on theirs.
                    Location at = owner == null ? Location.NOWHERE : refusal.method().startsWith("defaultConsequence")
                            || refusal.method().startsWith("lambda$") ? owner.then() : owner.at();
                    problems.error(RulesMessages.MESSAGES, "rule.unsafe-code", at, "code", refusal.reference());
                }
                instrumented.put(path, BytecodeCheck.instrument(bytes));
            }
            instrumentations.add(() -> {
                instrumented.forEach(java::write);
                java.reload();
            });
        }
        if (!problems.hasErrors()) {
            instrumentations.forEach(Runnable::run);
        }
        return problems.sorted();
    }

    /** The rule or function a class holds the code of, by its name; the file's first rule when unknown. */
    private static Located locate(String path, List<Located> located) {
        String simple = path.substring(path.lastIndexOf('/') + 1).replace(".class", "");
        Located best = null;
        for (Located candidate : located) {
            boolean matches = candidate.function() ? simple.equals(candidate.prefix())
                    || simple.startsWith(candidate.prefix() + "$") : simple.startsWith(candidate.prefix());
            if (matches && (best == null || candidate.prefix().length() > best.prefix().length())) {
                best = candidate;
            }
        }
        return best != null ? best : located.isEmpty() ? null : located.get(0);
    }

    /**
     * The line a rule's consequence code starts on: the line after its {@code then}, or the {@code then} line itself
     * when code follows it there. The rule's own line when no {@code then} is found.
     */
    static int consequenceLine(String drl, int ruleLine) {
        String[] lines = drl.split("\n", -1);
        for (int i = Math.max(0, ruleLine - 1); i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("then") || line.startsWith("then ") || line.startsWith("then\t")) {
                return line.equals("then") ? i + 2 : i + 1;
            }
        }
        return ruleLine;
    }

    /** A rule's name as Drools writes it in a class name: spaces to underscores, other signs as {@code $uNN$}. */
    static String legal(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == ' ') {
                out.append('_');
            } else if (Character.isJavaIdentifierPart(c) && c != '$') {
                out.append(c);
            } else {
                out.append("$u").append((int) c).append('$');
            }
        }
        return out.toString();
    }

    private static PackageDescr parse(SourceFile file) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, file.content());
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException e) {
            return null;
        }
    }

    /** Where a class's code is written: the rule or function ({@code at}), and its consequence ({@code then}). */
    private record Located(String prefix, boolean function, Location at, Location then) {
    }
}
