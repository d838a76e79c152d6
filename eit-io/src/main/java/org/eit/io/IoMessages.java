package org.eit.io;

import org.eit.core.problem.MessageCatalog;

/** eit-io's own texts: problems of workspaces, actors, flows and documents. */
public final class IoMessages {
    /** {@code org/eit/io/Messages.properties} and its French twin. */
    public static final MessageCatalog MESSAGES = MessageCatalog.of(IoMessages.class, "Messages");

    private IoMessages() {
    }
}
