package org.eit.rules.network;

import org.eit.core.api.SynergyKind;
import org.eit.core.model.ActorKind;

/** One actor taking part in one synergy between different actors. */
public record Participation(String finding, SynergyKind kind, String actor, ActorKind actorKind) {
}
