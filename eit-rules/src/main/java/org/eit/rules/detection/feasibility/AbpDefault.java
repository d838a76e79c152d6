package org.eit.rules.detection.feasibility;

/**
 * A row of {@code abp-categories.csv}: the category animal by-products of {@code resource} (or below it) fall in
 * when a flow does not give its own ({@code abp_category}), and the article that says so.
 */
public record AbpDefault(String resource, int category, String source) {
}
