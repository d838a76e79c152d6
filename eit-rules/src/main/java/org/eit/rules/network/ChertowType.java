package org.eit.rules.network;

/** The Chertow exchange type (2 to 5) a network rule gave a finding. */
public record ChertowType(String finding, int type, String rule) {
}
