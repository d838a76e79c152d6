package org.eit.rules.detection.feasibility;

/**
 * A row of {@code animal-by-products.csv}: what animal by-products of a category (Regulation (EC) No 1069/2009,
 * articles 8 to 14) may become, by use ({@code outlets.csv}: feed, biogas, spreading...).
 */
public record AbpUse(int category, String outlet, Permission permission) {
}
