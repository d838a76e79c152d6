package org.eit.rules;

/**
 * How an engine treats the rule files it is given.
 *
 * @param trustRules true when the user vouches for them: safe loading is off
 */
public record EngineOptions(boolean trustRules) {
}
