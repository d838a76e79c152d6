package org.eit.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eit.core.model.Language;

/**
 * The language of what the CLI prints: {@code --lang fr|en} when given, else the {@code EIT_LANG} environment
 * variable; when neither is set, messages follow the system's language (French or else English) and reports follow
 * the territory's language.
 */
final class CliLanguage {
    private CliLanguage() {
    }

    /** The language asked for with {@code --lang} or {@code EIT_LANG}, if any. */
    static Optional<Locale> explicit(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            Optional<Language> language = Optional.empty();
            if (arg.equals("--lang") && i + 1 < args.size()) {
                language = Language.parse(args.get(i + 1));
            } else if (arg.startsWith("--lang=")) {
                language = Language.parse(arg.substring("--lang=".length()));
            }
            if (language.isPresent()) {
                return Optional.of(language.get().locale());
            }
        }
        return Language.parse(System.getenv("EIT_LANG")).map(Language::locale);
    }

    /** The system's language when it is French, else English. */
    static Locale system() {
        return Language.of(Locale.getDefault()).locale();
    }
}
