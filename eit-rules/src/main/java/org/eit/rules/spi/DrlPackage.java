package org.eit.rules.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code package} a DRL file declares, which names its rule pack and its stage. */
public final class DrlPackage {
    private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private DrlPackage() {
    }

    /** The declared package, or an empty string when the file declares none. */
    public static String of(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "";
    }

    /** The 1-based line of the package declaration, or 1 when there is none. */
    public static int line(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count() : 1;
    }
}
