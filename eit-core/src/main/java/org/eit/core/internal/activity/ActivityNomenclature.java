package org.eit.core.internal.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;

/**
 * NAF rév. 2 / NACE Rev. 2, shipped as {@code org/eit/core/reference/naf-rev2.csv}: checks activity codes and gives
 * their labels. Accepts the ways codes are written in registers and spreadsheets: {@code 10.71C}, {@code 1071C},
 * {@code 10.71}, {@code 1071}, {@code 10.7}, {@code 10}.
 */
public final class ActivityNomenclature {
    private static final String RESOURCE = "/org/eit/core/reference/naf-rev2.csv";
    private static final Pattern WRITTEN = Pattern.compile("^(\\d{2})\\.?(\\d)?(\\d)?\\s*([A-Za-z])?$");

    private final Map<String, ActivityCode> codes;

    private ActivityNomenclature(Map<String, ActivityCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static ActivityNomenclature shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final ActivityNomenclature INSTANCE = load();
    }

    private static ActivityNomenclature load() {
        Map<String, ActivityCode> codes = new LinkedHashMap<>();
            Map<String, String> classLabelsEn = new LinkedHashMap<>();
            for (CsvTable.Row row : ShippedFiles.table(ActivityNomenclature.class, RESOURCE).rows()) {
                String code = row.getOrEmpty("code");
                String level = row.getOrEmpty("level");
                String labelEn = row.getOrEmpty("label_en");
                if ("class".equals(level)) {
                    classLabelsEn.put(code, labelEn);
                }
                if ("subclass".equals(level) && labelEn.isEmpty()) {
                    labelEn = classLabelsEn.getOrDefault(row.getOrEmpty("parent"), "");
                }
                codes.put(code, new ActivityCode(code, level, row.getOrEmpty("label_fr"), labelEn));
            }
            return new ActivityNomenclature(codes);
    }

    /** The code written {@code text}, normalised to INSEE's form and looked up; empty when not in the list. */
    public Optional<ActivityCode> find(String text) {
        return normalise(text).map(codes::get);
    }

    /**
     * The NACE Rev. 2 section letter of a code ({@code C} for {@code 10.71C}), from the divisions each section
     * holds (A 01-03, B 05-09, C 10-33, D 35, E 36-39, F 41-43, G 45-47, H 49-53, I 55-56, J 58-63, K 64-66, L 68,
     * M 69-75, N 77-82, O 84, P 85, Q 86-88, R 90-93, S 94-96, T 97-98, U 99); the letter itself for a section;
     * empty for what is not a code.
     */
    public static Optional<String> sectionOf(String code) {
        Optional<String> normalised = normalise(code);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String c = normalised.get();
        if (Character.isLetter(c.charAt(0))) {
            return c.charAt(0) <= 'U' ? Optional.of(c) : Optional.empty();
        }
        int division = Integer.parseInt(c.substring(0, 2));
        for (int i = SECTION_FIRST_DIVISION.length - 1; i >= 0; i--) {
            if (division >= SECTION_FIRST_DIVISION[i]) {
                return Optional.of(String.valueOf((char) ('A' + i)));
            }
        }
        return Optional.empty();
    }

    /** The first division of each section, A to U. */
    private static final int[] SECTION_FIRST_DIVISION = {1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84,
        85, 86, 90, 94, 97, 99};

    /** {@code 1071c} → {@code 10.71C}; empty when the text has no code's shape. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.trim().replace(" ", "");
        if (compact.length() == 1 && Character.isLetter(compact.charAt(0))) {
            return Optional.of(compact.toUpperCase(java.util.Locale.ROOT));
        }
        Matcher m = WRITTEN.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            code.append('.').append(m.group(2));
            if (m.group(3) != null) {
                code.append(m.group(3));
            }
        }
        if (m.group(4) != null) {
            if (m.group(3) == null) {
                return Optional.empty();
            }
            code.append(m.group(4).toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.of(code.toString());
    }
}
