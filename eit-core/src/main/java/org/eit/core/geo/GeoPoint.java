package org.eit.core.geo;

/** A WGS84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {
    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("GeoPoint.latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("GeoPoint.longitude must be between -180 and 180, was " + longitude);
        }
    }

    /** Great-circle distance in km (haversine formula, spherical Earth: within 0.5 % of the ellipsoid). */
    public double distanceKm(GeoPoint other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
