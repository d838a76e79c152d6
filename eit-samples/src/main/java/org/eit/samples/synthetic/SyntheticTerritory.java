package org.eit.samples.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.model.Vocabulary;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.FlowQuantity;
import org.eit.core.unit.Period;
import org.eit.core.unit.Units;
import org.eit.samples.synthetic.Archetypes.Archetype;
import org.eit.samples.synthetic.Archetypes.FlowProfile;

/**
 * A synthetic territory of any size, from a seed: the same size and seed always give the same actors and flows,
 * byte for byte. For tests and benchmarks, not for studies.
 *
 * <p>Realism where it matters for matching: actors cluster in business parks (a few hundred metres across) and
 * towns (a couple of km), with farms and plants in the countryside around towns; the mix of activities and the
 * flows of each follow {@code archetypes.csv} and {@code archetype-flows.csv} (about 3 flows per actor, quantities
 * log-normal around a median scaled by headcount); sources are half declared, a fifth measured, the rest estimated.
 * The region grows with the number of actors so that density stays that of a rural French territory.
 */
public final class SyntheticTerritory {
    /** The centre of the generated region (central France). */
    static final double CENTRE_LAT = 46.8;
    static final double CENTRE_LON = 2.4;
    private static final double KM_LAT = 1 / 111.2;

    private final int actorCount;
    private final long seed;
    private final List<Archetype> archetypes = Archetypes.load();
    private final double totalWeight;

    public SyntheticTerritory(int actorCount, long seed) {
        if (actorCount < 1) {
            throw new IllegalArgumentException("actorCount must be at least 1, was " + actorCount);
        }
        this.actorCount = actorCount;
        this.seed = seed;
        this.totalWeight = archetypes.stream().mapToDouble(Archetype::weight).sum();
    }

    /** One generated actor or flow, handed to a sink in generation order. */
    public interface Sink {
        void actor(Actor actor) throws IOException;

        void flow(Flow flow) throws IOException;
    }

