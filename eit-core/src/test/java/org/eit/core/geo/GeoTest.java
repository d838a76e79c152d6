package org.eit.core.geo;

import java.util.Arrays;
import java.util.Random;
import org.eit.core.internal.geo.SpatialGrid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoTest {

    @Test
    void greatCircleDistanceMatchesKnownCities() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint lyon = new GeoPoint(45.7640, 4.8357);
        assertThat(paris.distanceKm(lyon)).isCloseTo(392, within(2.0));
        assertThat(paris.distanceKm(paris)).isZero();
        assertThat(lyon.distanceKm(paris)).isEqualTo(paris.distanceKm(lyon));
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        assertThatThrownBy(() -> new GeoPoint(95, 2)).hasMessageContaining("GeoPoint.latitude");
        assertThatThrownBy(() -> new GeoPoint(45, 200)).hasMessageContaining("GeoPoint.longitude");
    }

    @Test
    void pointsWithinTheCellSizeAreAlwaysInEachOthersNeighbourhood() {
        Random random = new Random(42);
        for (double cellKm : new double[] {1, 5, 25, 100}) {
            SpatialGrid grid = new SpatialGrid(3, cellKm, 52);
            for (int i = 0; i < 20_000; i++) {
                GeoPoint a = new GeoPoint(42 + random.nextDouble() * 9, -4 + random.nextDouble() * 12);
                double bearing = random.nextDouble() * 2 * Math.PI;
                double km = random.nextDouble() * cellKm;
                GeoPoint b = new GeoPoint(a.latitude() + km * Math.cos(bearing) / 111.2,
                        a.longitude() + km * Math.sin(bearing) / (111.2 * Math.cos(Math.toRadians(a.latitude()))));
                if (a.distanceKm(b) <= cellKm) {
                    long cellOfB = grid.cellOf(b);
                    assertThat(Arrays.stream(grid.neighbourhood(a)).anyMatch(k -> k == cellOfB))
                            .as("%s and %s are %.3f km apart, cell %s km", a, b, a.distanceKm(b), cellKm)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void gridsOfDifferentLevelsNeverShareKeys() {
        GeoPoint p = new GeoPoint(46.5, 3.2);
        assertThat(new SpatialGrid(1, 10, 50).cellOf(p)).isNotEqualTo(new SpatialGrid(2, 10, 50).cellOf(p));
    }
}
