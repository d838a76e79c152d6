package org.eit.rules.compatibility;

/** What a demanded resource is used for (feed, biogas, spreading...), as {@code outlets.csv} says. */
public record ResourceOutlet(String resource, String outlet, String source) {
}
