package org.eit.core.problem;

/** eit-core's own texts: problems of CSV files, numbers, units, waste codes and the taxonomy. */
public final class CoreMessages {
    /** {@code org/eit/core/problem/Messages.properties} and its French twin. */
    public static final MessageCatalog MESSAGES = MessageCatalog.of(CoreMessages.class, "Messages");

    private CoreMessages() {
    }
}
