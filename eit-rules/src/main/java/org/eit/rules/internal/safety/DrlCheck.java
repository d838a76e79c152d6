package org.eit.rules.internal.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;

/**
 * The parsed side of safe loading: what an untrusted rule file declares and writes in its conditions. Imports,
 * globals and declared fields name allowed types only; the MVEL dialect is refused (its code runs through
 * reflection, beyond what the compiled-code check sees); every pattern's type is an allowed fact type, and every
 * expression of a condition passes {@link ExpressionCheck}. Java code (consequences, functions, {@code eval},
 * accumulate actions) is checked once compiled, by {@link BytecodeCheck}.
 */
final class DrlCheck {
    /** Accumulate functions Drools ships that compute over facts and nothing else. */
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet", "countDistinct");

    private final Allowlist allowlist;
    private final String file;
    private final Problems problems;
    private final List<String> imports = new ArrayList<>();
    private final Set<String> locals = new HashSet<>(ACCUMULATE_FUNCTIONS);

    DrlCheck(Allowlist allowlist, String file, Problems problems) {
        this.allowlist = allowlist;
        this.file = file;
        this.problems = problems;
    }

    void check(PackageDescr pkg) {
        for (AttributeDescr attribute : pkg.getAttributes()) {
            dialect(attribute, pkg);
        }
        for (ImportDescr descr : pkg.getImports()) {
            String target = descr.getTarget();
            imports.add(target);
            if (target.endsWith(".*") || !allowlist.allowsType(target)) {
                refuse(descr, "import", target);
            }
        }
        for (FunctionImportDescr descr : pkg.getFunctionImports()) {
            String target = descr.getTarget();
            String owner = target.substring(0, target.lastIndexOf('.'));
            String function = target.substring(target.lastIndexOf('.') + 1);
            if (!allowlist.allowsMember(owner, function)) {
                refuse(descr, "import function", target);
            }
            locals.add(function);
        }
        if (!pkg.getAccumulateImports().isEmpty()) {
            refuse(pkg.getAccumulateImports().get(0), "import accumulate",
                    pkg.getAccumulateImports().get(0).getTarget());
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            type(global, global.getType());
            locals.add(global.getIdentifier());
        }
        for (FunctionDescr function : pkg.getFunctions()) {
            locals.add(function.getName());
            if (function.getDialect() != null && function.getDialect().equals("mvel")) {
                refuse(function, "dialect", "mvel");
            }
            type(function, function.getReturnType());
            function.getParameterTypes().forEach(t -> type(function, t));
        }
        for (TypeDeclarationDescr declared : pkg.getTypeDeclarations()) {
            locals.add(declared.getTypeName());
            imports.add(pkg.getName() + "." + declared.getTypeName());
            for (TypeFieldDescr field : declared.getFields().values()) {
                type(field, field.getPattern().getObjectType());
                locals.add(field.getFieldName());
            }
        }
        for (RuleDescr rule : pkg.getRules()) {
            Set<String> declared = new HashSet<>(locals);
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                dialect(attribute, rule);
            }
            collectBindings(rule.getLhs(), declared);
            ExpressionCheck expressions = new ExpressionCheck(allowlist, imports, declared);
            walk(rule.getLhs(), expressions, declared, rule.getLine());
            for (Object named : rule.getNamedConsequences().keySet()) {
                declared.add(named.toString());
            }
        }
    }

    private void dialect(AttributeDescr attribute, BaseDescr where) {
        if (attribute.getName().equals("dialect") && "mvel".equals(attribute.getValue())) {
            refuse(where, "dialect", "mvel");
        }
    }

    private void collectBindings(BaseDescr descr, Set<String> names) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                names.add(pattern.getIdentifier());
            }
            names.addAll(pattern.getAllBoundIdentifiers());
            if (pattern.getSource() != null) {
                collectBindings(pattern.getSource(), names);
            }
        }
        if (descr instanceof AccumulateDescr accumulate) {
            for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
                if (call.getBind() != null) {
                    names.add(call.getBind());
                }
            }
            if (accumulate.getInput() != null) {
                collectBindings(accumulate.getInput(), names);
            }
        }
        if (descr instanceof CollectDescr collect && collect.getInputPattern() != null) {
            collectBindings(collect.getInputPattern(), names);
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collectBindings(child, names);
            }
        }
    }

    /** Every condition of the rule: the constructs DRL offers, each with its expressions; anything else refused. */
    private void walk(BaseDescr descr, ExpressionCheck expressions, Set<String> declared, int near) {
        if (descr == null) {
            return;
        }
        // Some constructs (a from, an eval) carry no line of their own: they are reported on their pattern's.
        int line = descr.getLine() > 0 ? descr.getLine() : near;
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getObjectType() != null && !pattern.isQuery()) {
                fact(pattern, pattern.getObjectType());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                walk(constraint, expressions, declared, line);
            }
            walk(pattern.getSource(), expressions, declared, line);
        } else if (descr instanceof ExprConstraintDescr constraint) {
            expression(line, constraint.getExpression(), expressions);
        } else if (descr instanceof FromDescr from) {
            expression(line, from.getDataSource().getText(), expressions);
        } else if (descr instanceof AccumulateDescr accumulate) {
            walk(accumulate.getInput(), expressions, declared, line);
            for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(call.getFunction())) {
                    refuse(line, "accumulate", call.getFunction());
                }
                for (String param : call.getParams()) {
                    expression(line, param, expressions);
                }
            }
        } else if (descr instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), expressions, declared, line);
        } else if (descr instanceof EvalDescr eval) {
            expression(line, String.valueOf(eval.getContent()), expressions);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                walk(child, expressions, declared, line);
            }
        } else if (!(descr instanceof EntryPointDescr || descr instanceof NamedConsequenceDescr)) {
            refuse(line, "construct", descr.getClass().getSimpleName().replace("Descr", ""));
        }
    }

    private void expression(int line, String expression, ExpressionCheck check) {
        for (String name : check.refused(expression)) {
            refuse(line, "name", name);
        }
    }

    /** A pattern's type: an allowed fact type or a type declared in the file. */
    private void fact(BaseDescr where, String type) {
        if (locals.contains(type)) {
            return;
        }
        String name = type.contains(".") ? type : imports.stream().filter(i -> i.endsWith("." + type)).findFirst()
                .orElse(type);
        if (!allowlist.allowsType(name) && allowlist.simpleClass(type, imports) == null) {
            refuse(where, "type", type);
        }
    }

    /** A declared type (a global, a function's parameter, a field): primitives, allowed classes, own types. */
    private void type(BaseDescr where, String type) {
        if (type == null) {
            return;
        }
        String base = type.replaceAll("<.*>", "").replace("[]", "").trim();
        if (base.isEmpty() || Set.of("int", "long", "double", "float", "boolean", "char", "byte", "short", "void")
                .contains(base)) {
            return;
        }
        fact(where, base);
    }

    private void refuse(BaseDescr where, String what, String name) {
        refuse(where.getLine(), what, name);
    }

    private void refuse(int line, String what, String name) {
        String code = switch (what) {
            case "import" -> "rule.unsafe-import";
            case "import function" -> "rule.unsafe-import-function";
            case "import accumulate" -> "rule.unsafe-import-accumulate";
            case "dialect" -> "rule.unsafe-dialect";
            case "accumulate" -> "rule.unsafe-accumulate";
            case "construct" -> "rule.unsafe-construct";
            case "type" -> "rule.unsafe-type";
            default -> "rule.unsafe-name";
        };
        problems.error(RulesMessages.MESSAGES, code, Location.of(file, Math.max(1, line)), what, name);
    }
}
