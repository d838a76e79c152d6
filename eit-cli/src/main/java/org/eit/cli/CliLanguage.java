package org.eit.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eit.core.model.Language;

/**
 * The language of what the CLI prints: {@code --lang fr|en} when given, else the {@code EIT_LANG} environment
 * variable, else the system's language when it is French, else English.
 */
final class CliLanguage {
    private CliLanguage() {
    }

    static Locale fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            Optional<Language> language = Optional.empty();
            if (arg.equals("--lang") && i + 1 < args.size()) {
                language = Language.parse(args.get(i + 1));
            } else if (arg.startsWith("--lang=")) {
                language = Language.parse(arg.substring("--lang=".length()));
            }
            if (language.isPresent()) {
                return language.get().locale();
            }
        }
        Optional<Language> fromEnv = Language.parse(System.getenv("EIT_LANG"));
        if (fromEnv.isPresent()) {
            return fromEnv.get().locale();
        }
        return "fr".equals(Locale.getDefault().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
