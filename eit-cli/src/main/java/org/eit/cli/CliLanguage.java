package org.eit.cli;

import java.util.Arrays;
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
    /** The languages eit speaks, as {@code --lang} takes them. */
    static final String SPOKEN = String.join(", ", Arrays.stream(Language.values()).map(Language::code).toList());

    private CliLanguage() {
    }

    /** {@code --lang} names a language eit does not speak: a usage error, said in the system's language. */
    static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String value;

        Unknown(String value) {
            super(value);
            this.value = value;
        }

        String value() {
            return value;
        }
    }

    /**
     * The language asked for with {@code --lang} or {@code EIT_LANG}, if any; {@link Unknown} when {@code --lang}
     * names one eit does not speak. A bad {@code EIT_LANG} is ignored (see {@link #badEnvironment()}).
     */
    static Optional<Locale> explicit(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            String value = arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1)
                    : arg.startsWith("--lang=") ? arg.substring("--lang=".length()) : null;
            if (value != null) {
                return Optional.of(Language.parse(value).orElseThrow(() -> new Unknown(value)).locale());
            }
        }
        return Language.parse(System.getenv("EIT_LANG")).map(Language::locale);
    }

    /** {@code EIT_LANG} when it is set to a language eit does not speak, to warn about it. */
    static Optional<String> badEnvironment() {
        String value = System.getenv("EIT_LANG");
        return value == null || value.isBlank() || Language.parse(value).isPresent() ? Optional.empty()
                : Optional.of(value);
    }

    /** The system's language when it is French, else English. */
    static Locale system() {
        return Language.of(Locale.getDefault()).locale();
    }
}
