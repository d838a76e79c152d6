package org.eit.rules.indicators;

import org.eit.core.api.Indicator;

/**
 * An indicator a rule computed, with the package of that rule: a territory's or a plugin's rule replaces a shipped
 * one of the same id, a shipped rule replaces what the engine computed.
 *
 * @param indicator the indicator
 * @param shipped   the rule is one of eit's own ({@code org.eit.rules...})
 */
public record RuleIndicator(Indicator indicator, boolean shipped) {
}
