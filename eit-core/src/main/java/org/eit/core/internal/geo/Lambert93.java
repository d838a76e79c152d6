package org.eit.core.internal.geo;

import java.util.Optional;
import org.eit.core.geo.GeoPoint;

/**
 * Lambert-93 (EPSG:2154), the official projection of metropolitan France on RGF93, to and from WGS84 latitude and
 * longitude, written from IGN's specification of the Lambert conformal conic projection: IGN, Notes techniques NTG
 * 71, "Projection cartographique conique conforme de Lambert, algorithmes" (algorithms ALG0001 isometric latitude,
 * ALG0002 latitude from isometric latitude, ALG0003 direct projection, ALG0004 inverse projection, ALG0054 constants
 * of a secant projection). Lambert-93 is the secant cone on the GRS80 ellipsoid (a = 6 378 137 m,
 * f = 1/298.257222101) with standard parallels 44° N and 49° N, origin 46.5° N, 3° E, false easting 700 000 m and
 * false northing 6 600 000 m.
 *
 * <p>RGF93 and WGS84 coincide to within a metre, far below what an establishment's position needs; no datum shift
 * is applied. Stateless and thread-safe.
 */
public final class Lambert93 {
    /** GRS80 semi-major axis (m). */
    static final double A = 6_378_137.0;
    /** GRS80 flattening. */
    static final double F = 1 / 298.257222101;
    /** GRS80 first eccentricity. */
    static final double E = Math.sqrt(F * (2 - F));
    static final double LAMBDA_C = Math.toRadians(3);
    static final Projection LAMBERT_93 = Projection.secant(E, A, Math.toRadians(44), Math.toRadians(49),
            Math.toRadians(46.5), LAMBDA_C, 700_000, 6_600_000);
    /** Where metropolitan France (with Corsica and a margin) lies in Lambert-93, in metres. */
    private static final double MIN_X = 0;
    private static final double MAX_X = 1_300_000;
    private static final double MIN_Y = 6_000_000;
    private static final double MAX_Y = 7_200_000;

    private Lambert93() {
    }

    /**
     * The WGS84 point of Lambert-93 easting {@code x} and northing {@code y} (m); empty when the coordinates lie
     * outside metropolitan France, so cannot be Lambert-93 (another projection, a typing mistake, a masked value).
     */
    public static Optional<GeoPoint> toWgs84(double x, double y) {
        if (!(x >= MIN_X && x <= MAX_X && y >= MIN_Y && y <= MAX_Y)) {
            return Optional.empty();
        }
        double[] lonLat = LAMBERT_93.inverse(x, y);
        return Optional.of(new GeoPoint(Math.toDegrees(lonLat[1]), Math.toDegrees(lonLat[0])));
    }

    /** Lambert-93 {x, y} in metres of a WGS84 point. */
    public static double[] fromWgs84(double latitude, double longitude) {
        return LAMBERT_93.forward(Math.toRadians(longitude), Math.toRadians(latitude));
    }

    /**
     * A Lambert conformal conic projection by its constants, as NTG 71 names them: {@code e} the eccentricity,
     * {@code n} the exponent, {@code c} the projection constant, {@code lambdaC} the central meridian (radians),
     * {@code xs}, {@code ys} the coordinates of the pole.
     */
    record Projection(double e, double n, double c, double lambdaC, double xs, double ys) {

        /** ALG0054: the constants of a secant projection from its two standard parallels and its origin. */
        static Projection secant(double e, double a, double phi1, double phi2, double phi0, double lambda0,
                                 double x0, double y0) {
            double n1 = a / Math.sqrt(1 - e * e * Math.sin(phi1) * Math.sin(phi1));
            double n2 = a / Math.sqrt(1 - e * e * Math.sin(phi2) * Math.sin(phi2));
            double l1 = isometricLatitude(phi1, e);
            double l2 = isometricLatitude(phi2, e);
            double n = Math.log((n2 * Math.cos(phi2)) / (n1 * Math.cos(phi1))) / (l1 - l2);
            double c = n1 * Math.cos(phi1) / n * Math.exp(n * l1);
            double ys = y0 + c * Math.exp(-n * isometricLatitude(phi0, e));
            return new Projection(e, n, c, lambda0, x0, ys);
        }

        /** ALG0003: {x, y} of longitude {@code lambda} and latitude {@code phi} (radians). */
        double[] forward(double lambda, double phi) {
            double l = isometricLatitude(phi, e);
            double r = c * Math.exp(-n * l);
            double gamma = n * (lambda - lambdaC);
            return new double[] {xs + r * Math.sin(gamma), ys - r * Math.cos(gamma)};
        }

        /** ALG0004: {longitude, latitude} in radians of {@code x}, {@code y}. */
        double[] inverse(double x, double y) {
            double dx = x - xs;
            double dy = y - ys;
            double r = Math.sqrt(dx * dx + dy * dy);
            double gamma = Math.atan(dx / -dy);
            double lambda = lambdaC + gamma / n;
            double l = -1 / n * Math.log(Math.abs(r / c));
            return new double[] {lambda, latitudeFromIsometric(l, e)};
        }
    }

    /** ALG0001: the isometric latitude of {@code phi} on an ellipsoid of eccentricity {@code e}. */
    static double isometricLatitude(double phi, double e) {
        double s = e * Math.sin(phi);
        return Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - s) / (1 + s), e / 2));
    }

    /** ALG0002: the latitude of isometric latitude {@code l}, iterated to 1e-12 radian (about 6 µm). */
    static double latitudeFromIsometric(double l, double e) {
        double expL = Math.exp(l);
        double phi = 2 * Math.atan(expL) - Math.PI / 2;
        for (int i = 0; i < 100; i++) {
            double s = e * Math.sin(phi);
            double next = 2 * Math.atan(Math.pow((1 + s) / (1 - s), e / 2) * expL) - Math.PI / 2;
            if (Math.abs(next - phi) < 1e-12) {
                return next;
            }
            phi = next;
        }
        return phi;
    }
}