    /** Draws the territory, handing each actor and its flows to {@code sink} in a fixed order. */
    public void generate(Sink sink) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double sideKm = Math.max(20, Math.sqrt(actorCount) * 1.6);
        int towns = Math.max(3, actorCount / 40);
        int parks = Math.max(2, actorCount / 60);
        double[][] townCentres = centres(random, towns, sideKm);
        double[][] parkCentres = centres(random, parks, sideKm);
        long flowNumber = 0;
        int width = Math.max(5, String.valueOf(actorCount).length());
        for (int i = 1; i <= actorCount; i++) {
            Archetype archetype = draw(random);
            String id = "A" + pad(i, width);
            int employees = archetype.employeesMin() + random.nextInt(archetype.employeesMax()
                    - archetype.employeesMin() + 1);
            double[] place;
            String zone;
            switch (archetype.place()) {
                case "park" -> {
                    int p = skewed(random, parks);
                    place = around(random, parkCentres[p], 0.25);
                    zone = "Business park " + (p + 1);
                }
                case "town" -> {
                    int t = skewed(random, towns);
                    place = around(random, townCentres[t], 1.0);
                    zone = "Town " + (t + 1);
                }
                default -> {
                    int t = skewed(random, towns);
                    place = aroundUniform(random, townCentres[t], 8);
                    zone = "Town " + (t + 1);
                }
            }
            ActorKind kind = Vocabulary.parse(ActorKind.class, archetype.kind()).orElseThrow();
            sink.actor(new Actor(id, archetype.name() + " " + pad(i, width), kind, archetype.activity(), employees,
                    new GeoPoint(round(place[0], 5), round(place[1], 5)), zone));
            double medianEmployees = (archetype.employeesMin() + archetype.employeesMax()) / 2.0;
            double scale = Math.sqrt(employees / medianEmployees);
            for (FlowProfile profile : archetype.flows()) {
                if (random.nextDouble() >= profile.probability()) {
                    continue;
                }
                flowNumber++;
                double quantity = profile.quantity() * (profile.spread() == 0 ? 1
                        : scale * Math.exp(profile.spread() * gaussian(random)));
                Period period = Period.parse(profile.period()).orElse(null);
                boolean count = profile.unit().equals("u");
                double value = count && period == null ? Math.max(1, Math.round(quantity)) : significant(quantity, 3);
                DataSource source = source(random);
                var resource = ResourceTaxonomy.shipped().get(profile.resource());
                sink.flow(new Flow("F" + pad(flowNumber, width + 1), id,
                        profile.direction().equals("offer") ? Direction.OFFER : Direction.DEMAND,
                        profile.resource(), resource.labelEn(), new FlowQuantity(value,
                        Units.require(profile.unit()), period), profile.temperatureC(), null, source, null,
                        resource.hazardous(), null, ""));
            }
        }
    }

    /** The whole territory in memory (for benchmarks and tests). */
    public Territory territory() {
        List<Actor> actors = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        try {
            generate(new Sink() {
                @Override
                public void actor(Actor actor) {
                    actors.add(actor);
                }

                @Override
                public void flow(Flow flow) {
                    flows.add(flow);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Territory(name(), Language.EN, "EUR", Map.of(), actors, flows);
    }

    public String name() {
        return "Synthetic territory (" + actorCount + " actors, seed " + seed + ")";
    }

    /** territory.yaml of the generated workspace. */
    public String settingsYaml() {
        return "# Generated by eit samples generate: invented actors and flows, for tests and benchmarks.\n"
                + "name: " + name() + "\nlanguage: en\ncurrency: EUR\n";
    }

    /** Writes the workspace's CSV files: actors to {@code actors}, flows to {@code flows}. */
    public void writeCsv(Writer actors, Writer flows) throws IOException {
        actors.write("id,name,kind,activity,employees,latitude,longitude,zone\n");
        flows.write("id,actor,direction,resource,description,quantity,unit,period,temperature_c,cost_eur_per_unit,"
                + "source,notes\n");
        generate(new Sink() {
            @Override
            public void actor(Actor a) throws IOException {
                actors.write(String.join(",", a.id(), a.name(), a.kind().id(), a.activity(),
                        String.valueOf(a.employees()), plain(a.location().latitude()),
                        plain(a.location().longitude()), a.zone()));
                actors.write('\n');
            }

            @Override
            public void flow(Flow f) throws IOException {
                flows.write(String.join(",", f.id(), f.actorId(), f.direction().id(), f.resourceId(),
                        f.description(), plain(f.quantity().value()), f.quantity().unit().symbol(),
                        f.quantity().period() == null ? "" : f.quantity().period().symbol(),
                        f.temperatureC() == null ? "" : plain(f.temperatureC()), "", f.source().id(), ""));
                flows.write('\n');
            }
        });
    }

    private Archetype draw(SplittableRandom random) {
        double pick = random.nextDouble() * totalWeight;
        for (Archetype archetype : archetypes) {
            pick -= archetype.weight();
            if (pick < 0) {
                return archetype;
            }
        }
        return archetypes.get(archetypes.size() - 1);
    }

    private static DataSource source(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.5 ? DataSource.DECLARED : r < 0.7 ? DataSource.MEASURED : DataSource.ESTIMATED;
    }

    /** Some places draw more actors than others: the square of a uniform draw favours the first ones. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (u * u * n));
    }

    private static double[][] centres(SplittableRandom random, int n, double sideKm) {
        double[][] centres = new double[n][];
        for (int i = 0; i < n; i++) {
            double north = (random.nextDouble() - 0.5) * sideKm;
            double east = (random.nextDouble() - 0.5) * sideKm;
            centres[i] = offset(new double[] {CENTRE_LAT, CENTRE_LON}, north, east);
        }
        return centres;
    }

    private static double[] around(SplittableRandom random, double[] centre, double sigmaKm) {
        return offset(centre, gaussian(random) * sigmaKm, gaussian(random) * sigmaKm);
    }

    private static double[] aroundUniform(SplittableRandom random, double[] centre, double radiusKm) {
        double r = radiusKm * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        return offset(centre, r * Math.cos(angle), r * Math.sin(angle));
    }

    private static double[] offset(double[] point, double northKm, double eastKm) {
        double lat = Math.max(-85, Math.min(85, point[0] + northKm * KM_LAT));
        double lon = point[1] + eastKm * KM_LAT / Math.cos(Math.toRadians(lat));
        return new double[] {lat, Math.max(-180, Math.min(180, lon))};
    }

    /** A standard normal draw (Box-Muller), from the generator's own random source so that runs repeat. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double significant(double value, int digits) {
        return org.eit.core.internal.text.Numbers.significant(value, digits);
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    /** A number without exponent or trailing zeros, the same on every machine. */
    private static String plain(double value) {
        String text = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static String pad(long n, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
}
