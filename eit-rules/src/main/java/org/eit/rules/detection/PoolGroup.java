package org.eit.rules.detection;

/** One candidate pooling per theme and proximity group; the pooling rule counts its members. */
public record PoolGroup(String theme, String group) {
}
