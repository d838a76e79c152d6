package org.eit.core.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eit.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class Lambert93Test {

    /**
     * The test values IGN gives for ALG0004 in NTG 71 (a Lambert projection on the Clarke 1880 ellipsoid, Paris
     * meridian): X = 1 029 705.083 m, Y = 272 723.849 m give λ = 0.145512099 rad, φ = 0.872664626 rad.
     */
    @Test
    void inverseProjectionGivesIgnsTestValues() {
        Lambert93.Projection ign = new Lambert93.Projection(0.0824832568, 0.760405966, 11603796.9767,
                0.04079234433, 600000.0, 5657616.674);
        double[] lonLat = ign.inverse(1029705.083, 272723.849);
        assertThat(lonLat[0]).isCloseTo(0.145512099, within(1e-9));
        assertThat(lonLat[1]).isCloseTo(0.872664626, within(1e-9));
    }

    /** IGN's test values for ALG0001: φ = 0.872664626 rad, e = 0.08199188998 gives L = 1.00552653649. */
    @Test
    void isometricLatitudeGivesIgnsTestValue() {
        assertThat(Lambert93.isometricLatitude(0.872664626, 0.08199188998)).isCloseTo(1.00552653649,
                within(1e-10));
        assertThat(Lambert93.latitudeFromIsometric(1.00552653649, 0.08199188998)).isCloseTo(0.872664626,
                within(1e-10));
    }

    @Test
    void theOriginOfLambert93IsItsFalseEastingAndNorthing() {
        double[] xy = Lambert93.fromWgs84(46.5, 3.0);
        assertThat(xy[0]).isCloseTo(700000, within(1e-6));
        assertThat(xy[1]).isCloseTo(6600000, within(1e-6));
        GeoPoint origin = Lambert93.toWgs84(700000, 6600000).orElseThrow();
        assertThat(origin.latitude()).isCloseTo(46.5, within(1e-9));
        assertThat(origin.longitude()).isCloseTo(3.0, within(1e-9));
    }

    /**
     * The scale is true on the standard parallels: along 44° N and 49° N a degree of longitude measures on the map
     * what it measures on the ellipsoid (N cos φ × 1° in radians).
     */
    @Test
    void scaleIsTrueOnTheStandardParallels() {
        Lambert93.Projection p = Lambert93.LAMBERT_93;
        for (double phi : new double[] {44, 49}) {
            double[] xy = Lambert93.fromWgs84(phi, 3.0);
            double mapRadius = Math.hypot(xy[0] - p.xs(), xy[1] - p.ys());
            double mapArc = mapRadius * p.n() * Math.toRadians(1);
            double rad = Math.toRadians(phi);
            double parallelRadius = Lambert93.A * Math.cos(rad)
                    / Math.sqrt(1 - Lambert93.E * Lambert93.E * Math.sin(rad) * Math.sin(rad));
            assertThat(mapArc).isCloseTo(parallelRadius * Math.toRadians(1), within(1e-3));
        }
        // and 0.9990510 (the scale factor at the origin, -0.95 m per km) midway on 46.5° N
        double[] xy = Lambert93.fromWgs84(46.5, 3.0);
        double rad = Math.toRadians(46.5);
        double parallelRadius = Lambert93.A * Math.cos(rad)
                / Math.sqrt(1 - Lambert93.E * Lambert93.E * Math.sin(rad) * Math.sin(rad));
        double scale = Math.hypot(xy[0] - p.xs(), xy[1] - p.ys()) * p.n() / parallelRadius;
        assertThat(scale).isCloseTo(0.9990510, within(2e-7));
    }

    @Test
    void pointsOfFranceGoThereAndBack() {
        double[][] places = {{48.8566, 2.3522}, {43.2965, 5.3698}, {42.6887, 9.4500}, {50.9513, 1.8587},
            {48.5734, 7.7521}, {43.4832, -1.5586}, {46.3402, 2.6023}};
        for (double[] p : places) {
            double[] xy = Lambert93.fromWgs84(p[0], p[1]);
            GeoPoint back = Lambert93.toWgs84(xy[0], xy[1]).orElseThrow();
            assertThat(back.latitude()).isCloseTo(p[0], within(1e-9));
            assertThat(back.longitude()).isCloseTo(p[1], within(1e-9));
        }
    }

    @Test
    void coordinatesOutsideMetropolitanFranceAreNotLambert93() {
        assertThat(Lambert93.toWgs84(0, 0)).isEmpty();
        assertThat(Lambert93.toWgs84(46.5, 3.2)).isEmpty();
        assertThat(Lambert93.toWgs84(338_000, 1_790_000)).isEmpty();
        assertThat(Lambert93.toWgs84(Double.NaN, 6_600_000)).isEmpty();
    }
}
