package org.eit.cli;

import java.util.List;
import java.util.Locale;
import org.eit.core.internal.text.Text;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * The user's mistakes picocli finds, said in the user's language: a mistyped command or option with the closest
 * ones, a missing argument. The other errors picocli finds keep its own (English) message; the commands' own usage
 * errors are already in the user's language.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String message(CommandLine.ParameterException e, Locale locale) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            CommandLine where = e.getCommandLine();
            List<String> suggestions = suggestions(word, where);
            String text;
            if (word.startsWith("-")) {
                text = Texts.get(locale, "error.unknown-option", word, where.getCommandSpec().qualifiedName());
            } else if (!where.getSubcommands().isEmpty()) {
                text = Texts.get(locale, "error.unknown-command", word, where.getCommandSpec().qualifiedName(),
                        String.join(", ", where.getSubcommands().values().stream()
                                .map(CommandLine::getCommandName).distinct().toList()));
            } else {
                text = Texts.get(locale, "error.unexpected-argument", word, where.getCommandSpec().qualifiedName());
            }
            if (!suggestions.isEmpty()) {
                text += " " + Texts.get(locale, "error.did-you-mean", String.join(Texts.get(locale, "error.or"),
                        suggestions));
            }
            return text;
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Texts.get(locale, "error.missing-argument", String.join(", ",
                    missing.getMissing().stream().map(UsageErrors::name).toList()));
        }
        return e.getMessage();
    }

    /**
     * The commands (or options) of {@code where} close to {@code word}: within a few typing mistakes, or starting
     * with it; a command by its name, though its alias ({@code analyse}) may be what came closest. Not picocli's own
     * suggestions, which are the most similar names however far.
     */
    static List<String> suggestions(String word, CommandLine where) {
        java.util.Map<String, String> candidates = new java.util.LinkedHashMap<>();
        if (word.startsWith("-")) {
            for (OptionSpec option : where.getCommandSpec().options()) {
                if (!option.hidden()) {
                    for (String name : option.names()) {
                        candidates.put(name, option.longestName());
                    }
                }
            }
        } else {
            where.getSubcommands().forEach((name, sub) -> candidates.put(name, sub.getCommandName()));
        }
        String typed = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        java.util.Map<String, Integer> best = new java.util.LinkedHashMap<>();
        candidates.forEach((name, shown) -> {
            int distance = Text.editDistance(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            boolean close = distance <= Math.max(1, Math.min(3, name.length() / 3))
                    || typed.length() >= 3 && name.startsWith(typed);
            if (close && !name.equals(typed)) {
                best.merge(shown, distance, Math::min);
            }
        });
        return best.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).limit(3)
                .map(java.util.Map.Entry::getKey).toList();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }
}
