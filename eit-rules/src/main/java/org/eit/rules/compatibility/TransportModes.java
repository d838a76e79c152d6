package org.eit.rules.compatibility;

import java.util.List;

/** The transport modes the territory can use (parameter {@code transport.modes}). */
public record TransportModes(List<String> modes) {
    public TransportModes {
        modes = List.copyOf(modes);
    }
}
