package org.eit.rules.internal.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks one expression of an untrusted rule (a pattern's constraint, a {@code from} source, an accumulate's
 * arguments) name by name: every name that starts a chain is a bound variable, a property of a fact, a function of
 * the file, a keyword or an allowed class; every {@code .member} after it is a method or property some allowed
 * class has. So {@code java.lang.Runtime.getRuntime()}, {@code $o.getClass()} or {@code System.exit(0)} are
 * refused whatever way they are written, before anything is compiled.
 */
final class ExpressionCheck {
    /** Words of DRL and MVEL expressions that are not names of anything. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "in", "not", "contains",
            "excludes", "memberOf", "matches", "soundslike", "str", "instanceof", "new", "and", "or", "if", "else",
            "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby",
            "overlaps", "overlappedby", "starts", "startedby", "startsWith", "endsWith", "length", "int", "long",
            "double", "float", "boolean", "char", "byte", "short", "void", "var", "from", "collect", "accumulate",
            "init", "action", "reverse", "result", "over", "window", "entry", "point", "exists", "forall", "eval");
    /** Statements have no place in a constraint: a loop there could never be stopped. */
    private static final Set<String> STATEMENTS = Set.of("for", "foreach", "while", "do", "until", "return",
            "import", "def", "function", "with", "modify", "throw", "try", "catch", "finally", "switch",
            "synchronized", "assert");

    private final Allowlist allowlist;
    private final Collection<String> imports;
    private final Set<String> localNames;

    /**
     * @param localNames bound variables, functions and globals of the file, and accumulate function names: names
     *                   that may start a chain without being classes
     */
    ExpressionCheck(Allowlist allowlist, Collection<String> imports, Set<String> localNames) {
        this.allowlist = allowlist;
        this.imports = imports;
        this.localNames = localNames;
    }

    /** The names in {@code expression} an untrusted rule may not use; empty when it may run. */
    List<String> refused(String expression) {
        List<String> refused = new ArrayList<>();
        List<String> tokens = tokens(expression);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!isName(token)) {
                if (token.equals(";") || token.equals("{") || token.equals("#") || token.equals("@")) {
                    refused.add(token);
                }
                continue;
            }
            boolean member = i > 0 && (tokens.get(i - 1).equals(".") || tokens.get(i - 1).equals("!."));
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).equals("(");
            if (STATEMENTS.contains(token)) {
                refused.add(token);
            } else if (member) {
                if (call ? !allowlist.allowsMethod(token) : !allowlist.allowsProperty(token)) {
                    refused.add(token);
                }
            } else if (KEYWORDS.contains(token) || token.startsWith("$") || localNames.contains(token)
                    || allowlist.simpleClass(token, imports) != null) {
                continue;
            } else if (!call && allowlist.allowsProperty(token)) {
                continue; // a property of the pattern's fact: resource, quantity, offer.resource...
            } else if (call && allowlist.allowsMethod(token)) {
                // A method of the pattern's fact called without "this.": tagged( "x" ), within( 15 ). It resolves on
                // the fact (or a function of the file) and only names allowed methods; anything else does not compile.
                continue;
            } else if (isQualifiedStart(tokens, i)) {
                String qualified = qualified(tokens, i);
                int end = i;
                String longest = null;
                for (String prefix = token; ; ) {
                    if (allowlist.allowsClass(prefix)) {
                        longest = prefix;
                        break;
                    }
                    if (end + 2 >= tokens.size() || !tokens.get(end + 1).equals(".")) {
                        break;
                    }
                    end += 2;
                    prefix = prefix + "." + tokens.get(end);
                }
                if (longest == null) {
                    refused.add(qualified);
                    while (i + 2 < tokens.size() && tokens.get(i + 1).equals(".") && isName(tokens.get(i + 2))) {
                        i += 2;
                    }
                } else {
                    i = end;
                }
            } else {
                refused.add(token);
            }
        }
        return refused;
    }

    /** A lower-case name followed by {@code .name}: maybe a package, as in {@code java.io.File}. */
    private static boolean isQualifiedStart(List<String> tokens, int i) {
        return Character.isLowerCase(tokens.get(i).charAt(0)) && i + 2 < tokens.size()
                && tokens.get(i + 1).equals(".") && isName(tokens.get(i + 2));
    }

    private static String qualified(List<String> tokens, int i) {
        StringBuilder name = new StringBuilder(tokens.get(i));
        while (i + 2 < tokens.size() && tokens.get(i + 1).equals(".") && isName(tokens.get(i + 2))) {
            i += 2;
            name.append('.').append(tokens.get(i));
            if (Character.isUpperCase(tokens.get(i).charAt(0))) {
                break;
            }
        }
        return name.toString();
    }

    static boolean isName(String token) {
        return !token.isEmpty() && (Character.isJavaIdentifierStart(token.charAt(0)));
    }

    /** Names, numbers and single punctuation; string and character literals are left out. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int j = text.indexOf('\n', i);
                i = j < 0 ? text.length() : j;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int j = text.indexOf("*/", i + 2);
                i = j < 0 ? text.length() : j + 2;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
                        || text.charAt(j) == '_')) {
                    j++;
                }
                i = j;
            } else if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '.') {
                tokens.add("!.");
                i += 2;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }
}
