package org.eit.core.internal.geo;

import org.eit.core.geo.GeoPoint;

/**
 * Buckets positions into square-ish cells of at least {@code cellKm} on each side, so that matching can join on a
 * cell key (an equality the rule engine indexes) before it computes any distance.
 *
 * <p>Two points closer than {@code cellKm} always lie in the same cell or in neighbouring ones: probing the 3×3
 * {@link #neighbourhood} of a point finds every partner within {@code cellKm}. Cells are equal-angle; their width
 * in longitude is set for the highest latitude the grid serves ({@code maxAbsLatitude}), where meridians are
 * closest, so cells are never narrower than {@code cellKm}.
 *
 * <p>Keys carry the grid's {@code level} in their top bits, so keys of grids of different sizes never collide.
 */
public final class SpatialGrid {
    private static final double KM_PER_DEGREE_LATITUDE = Math.PI * GeoPoint.EARTH_RADIUS_KM / 180.0;
    private static final int OFFSET = 1 << 27;
    private static final long MASK = (1L << 28) - 1;

    private final int level;
    private final double cellKm;
    private final double latStep;
    private final double lonStep;

    public SpatialGrid(int level, double cellKm, double maxAbsLatitude) {
        if (level < 0 || level > 127) {
            throw new IllegalArgumentException("SpatialGrid.level must be between 0 and 127, was " + level);
        }
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("SpatialGrid.cellKm must be positive, was " + cellKm);
        }
        if (!(maxAbsLatitude >= 0 && maxAbsLatitude < 89)) {
            throw new IllegalArgumentException("SpatialGrid.maxAbsLatitude must be in [0, 89), was "
                    + maxAbsLatitude);
        }
        this.level = level;
        this.cellKm = cellKm;
        this.latStep = cellKm / KM_PER_DEGREE_LATITUDE;
        this.lonStep = Math.min(360, latStep / Math.cos(Math.toRadians(maxAbsLatitude)));
    }

    public int level() {
        return level;
    }

    public double cellKm() {
        return cellKm;
    }

    /** The key of the cell holding {@code point}. */
    public long cellOf(GeoPoint point) {
        return key(row(point), column(point));
    }

    /** The keys of the cell holding {@code point} and of its eight neighbours, in a fixed order. */
    public long[] neighbourhood(GeoPoint point) {
        long row = row(point);
        long column = column(point);
        long[] keys = new long[9];
        int i = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                keys[i++] = key(row + dr, column + dc);
            }
        }
        return keys;
    }

    private long row(GeoPoint point) {
        return (long) Math.floor((point.latitude() + 90) / latStep);
    }

    private long column(GeoPoint point) {
        return (long) Math.floor((point.longitude() + 180) / lonStep);
    }

    private long key(long row, long column) {
        return ((long) level << 56) | (((row + OFFSET) & MASK) << 28) | ((column + OFFSET) & MASK);
    }
}
