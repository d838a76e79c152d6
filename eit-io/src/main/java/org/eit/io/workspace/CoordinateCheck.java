package org.eit.io.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.io.IoMessages;

/**
 * Finds actors whose coordinates are probably mistyped: outside the territory's declared {@link Area}, or far from
 * all the other actors, and says what was probably meant when swapping latitude and longitude, flipping a sign,
 * moving the decimal point or inserting a missing digit brings the point among the others.
 *
 * <p>"Far" is robust to the mistakes it looks for: the centre is the median latitude and median longitude, the
 * territory's spread is the median distance of the actors to that centre, and an actor is far when it is more than
 * {@value #SPREADS} spreads and more than {@value #MIN_FAR_KM} km from the centre. The check needs at least
 * {@value #MIN_ACTORS} placed actors. Findings are warnings: an actor may really be far (a regional recycler).
 */
final class CoordinateCheck {
    static final int MIN_ACTORS = 4;
    static final double SPREADS = 10;
    static final double MIN_FAR_KM = 50;
    /** A corrected point is "among the others" within this many spreads of the centre (and at least 10 km). */
    static final double AMONG_SPREADS = 3;
    static final double AMONG_MIN_KM = 10;

    /** An actor's position as written. */
    record Placed(String id, GeoPoint point, String latitudeText, String longitudeText, Location at) {
    }

    /** The territory's declared area: a box or a circle. */
    sealed interface Area permits Box, Circle {
        boolean contains(GeoPoint p);

        GeoPoint centre();

        /** How the area reads in a message: {@code 45.9..46.8 N, 2.7..3.9 E} or {@code 40 km around 46.4, 3.3}. */
        String describe();
    }

    record Box(double south, double west, double north, double east) implements Area {
        @Override
        public boolean contains(GeoPoint p) {
            return p.latitude() >= south && p.latitude() <= north && p.longitude() >= west && p.longitude() <= east;
        }

        @Override
        public GeoPoint centre() {
            return new GeoPoint((south + north) / 2, (west + east) / 2);
        }

        @Override
        public String describe() {
            return "south " + Numbers.plain(south) + ", west " + Numbers.plain(west) + ", north "
                    + Numbers.plain(north) + ", east " + Numbers.plain(east);
        }
    }

    record Circle(GeoPoint centre, double radiusKm) implements Area {
        @Override
        public boolean contains(GeoPoint p) {
            return p.distanceKm(centre) <= radiusKm;
        }

        @Override
        public String describe() {
            return Numbers.plain(radiusKm) + " km around " + Numbers.plain(centre.latitude()) + ", "
                    + Numbers.plain(centre.longitude());
        }
    }

    /** How a correction changed the coordinates, with the message codes that say it. */
    enum Fix {
        SWAPPED("actor.far-away.swapped", "actor.outside-area.swapped"),
        SIGN("actor.far-away.sign", "actor.outside-area.sign"),
        DECIMAL("actor.far-away.decimal", "actor.outside-area.decimal"),
        DIGIT("actor.far-away.digit", "actor.outside-area.digit");

        final String farAway;
        final String outsideArea;

        Fix(String farAway, String outsideArea) {
            this.farAway = farAway;
            this.outsideArea = outsideArea;
        }
    }

    private record Guess(GeoPoint point, Fix fix) {
    }

    private CoordinateCheck() {
    }

