package org.eit.rules.engine;

import java.util.List;

/** The rule packs that ship with eit, in {@code org/eit/rules/packs/}. */
public final class ShippedPacks {
    private ShippedPacks() {
    }

    public static List<RulePack> all() {
        return List.of(
                RulePack.fromClasspath("substitution", ShippedPacks.class, "/org/eit/rules/packs/substitution.drl"),
                RulePack.fromClasspath("pooling", ShippedPacks.class, "/org/eit/rules/packs/pooling.drl"),
                RulePack.fromClasspath("network", ShippedPacks.class, "/org/eit/rules/packs/network.drl"));
    }
}
