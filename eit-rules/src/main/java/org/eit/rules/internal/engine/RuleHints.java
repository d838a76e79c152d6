package org.eit.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.text.Text;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.spi.Stage;

/**
 * Turns what Drools, safe loading and the sentence checks say about a rule file into what its author needs: the
 * author's own line, and the closest names for the common mistakes. An unknown fact type gets the closest fact
 * types of the stage (and the import line), a fact type used without its import gets the import line, an unknown
 * field the closest properties of that fact, a misspelled keyword ({@code wehn}, {@code thne}, {@code rul},
 * {@code improt}) the keyword, an unknown function, variable or placeholder the closest one, a rule with one
 * language the other, a package that names no stage the closest stage or pack. A syntax error Drools reports on the
 * next line (a parenthesis not closed before {@code then}) is moved back to the line that lacks it. Problems it
 * cannot improve are kept as they are; the errors that only echo another (a binding of a pattern whose type is
 * unknown) are dropped. Stateless and thread-safe.
 */
final class RuleHints {
    /** DRL's words that start a line: a misspelling of one is a syntax error Drools reports elsewhere. */
    private static final List<String> LINE_KEYWORDS = List.of("package", "import", "function", "global", "declare",
            "rule", "query", "when", "then", "end", "salience", "no-loop", "dialect", "enabled", "lock-on-active",
            "activation-group", "agenda-group", "auto-focus", "date-effective", "date-expires", "duration", "timer",
            "calendars", "ruleflow-group", "extends");
    /** Keywords that end what precedes them: Drools reports a line left incomplete on the keyword's line. */
    private static final Set<String> CLOSING_KEYWORDS = Set.of("when", "then", "end", "rule", "query", "function",
            "import", "declare", "global", "package");
    /** Words a line of a rule may start with that are not misspelled keywords. */
    private static final Set<String> OTHER_WORDS = Set.of("and", "or", "not", "exists", "forall", "eval",
            "accumulate", "from", "collect", "over", "in", "new", "int", "long", "double", "float", "boolean",
            "char", "byte", "short", "var", "return", "if", "else", "for", "while", "do", "try", "catch", "final",
            "this", "true", "false", "null", "insert", "update", "delete", "modify", "retract", "unit", "entry",
            "attributes", "window", "init", "action", "result", "reverse", "String", "Double", "Integer", "List",
            "Map", "Set", "Object", "Long", "Boolean");
    /** What a consequence may call without importing it. */
    private static final Set<String> DROOLS_FUNCTIONS = Set.of("insert", "insertLogical", "update", "delete",
            "modify", "retract");

    private static final Pattern PARSE_ERROR = Pattern.compile("^\\[ERR (\\d+)\\] Line (\\d+):(\\d+) (.*)$",
            Pattern.DOTALL);
    private static final Pattern OFFENDING = Pattern.compile(
            "(?:mismatched input|no viable alternative at input|extraneous input|missing \\S+ at) '([^']*)'");
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern TYPE_NOT_RESOLVED = Pattern.compile("(\\w+) cannot be resolved to a type");
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNANALYSED = Pattern.compile("^Unable to analy[sz]e expression '");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_VARIABLE = Pattern.compile("(\\$?\\w+) cannot be resolved(?! to a type)");
    private static final Pattern IMPORT = Pattern.compile("^[ \\t]*import[ \\t]+(function[ \\t]+)?([\\w.]+)",
            Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^[ \\t]*(?:rule|query)\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern FUNCTION = Pattern.compile("^[ \\t]*function\\s+[\\w<>\\[\\],. ]+?\\s+(\\w+)\\s*\\(",
            Pattern.MULTILINE);
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*([\\w.]+)?");
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)$");
    private static final Pattern DUPLICATE_CLASS = Pattern.compile("The type Rule_\\w+ is already defined");

    private final Map<String, Set<Class<?>>> factsByStage = new LinkedHashMap<>();
    private final Map<String, Set<String>> placeholdersByStage = new LinkedHashMap<>();
    private final Set<Class<?>> allFacts = new LinkedHashSet<>();
    private final Set<String> stageAndPackNames = new TreeSet<>();

