package org.eit.core.testing;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Values as a failure report shows them: strings quoted with their invisible characters escaped (a NUL, a no-break
 * space or a lone surrogate must be seen), bytes in hexadecimal, records field by field; shortened when huge.
 */
final class Shown {
    /** Beyond this, a value is cut: a report must stay readable, and the seed reproduces the whole input anyway. */
    static final int MAX_LENGTH = 1_500;

    /** For text shown without quotes around it. */
    private static final int NO_QUOTE = -1;

    private Shown() {
    }

    /** One argument as itself, several as a tuple. */
    static String arguments(List<Object> args) {
        StringBuilder out = new StringBuilder();
        if (args.size() == 1) {
            render(args.get(0), out);
        } else {
            renderAll("(", args, ")", out);
        }
        return shortened(out.toString());
    }

    static String failure(Throwable failure) {
        return shortened(failure.toString().strip().replace("\n", "\n             "));
    }

    static String shortened(String text) {
        return text.length() <= MAX_LENGTH ? text
                : text.substring(0, MAX_LENGTH) + "… (shortened from " + text.length() + " characters)";
    }

    private static void render(Object value, StringBuilder out) {
        if (out.length() > MAX_LENGTH) {
            return;
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            out.append('"');
            text.chars().forEach(c -> escape((char) c, '"', out));
            out.append('"');
        } else if (value instanceof Character c) {
            out.append('\'');
            escape(c, '\'', out);
            out.append('\'');
        } else if (value instanceof byte[] bytes) {
            out.append(bytes.length).append(" bytes [");
            for (int i = 0; i < bytes.length; i++) {
                out.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
            }
            out.append(']');
        } else if (value instanceof Collection<?> items) {
            renderAll("[", items, "]", out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                render(entry.getKey(), out);
                out.append(": ");
                render(entry.getValue(), out);
                out.append(entries.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value instanceof Record record) {
            renderRecord(record, out);
        } else {
            value.toString().chars().forEach(c -> escape((char) c, NO_QUOTE, out));
        }
    }

    private static void renderAll(String open, Collection<?> items, String close, StringBuilder out) {
        out.append(open);
        Iterator<?> iterator = items.iterator();
        while (iterator.hasNext()) {
            render(iterator.next(), out);
            out.append(iterator.hasNext() ? ", " : "");
        }
        out.append(close);
    }

    private static void renderRecord(Record record, StringBuilder out) {
        out.append(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            try {
                // Test records are package-private, out of reach of this package without it.
                components[i].getAccessor().setAccessible(true);
                render(components[i].getAccessor().invoke(record), out);
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.append('?');
            }
        }
        out.append(']');
    }

    private static void escape(char c, int quote, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            default -> {
                if (c == quote) {
                    out.append('\\').append(c);
                } else if (c != ' ' && invisible(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean invisible(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
