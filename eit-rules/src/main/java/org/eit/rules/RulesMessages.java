package org.eit.rules;

import org.eit.core.problem.MessageCatalog;

/** eit-rules' own texts: problems of rule files, knowledge tables, parameters and the engine. */
public final class RulesMessages {
    /** {@code org/eit/rules/Messages.properties} and its French twin. */
    public static final MessageCatalog MESSAGES = MessageCatalog.of(RulesMessages.class, "Messages");

    private RulesMessages() {
    }
}