    /**
     * @param stages the stages of the engine, whose fact types and placeholders rules may use
     * @param common the types every stage's rules may use besides their own (labels, kinds, amounts)
     * @param packs  the names of the shipped and plugins' packs
     */
    RuleHints(Collection<Stage> stages, Collection<Class<?>> common, Collection<String> packs) {
        for (Stage stage : stages) {
            Set<Class<?>> facts = new LinkedHashSet<>(stage.factTypes());
            facts.addAll(common);
            factsByStage.put(stage.name(), facts);
            placeholdersByStage.put(stage.name(), stage.placeholders());
            allFacts.addAll(facts);
            stageAndPackNames.add(stage.name());
        }
        allFacts.addAll(common);
        stageAndPackNames.addAll(packs);
    }

    /** A rule file with the stage its package assigned it to (null when it names none). */
    record Source(SourceFile file, String stage) {
    }

    /**
     * The problems of rule files as their authors need them: improved where a hint applies, the rest unchanged, in
     * report order. {@code sources} gives the files by the name problems show.
     */
    List<Problem> improve(List<Problem> problems, Map<String, Source> sources) {
        Problems out = new Problems();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<Keyword>> misspelled = new LinkedHashMap<>();
        for (Problem problem : problems) {
            Source source = sources.get(problem.file());
            if (source != null && parseError(problem) != null) {
                misspelled.computeIfAbsent(problem.file(), f -> misspelledKeywords(source.file()));
            }
        }
        misspelled.forEach((file, keywords) -> keywords.forEach(k -> add(out, seen,
                RulesMessages.MESSAGES.error("rule.hint-keyword", Location.of(file, k.line()), "keyword", k.word(),
                        k.keyword()))));
        Set<String> unresolvedTypes = new TreeSet<>();
        for (Problem problem : problems) {
            if (problem.code().equals("rule.compile") && UNRESOLVED_TYPE.matcher(text(problem)).find()
                    || problem.code().equals("rule.unsafe-type")) {
                unresolvedTypes.add(problem.file());
            }
        }
        for (Problem problem : problems) {
            Source source = sources.get(problem.file());
            if (source != null && parseError(problem) != null
                    && covered(problem, misspelled.getOrDefault(problem.file(), List.of()), source.file())) {
                continue;
            }
            if (problem.code().equals("rule.compile") && source != null) {
                Matcher duplicate = DUPLICATE.matcher(text(problem).strip());
                if (duplicate.find()) {
                    add(out, seen, duplicate(problem, source, duplicate.group(1).strip(), sources));
                    continue;
                }
            }
            for (Problem improved : improve(problem, source, unresolvedTypes.contains(problem.file()))) {
                add(out, seen, improved);
            }
        }
        return out.sorted();
    }

    private static void add(Problems out, Set<String> seen, Problem problem) {
        String key = problem.file() + ":" + problem.line() + ":" + problem.code() + ":" + problem.field() + ":"
                + problem.value() + ":" + problem.args();
        if (seen.add(key)) {
            out.add(problem);
        }
    }

    private List<Problem> improve(Problem problem, Source source, boolean typeUnresolved) {
        return switch (problem.code()) {
            case "rule.compile" -> source == null ? List.of(problem) : compileError(problem, source, typeUnresolved);
            case "rule.unsafe-type" -> source == null ? List.of(problem)
                    : typeHint(problem.value(), problem.location(), source, false).map(List::of)
                            .orElse(List.of(problem));
            case "rule.unsafe-name" -> source == null ? List.of(problem)
                    : unsafeName(problem, source).or(() -> typeName(problem, source)).map(List::of)
                            .orElse(List.of(problem));
            case "rule.sentence-placeholder" -> List.of(placeholder(problem, source));
            case "rule.sentence-one-language", "rule.sentence-missing" -> source == null ? List.of(problem)
                    : List.of(language(problem, source));
            case "rule.no-stage" -> List.of(stage(problem));
            default -> List.of(problem);
        };
    }

    // ------------------------------------------------------------------------------------------ compile errors

    private static String text(Problem problem) {
        return problem.args().isEmpty() ? "" : String.valueOf(problem.args().get(0));
    }

    private static Matcher parseError(Problem problem) {
        if (!problem.code().equals("rule.compile")) {
            return null;
        }
        Matcher m = PARSE_ERROR.matcher(text(problem));
        return m.matches() ? m : null;
    }