    static void check(List<Placed> placed, Area area, Problems problems) {
        List<Placed> rest = new ArrayList<>();
        for (Placed p : placed) {
            if (area != null && !area.contains(p.point())) {
                GeoPoint centre = area.centre();
                Guess guess = guess(p, q -> area.contains(q), centre);
                String distance = km(p.point().distanceKm(centre));
                if (guess == null) {
                    problems.warning(IoMessages.MESSAGES, "actor.outside-area", p.at(), "latitude",
                            p.latitudeText(), area.describe(), distance);
                } else {
                    problems.warning(IoMessages.MESSAGES, guess.fix().outsideArea, p.at(), "latitude",
                            p.latitudeText(), area.describe(), distance, degrees(guess.point().latitude()),
                            degrees(guess.point().longitude()));
                }
            } else {
                rest.add(p);
            }
        }
        if (rest.size() < MIN_ACTORS) {
            return;
        }
        double[] lats = rest.stream().mapToDouble(p -> p.point().latitude()).sorted().toArray();
        double[] lons = rest.stream().mapToDouble(p -> p.point().longitude()).sorted().toArray();
        GeoPoint centre = new GeoPoint(median(lats), median(lons));
        double[] distances = rest.stream().mapToDouble(p -> p.point().distanceKm(centre)).sorted().toArray();
        double spread = median(distances);
        double far = Math.max(SPREADS * spread, MIN_FAR_KM);
        double among = Math.max(AMONG_SPREADS * spread, AMONG_MIN_KM);
        for (Placed p : rest) {
            double d = p.point().distanceKm(centre);
            if (d <= far) {
                continue;
            }
            Guess guess = guess(p, q -> q.distanceKm(centre) <= among, centre);
            if (guess == null) {
                problems.warning(IoMessages.MESSAGES, "actor.far-away", p.at(), "latitude", p.latitudeText(), km(d),
                        km(spread));
            } else {
                problems.warning(IoMessages.MESSAGES, guess.fix().farAway, p.at(), "latitude",
                        p.latitudeText(), km(d), km(spread), degrees(guess.point().latitude()),
                        degrees(guess.point().longitude()));
            }
        }
    }

    /**
     * The likeliest correction of {@code p} that {@code fits}: the first kind of mistake (swap, sign, decimal point,
     * missing digit) that has one, and within it the point nearest to {@code centre}. Null when none fits.
     */
    private static Guess guess(Placed p, java.util.function.Predicate<GeoPoint> fits, GeoPoint centre) {
        double lat = p.point().latitude();
        double lon = p.point().longitude();
        for (Fix fix : Fix.values()) {
            List<double[]> candidates = new ArrayList<>();
            switch (fix) {
                case SWAPPED -> {
                    candidates.add(new double[] {lon, lat});
                    candidates.add(new double[] {-lon, lat});
                    candidates.add(new double[] {lon, -lat});
                    candidates.add(new double[] {-lon, -lat});
                }
                case SIGN -> {
                    candidates.add(new double[] {-lat, lon});
                    candidates.add(new double[] {lat, -lon});
                    candidates.add(new double[] {-lat, -lon});
                }
                case DECIMAL -> {
                    for (double f : new double[] {10, 100, 0.1, 0.01}) {
                        candidates.add(new double[] {lat * f, lon});
                        candidates.add(new double[] {lat, lon * f});
                    }
                }
                case DIGIT -> {
                    for (double v : withOneMoreDigit(p.latitudeText())) {
                        candidates.add(new double[] {v, lon});
                    }
                    for (double v : withOneMoreDigit(p.longitudeText())) {
                        candidates.add(new double[] {lat, v});
                    }
                }
            }
            Guess best = null;
            double bestDistance = Double.MAX_VALUE;
            for (double[] c : candidates) {
                if (!(c[0] >= -90 && c[0] <= 90 && c[1] >= -180 && c[1] <= 180)) {
                    continue;
                }
                GeoPoint q = new GeoPoint(round(c[0]), round(c[1]));
                double d = q.distanceKm(centre);
                if (fits.test(q) && d < bestDistance) {
                    best = new Guess(q, fix);
                    bestDistance = d;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Every number made by inserting one digit into {@code text}. */
    private static List<Double> withOneMoreDigit(String text) {
        List<Double> values = new ArrayList<>();
        if (text == null || text.length() > 16) {
            return values;
        }
        for (int at = 0; at <= text.length(); at++) {
            for (char d = '0'; d <= '9'; d++) {
                String changed = text.substring(0, at) + d + text.substring(at);
                Numbers.Reading r = Numbers.read(changed, text.contains(",") ? Numbers.Mark.COMMA : Numbers.Mark.POINT);
                if (r.usable()) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, km < 10 ? "%.1f" : "%.0f", km);
    }

    private static String degrees(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Reads the number of {@code text} with a point, for the area's settings. */
    static OptionalDouble number(String text) {
        Numbers.Reading r = Numbers.read(text, Numbers.Mark.POINT);
        return r.usable() ? OptionalDouble.of(r.value()) : OptionalDouble.empty();
    }
}
