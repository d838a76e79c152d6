package org.eit.core.resource;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry of the European List of Waste (Decision 2000/532/EC as amended by 2014/955/EU), e.g.
 * {@code 10 01 05} "solid wastes from calcium-based reaction wastes from flue-gas desulphurisation".
 *
 * @param code      six digits written {@code NN NN NN}, without the asterisk
 * @param hazardous true for entries marked with an asterisk in the official list
 * @param labelEn   English label
 * @param labelFr   French label (Code de l'environnement, annex II to art. R541-8)
 */
public record WasteCode(String code, boolean hazardous, String labelEn, String labelFr) {
    private static final Pattern WRITTEN = Pattern.compile("^\\s*(\\d{2})[\\s.]?(\\d{2})[\\s.]?(\\d{2})\\s*(\\*)?\\s*$");

    public WasteCode {
        Objects.requireNonNull(code, "WasteCode.code");
        if (!code.matches("\\d{2} \\d{2} \\d{2}")) {
            throw new IllegalArgumentException("WasteCode.code must be written 'NN NN NN', was '" + code + "'");
        }
        labelEn = labelEn == null ? "" : labelEn;
        labelFr = labelFr == null ? "" : labelFr;
    }

    /** The code as the official list prints it, with the asterisk of hazardous entries. */
    public String display() {
        return hazardous ? code + "*" : code;
    }

    /**
     * Reads a code as people write it: {@code 10 01 05}, {@code 100105}, {@code 10.01.05} or {@code 10 01 05*}.
     * Returns the normalised {@code NN NN NN} form and whether an asterisk was written.
     */
    public static Optional<Written> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Written(m.group(1) + " " + m.group(2) + " " + m.group(3), m.group(4) != null));
    }

    /** A code as read from user text, before it is looked up in the list. */
    public record Written(String code, boolean starred) {
    }
}