    private List<Problem> compileError(Problem problem, Source source, boolean typeUnresolved) {
        String text = text(problem);
        Matcher parse = parseError(problem);
        if (parse != null) {
            return List.of(syntax(problem, source, parse));
        }
        Matcher m = UNRESOLVED_TYPE.matcher(text);
        if (m.find()) {
            return List.of(typeHint(m.group(1), problem.location(), source, true).orElse(problem));
        }
        m = TYPE_NOT_RESOLVED.matcher(text);
        if (m.find()) {
            Location at = lineOf(problem.file(), source.file().content(), problem.line(), m.group(1))
                    .orElse(problem.location());
            return List.of(typeHint(m.group(1), at, source, true).orElse(problem));
        }
        m = STRICT_MODE.matcher(text);
        if (m.find()) {
            String name = m.group(2);
            Location at = problem.line() > 0 ? problem.location() : firstUse(problem.file(),
                    source.file().content(), name).orElse(problem.location());
            if (Character.isUpperCase(name.charAt(0))) {
                Optional<Problem> type = typeHint(name, at, source, false);
                if (type.isPresent()) {
                    return List.of(type.get());
                }
            }
            Class<?> type = fact(m.group(1));
            return List.of(type == null ? relocated(problem, at) : field(type, name, at).orElse(problem));
        }
        if (UNANALYSED.matcher(text).find() || DUPLICATE_CLASS.matcher(text).find()) {
            return List.of(); // echoes the strict-mode error of the same expression
        }
        m = UNDEFINED_METHOD.matcher(text);
        if (m.find()) {
            return List.of(function(problem, source, m.group(1), m.group(3)));
        }
        m = UNRESOLVED_VARIABLE.matcher(text);
        if (m.find()) {
            if (typeUnresolved && m.group(1).startsWith("$")) {
                return List.of(); // the binding of a pattern whose type is unknown, already reported
            }
            return List.of(variable(problem, source, m.group(1)));
        }
        if (text.startsWith("Rule Compilation error")) {
            return List.of(consequence(problem, source, text));
        }
        return List.of(problem);
    }

    /**
     * A Java error in a consequence, which Drools reports on the rule's line: on the consequence, and for a
     * statement without its semicolon, on that statement.
     */
    private static Problem consequence(Problem problem, Source source, String text) {
        String[] lines = source.file().content().split("\n", -1);
        int start = -1;
        int end = lines.length;
        for (int i = Math.max(0, problem.line() - 1); i < lines.length; i++) {
            String s = lines[i].strip();
            if (start < 0 && (s.equals("then") || s.startsWith("then ") || s.startsWith("then\t"))) {
                start = s.equals("then") ? i + 1 : i;
            } else if (start >= 0 && s.equals("end")) {
                end = i;
                break;
            }
        }
        if (start < 0 || start >= end) {
            return problem;
        }
        if (text.contains("insert \";\"")) {
            for (int i = start; i < end; i++) {
                String code = stripStrings(lines[i]);
                int comment = code.indexOf("//");
                code = (comment >= 0 ? code.substring(0, comment) : code).strip();
                if (!code.isEmpty() && !code.endsWith(";") && !code.endsWith("{") && !code.endsWith("}")
                        && !code.endsWith(",") && !code.endsWith("(")) {
                    return RulesMessages.MESSAGES.error("rule.hint-semicolon", Location.of(problem.file(), i + 1),
                            "", null);
                }
            }
        }
        return relocated(problem, Location.of(problem.file(), start + 1));
    }

    /** A syntax error: on the line that lacks something when Drools reports the keyword that follows it. */
    private Problem syntax(Problem problem, Source source, Matcher parse) {
        String message = parse.group(4).trim();
        int line = Integer.parseInt(parse.group(2));
        int column = Integer.parseInt(parse.group(3));
        Matcher offending = OFFENDING.matcher(message);
        String token = offending.find() ? offending.group(1) : null;
        String[] lines = source.file().content().split("\n", -1);
        String file = problem.file();
        if (token == null || line < 1 || line > lines.length) {
            return problem;
        }
        String lineText = lines[line - 1];
        boolean firstOnLine = lineText.substring(0, Math.min(column, lineText.length())).isBlank();
        Optional<String> keyword = closest(token, LINE_KEYWORDS);
        if (firstOnLine && !LINE_KEYWORDS.contains(token) && keyword.isPresent() && !OTHER_WORDS.contains(token)
                && token.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return RulesMessages.MESSAGES.error("rule.hint-keyword", Location.of(file, line), "keyword", token,
                    keyword.get());
        }
        if (token.equals("<EOF>") || token.equals("<eof>")) {
            Optional<String> open = ruleWithoutEnd(source.file().content());
            if (open.isPresent()) {
                int at = ruleLine(source.file().content(), open.get());
                return RulesMessages.MESSAGES.error("rule.hint-no-end", Location.of(file, at), "rule", open.get(),
                        open.get());
            }
        }
        if (CLOSING_KEYWORDS.contains(token) && firstOnLine) {
            int previous = previousCodeLine(lines, line);
            if (previous > 0) {
                int opened = unclosedParenthesis(lines, blockStart(lines, line), line);
                if (opened > 0) {
                    return RulesMessages.MESSAGES.error("rule.hint-unclosed", Location.of(file, previous), "", null,
                            String.valueOf(opened), token);
                }
                return RulesMessages.MESSAGES.error("rule.hint-incomplete", Location.of(file, previous), "", null,
                        token, String.valueOf(line), message);
            }
        }
        if (column > 0 && column <= lineText.length() && Character.isJavaIdentifierStart(token.isEmpty() ? ' '
                : token.charAt(0))) {
            String before = stripStrings(lineText.substring(0, column)).stripTrailing();
            if (!before.isEmpty() && (unclosedParenthesis(lines, blockStart(lines, line), line)
                    + before.chars().filter(c -> c == '(').count() - before.chars().filter(c -> c == ')').count()) > 0
                    && (Character.isJavaIdentifierPart(before.charAt(before.length() - 1))
                    || before.endsWith("\"") || before.endsWith(")"))) {
                return RulesMessages.MESSAGES.error("rule.hint-comma", new Location(file, line, column + 1), "",
                        null, token);
            }
        }
        return problem;
    }

    /** Misspelled keywords at the start of lines: {@code wehn}, {@code thne}, {@code rul "..."}, {@code improt x;}. */
    static List<Keyword> misspelledKeywords(SourceFile file) {
        List<Keyword> found = new ArrayList<>();
        String[] lines = file.content().split("\n", -1);
        boolean comment = false;
        Pattern word = Pattern.compile("^\\s*([A-Za-z][\\w-]*)(?:\\s.*)?$");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (comment) {
                comment = !line.contains("*/");
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("/*")) {
                comment = !stripped.contains("*/");
                continue;
            }
            Matcher m = word.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String w = m.group(1);
            if (LINE_KEYWORDS.contains(w) || OTHER_WORDS.contains(w)) {
                continue;
            }
            String rest = line.substring(m.end(1)).strip();
            Optional<String> keyword = closest(w, LINE_KEYWORDS);
            if (keyword.isPresent() && fits(keyword.get(), rest)) {
                found.add(new Keyword(i + 1, w, keyword.get()));
            }
        }
        return found;
    }

    /** Whether what follows a word on its line is what follows {@code keyword}. */
    private static boolean fits(String keyword, String rest) {
        return switch (keyword) {
            case "when", "then", "end" -> rest.isEmpty() || rest.startsWith("//");
            case "rule", "query" -> rest.startsWith("\"");
            case "import", "package" -> rest.matches("(function\\s+)?[\\w.*]+\\s*;?\\s*(//.*)?");
            case "salience" -> rest.matches("-?\\d+.*|\\(.*");
            case "function" -> rest.matches("[\\w<>\\[\\]]+\\s+\\w+\\s*\\(.*");
            default -> rest.isEmpty() || rest.matches("(true|false|\"[^\"]*\"|-?\\d+)\\s*");
        };
    }

    /** A misspelled keyword: where, as written, and the keyword. */
    record Keyword(int line, String word, String keyword) {
    }

    /** Whether a parse error is an echo of a misspelled keyword before it in the same rule. */
    private static boolean covered(Problem problem, List<Keyword> keywords, SourceFile file) {
        String[] lines = file.content().split("\n", -1);
        for (Keyword keyword : keywords) {
            int end = nextRuleLine(lines, keyword.line());
            if (problem.line() >= keyword.line() && (problem.line() < end || keyword.keyword().equals("end"))) {
                return true;
            }
        }
        return false;
    }

    private static int nextRuleLine(String[] lines, int after) {
        for (int i = after; i < lines.length; i++) {
            if (lines[i].strip().startsWith("rule ") || lines[i].strip().startsWith("rule\"")) {
                return i + 1;
            }
        }
        return lines.length + 1;
    }

    /** The line a rule, query or function starts on, at or before {@code line}; 1 when none. */
    private static int blockStart(String[] lines, int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (s.startsWith("rule ") || s.startsWith("query ") || s.startsWith("function ")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The last line before {@code line} with code on it (not blank, not a comment); 0 when none. */
    private static int previousCodeLine(String[] lines, int line) {
        for (int i = line - 2; i >= 0; i--) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("//") && !s.startsWith("*") && !s.startsWith("/*")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line of the innermost parenthesis opened from {@code from} and not closed before {@code to}; 0 if none. */
    private static int unclosedParenthesis(String[] lines, int from, int to) {
        List<Integer> open = new ArrayList<>();
        for (int i = from - 1; i < Math.min(to - 1, lines.length); i++) {
            String code = stripStrings(lines[i]);
            int comment = code.indexOf("//");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            for (char c : code.toCharArray()) {
                if (c == '(') {
                    open.add(i + 1);
                } else if (c == ')' && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        return open.isEmpty() ? 0 : open.get(open.size() - 1);
    }

    /** A line with its string literals emptied: {@code "a (b"} becomes {@code ""}. */
    private static String stripStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }

    /** A rule that has no {@code end} before the next rule or the end of the file. */
    private static Optional<String> ruleWithoutEnd(String content) {
        String[] lines = content.split("\n", -1);
        String open = null;
        for (String line : lines) {
            Matcher m = RULE.matcher(line);
            if (m.find()) {
                if (open != null) {
                    return Optional.of(open);
                }
                open = m.group(1);
            } else if (line.strip().equals("end")) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    private static int ruleLine(String content, String rule) {
        Matcher m = RULE.matcher(content);
        while (m.find()) {
            if (m.group(1).equals(rule)) {
                return 1 + (int) content.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            }
        }
        return 1;
    }

    /** Two rules of one package with one name: where the other one is written. */
    private static Problem duplicate(Problem problem, Source source, String rule, Map<String, Source> sources) {
        String pkg = org.eit.rules.spi.DrlPackage.of(source.file().content());
        for (Source other : sources.values()) {
            if (other == source || !org.eit.rules.spi.DrlPackage.of(other.file().content()).equals(pkg)) {
                continue;
            }
            Matcher m = RULE.matcher(other.file().content());
            while (m.find()) {
                if (m.group(1).equals(rule)) {
                    int line = 1 + (int) other.file().content().substring(0, m.start()).chars()
                            .filter(c -> c == '\n').count();
                    return RulesMessages.MESSAGES.error("rule.hint-duplicate", problem.location(), "rule", rule,
                            pkg, other.file().name() + ":" + line);
                }
            }
        }
        return problem;
    }

    // ------------------------------------------------------------------------------------------ types and fields

    /** An unknown fact type: the import it lacks, or the closest fact types of the stage. */
    private Optional<Problem> typeHint(String name, Location at, Source source, boolean listWhenNone) {
        if (name == null) {
            return Optional.empty();
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Set<Class<?>> facts = facts(source);
        List<String> imports = imports(source.file().content(), false);
        for (Class<?> fact : facts) {
            if (fact.getSimpleName().equals(simple) && !imports.contains(fact.getName())) {
                return Optional.of(RulesMessages.MESSAGES.error("rule.hint-import", at, "type", name,
                        importLine(fact)));
            }
        }
        Map<String, Class<?>> bySimple = new LinkedHashMap<>();
        facts.forEach(f -> bySimple.putIfAbsent(f.getSimpleName(), f));
        Optional<String> closest = closest(simple, bySimple.keySet());
        if (closest.isPresent()) {
            Class<?> fact = bySimple.get(closest.get());
            return Optional.of(imports.contains(fact.getName())
                    ? RulesMessages.MESSAGES.error("rule.hint-type", at, "type", name, closest.get())
                    : RulesMessages.MESSAGES.error("rule.hint-type-import", at, "type", name, closest.get(),
                            importLine(fact)));
        }
        if (!listWhenNone || !Character.isUpperCase(simple.isEmpty() ? 'a' : simple.charAt(0))
                || name.contains(".")) {
            return Optional.empty();
        }
        return Optional.of(RulesMessages.MESSAGES.error("rule.hint-type-unknown", at, "type", name,
                source.stage() == null ? "" : source.stage(), String.join(", ", new TreeSet<>(
                        factNames(source)))));
    }

    /** A name safe loading refused that is a type of the engine the file does not import ({@code DataSource}). */
    private Optional<Problem> typeName(Problem problem, Source source) {
        String value = problem.value();
        if (value == null || value.isEmpty() || !Character.isUpperCase(value.charAt(0))) {
            return Optional.empty();
        }
        String name = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
        return typeHint(name, problem.location(), source, false);
    }

    private static String importLine(Class<?> fact) {
        return "import " + fact.getName() + ";";
    }

    /** A name safe loading refused in a condition that is a misspelled field of the fact it follows. */
    private Optional<Problem> unsafeName(Problem problem, Source source) {
        String value = problem.value();
        if (value == null || value.isEmpty() || !Character.isJavaIdentifierStart(value.charAt(0))) {
            return Optional.empty();
        }
        String name = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
        String[] lines = source.file().content().split("\n", -1);
        int from = Math.max(1, problem.line());
        int to = nextRuleLine(lines, from);
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (int line = from; line < Math.min(to, lines.length + 1); line++) {
            Matcher m = use.matcher(stripStrings(lines[line - 1]));
            if (!m.find()) {
                continue;
            }
            Class<?> owner = ownerAt(lines, source, line, m.start());
            if (owner == null) {
                return Optional.empty();
            }
            if (FactProperties.typeOf(owner, name) != null) {
                return Optional.empty();
            }
            List<String> properties = FactProperties.properties(owner);
            if (closest(name, properties).isEmpty()) {
                return Optional.empty(); // not a slip of the keyboard: safe loading's message says what to do
            }
            return field(owner, name, Location.of(problem.file(), line));
        }
        return Optional.empty();
    }

    /**
     * The class whose property the name at {@code column} of {@code line} is: the type reached by the chain before
     * it ({@code offer.} → {@code Offer}), from a bound variable or the innermost pattern; null when unknown.
     */
    private Class<?> ownerAt(String[] lines, Source source, int line, int column) {
        String text = stripStrings(lines[line - 1]);
        int start = column;
        while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                || text.charAt(start - 1) == '!')) {
            start--;
        }
        List<String> chain = new ArrayList<>(List.of(text.substring(start, column).replace("!.", ".")
                .split("\\.")));
        chain.removeIf(String::isEmpty);
        Class<?> type;
        if (!chain.isEmpty() && chain.get(0).startsWith("$")) {
            type = bindingType(lines, line, chain.remove(0), source);
        } else {
            type = patternType(lines, line, start, source);
        }
        for (String segment : chain) {
            if (type == null) {
                return null;
            }
            type = FactProperties.typeOf(type, segment);
        }
        return type;
    }

    /** The fact type of the innermost pattern open at {@code column} of {@code line}. */
    private Class<?> patternType(String[] lines, int line, int column, Source source) {
        int from = blockStart(lines, line);
        List<String> open = new ArrayList<>();
        for (int i = from - 1; i < line; i++) {
            String code = stripStrings(lines[i]);
            if (i == line - 1) {
                code = code.substring(0, Math.min(column, code.length()));
            }
            int comment = code.indexOf("//");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            for (int c = 0; c < code.length(); c++) {
                if (code.charAt(c) == '(') {
                    int end = c;
                    while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
                        end--;
                    }
                    int begin = end;
                    while (begin > 0 && (Character.isJavaIdentifierPart(code.charAt(begin - 1))
                            || code.charAt(begin - 1) == '.')) {
                        begin--;
                    }
                    open.add(code.substring(begin, end));
                } else if (code.charAt(c) == ')' && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Class<?> type = factNamed(open.get(i), source);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** The type of the pattern {@code $x : Type(...)} binds, in the rule around {@code line}. */
    private Class<?> bindingType(String[] lines, int line, String variable, Source source) {
        int from = blockStart(lines, line);
        int to = nextRuleLine(lines, line);
        Pattern binding = Pattern.compile(Pattern.quote(variable) + "\\s*:\\s*([\\w.]+)\\s*\\(");
        for (int i = from - 1; i < Math.min(to - 1, lines.length); i++) {
            Matcher m = binding.matcher(lines[i]);
            if (m.find()) {
                return factNamed(m.group(1), source);
            }
        }
        return null;
    }

    private Class<?> factNamed(String name, Source source) {
        for (Class<?> fact : facts(source)) {
            if (fact.getSimpleName().equals(name) || fact.getName().equals(name)) {
                return fact;
            }
        }
        return null;
    }

    /** An unknown field of {@code type}: its closest properties, and all of them. */
    private static Optional<Problem> field(Class<?> type, String name, Location at) {
        List<String> properties = FactProperties.properties(type);
        if (properties.contains(name)) {
            return Optional.empty();
        }
        Optional<String> closest = closest(name, properties);
        String all = String.join(", ", properties);
        return Optional.of(closest.isPresent()
                ? RulesMessages.MESSAGES.error("rule.hint-field", at, "field", name, type.getSimpleName(),
                        closest.get(), all)
                : RulesMessages.MESSAGES.error("rule.hint-field-unknown", at, "field", name, type.getSimpleName(),
                        all));
    }

    private Class<?> fact(String className) {
        String normal = className.replace('$', '.');
        for (Class<?> fact : allFacts) {
            if (fact.getName().equals(className) || fact.getName().replace('$', '.').equals(normal)) {
                return fact;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ functions, variables

    /** A call to a method or function nobody defines: the closest one, or the import it lacks. */
    private Problem function(Problem problem, Source source, String name, String owner) {
        String content = source.file().content();
        Location at = lineOf(problem.file(), content, problem.line(), name + "(")
                .or(() -> lineOf(problem.file(), content, problem.line(), name + " (")).orElse(problem.location());
        Class<?> fact = factNamed(owner, source);
        if (fact != null) {
            List<String> members = FactProperties.of(fact).stream().filter(m -> !m.isStatic())
                    .map(FactProperties.Member::name).distinct().toList();
            List<String> methods = new ArrayList<>(members);
            for (FactProperties.Member member : FactProperties.of(fact)) {
                if (member.isProperty() && !member.name().equals(name)) {
                    methods.add("get" + Character.toUpperCase(member.name().charAt(0)) + member.name().substring(1));
                }
            }
            Optional<String> closest = closest(name, methods);
            return closest.map(c -> RulesMessages.MESSAGES.error("rule.hint-method", at, "method", name,
                    fact.getSimpleName(), c)).orElse(problem.location().equals(at) ? problem
                    : relocated(problem, at));
        }
        List<String> imported = imports(content, true).stream().map(i -> i.substring(i.lastIndexOf('.') + 1))
                .toList();
        Set<String> known = new LinkedHashSet<>(DROOLS_FUNCTIONS);
        known.addAll(imported);
        Matcher functions = FUNCTION.matcher(content);
        while (functions.find()) {
            known.add(functions.group(1));
        }
        Map<String, String> helpers = new LinkedHashMap<>();
        for (Class<?> type : facts(source)) {
            for (FactProperties.Member member : FactProperties.of(type)) {
                if (member.isStatic()) {
                    helpers.putIfAbsent(member.name(), type.getName() + "." + member.name());
                }
            }
        }
        if (helpers.containsKey(name) && !known.contains(name)) {
            return RulesMessages.MESSAGES.error("rule.hint-function-import", at, "function", name,
                    "import function " + helpers.get(name) + ";");
        }
        Optional<String> closest = closest(name, known);
        if (closest.isPresent()) {
            return RulesMessages.MESSAGES.error("rule.hint-function", at, "function", name, closest.get());
        }
        Optional<String> helper = closest(name, helpers.keySet());
        if (helper.isPresent()) {
            return RulesMessages.MESSAGES.error("rule.hint-function-closest-import", at, "function", name,
                    helper.get(), "import function " + helpers.get(helper.get()) + ";");
        }
        return relocated(problem, at);
    }

    /** A name the consequence uses that no pattern binds: the closest bound variable. */
    private Problem variable(Problem problem, Source source, String name) {
        String content = source.file().content();
        String[] lines = content.split("\n", -1);
        int from = blockStart(lines, Math.max(1, problem.line()));
        int to = nextRuleLine(lines, from);
        Set<String> bound = new LinkedHashSet<>();
        for (int i = from - 1; i < Math.min(to - 1, lines.length); i++) {
            Matcher m = BINDING.matcher(stripStrings(lines[i]));
            while (m.find()) {
                bound.add(m.group(1));
            }
        }
        Location at = lineOf(problem.file(), content, problem.line(), name).orElse(problem.location());
        Optional<String> closest = closest(name, bound);
        return closest.map(c -> RulesMessages.MESSAGES.error("rule.hint-variable", at, "variable", name, c))
                .orElse(relocated(problem, at));
    }

    private static Problem relocated(Problem problem, Location at) {
        return new Problem(problem.severity(), problem.code(), problem.args(), at.file(), at.line(), at.column(),
                problem.field(), problem.value(), problem.catalog());
    }

    /** The first line of a rule, query or function where {@code name} is written as a whole name. */
    private static Optional<Location> firstUse(String file, String content, String name) {
        String[] lines = content.split("\n", -1);
        Pattern p = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])");
        boolean inRule = false;
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            inRule |= s.startsWith("rule ") || s.startsWith("query ") || s.startsWith("function ");
            if (inRule && p.matcher(stripStrings(lines[i])).find()) {
                return Optional.of(Location.of(file, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The first line at or after {@code from} (within its rule) where {@code text} is written as a whole name. */
    private static Optional<Location> lineOf(String file, String content, int from, String text) {
        String[] lines = content.split("\n", -1);
        int start = blockStart(lines, Math.max(1, from));
        int end = nextRuleLine(lines, start);
        Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(text)
                + (Character.isJavaIdentifierPart(text.charAt(text.length() - 1)) ? "(?![\\w$])" : ""));
        for (int i = start - 1; i < Math.min(end - 1, lines.length); i++) {
            if (p.matcher(stripStrings(lines[i])).find()) {
                return Optional.of(Location.of(file, i + 1));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------ sentences, packages

    /** An unknown placeholder: the closest one the stage fills. */
    private Problem placeholder(Problem problem, Source source) {
        Set<String> known = source == null || source.stage() == null ? Set.of()
                : placeholdersByStage.getOrDefault(source.stage(), Set.of());
        List<String> forms = new ArrayList<>(new TreeSet<>(known));
        for (String name : new TreeSet<>(known)) {
            String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            forms.add("de" + capital);
            forms.add("que" + capital);
        }
        Optional<String> closest = closest(problem.value(), forms);
        if (closest.isEmpty() || problem.args().size() < 2) {
            return problem;
        }
        return RulesMessages.MESSAGES.error("rule.hint-placeholder", problem.location(), problem.field(),
                problem.value(), problem.args().get(0), "{" + closest.get() + "}", problem.args().get(1));
    }

    /** A rule with one language, or none: an annotation that misspells the other. */
    private static Problem language(Problem problem, Source source) {
        String content = source.file().content();
        String[] lines = content.split("\n", -1);
        int from = Math.max(1, problem.line());
        Set<String> annotations = new LinkedHashSet<>();
        for (int i = from - 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (i >= from && (s.equals("when") || s.startsWith("rule "))) {
                break;
            }
            Matcher m = ANNOTATION.matcher(stripStrings(lines[i]));
            while (m.find()) {
                annotations.add(m.group(1));
            }
        }
        String rule = problem.value();
        for (String language : List.of("fr", "en")) {
            if (annotations.contains(language)) {
                continue;
            }
            for (String annotation : annotations) {
                if (!annotation.equals("fr") && !annotation.equals("en") && looksLike(annotation, language)) {
                    return RulesMessages.MESSAGES.error("rule.hint-language", problem.location(), "rule", rule,
                            rule, "@" + annotation, "@" + language);
                }
            }
        }
        return problem;
    }

    private static boolean looksLike(String annotation, String language) {
        String a = annotation.toLowerCase(Locale.ROOT);
        List<String> words = language.equals("fr") ? List.of("fr", "fra", "fre", "french", "francais", "français")
                : List.of("en", "eng", "english", "anglais", "gb", "uk");
        return words.contains(a) || Text.swapDistance(a, language) <= 1 && a.length() <= 3;
    }

    /** A package that names no stage: the closest stage or pack in one of its parts. */
    private Problem stage(Problem problem) {
        String pkg = problem.value();
        if (pkg == null) {
            return problem;
        }
        String[] parts = pkg.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            Optional<String> closest = closest(parts[i], stageAndPackNames);
            if (closest.isPresent()) {
                parts[i] = closest.get();
                return RulesMessages.MESSAGES.error("rule.hint-stage", problem.location(), problem.field(), pkg,
                        closest.get(), "package " + String.join(".", parts) + ";");
            }
        }
        return problem;
    }

    // ------------------------------------------------------------------------------------------ names

    private Set<Class<?>> facts(Source source) {
        return source.stage() == null ? allFacts : factsByStage.getOrDefault(source.stage(), allFacts);
    }

    private List<String> factNames(Source source) {
        return facts(source).stream().map(Class::getSimpleName).toList();
    }

    private static List<String> imports(String content, boolean functions) {
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(content);
        while (m.find()) {
            if ((m.group(1) != null) == functions) {
                imports.add(m.group(2));
            }
        }
        return imports;
    }

    /**
     * The candidate closest to {@code name}, if it is close enough to be a slip: at most one edit for short names,
     * two from five letters, three from nine (case aside; a swap of two letters is one edit).
     */
    static Optional<String> closest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        int limit = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
        return candidates.stream()
                .filter(c -> !c.equals(name))
                .map(c -> Map.entry(c, Text.swapDistance(name.toLowerCase(Locale.ROOT),
                        c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= limit)
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().charAt(0) == name.charAt(0) ? 0 : 1))
                .map(Map.Entry::getKey);
    }
}
