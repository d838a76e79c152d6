package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** map.geojson holds to RFC 7946's structure, checked member by member. */
class GeoJsonMapTest {
    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "MultiLineString");

    /** Checks one GeoJSON text against RFC 7946 sections 3 and 4, for the geometry types eit writes. */
    static void assertRfc7946(String text) throws Exception {
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.has("crs")).as("no crs member (RFC 7946 section 4)").isFalse();
        assertThat(root.get("features").isArray()).isTrue();
        for (JsonNode feature : root.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.has("properties")).isTrue();
            assertThat(feature.get("properties").isObject()).isTrue();
            assertThat(feature.get("id").isTextual() || feature.get("id").isNumber()).isTrue();
            JsonNode geometry = feature.get("geometry");
            String type = geometry.get("type").asText();
            assertThat(type).isIn(GEOMETRIES);
            JsonNode c = geometry.get("coordinates");
            switch (type) {
                case "Point" -> position(c);
                case "LineString" -> line(c);
                default -> {
                    assertThat(c.size()).isPositive();
                    c.forEach(GeoJsonMapTest::line);
                }
            }
        }
    }

    private static void line(JsonNode line) {
        assertThat(line.isArray()).isTrue();
        assertThat(line.size()).as("a LineString has two or more positions").isGreaterThanOrEqualTo(2);
        line.forEach(GeoJsonMapTest::position);
    }

    /** Longitude then latitude, WGS84 decimal degrees (section 3.1.1), no third value here. */
    private static void position(JsonNode p) {
        assertThat(p.isArray()).isTrue();
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.get(0).isNumber() && p.get(1).isNumber()).isTrue();
        assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
    }

    @Test
    void actorsArePointsLongitudeFirstAndSynergiesAreLines() throws Exception {
        String text = GeoJsonMap.write(ReportFixtures.inputs(Locale.FRENCH));
        assertRfc7946(text);
        JsonNode root = new ObjectMapper().readTree(text);
        JsonNode sawmill = null;
        JsonNode substitution = null;
        JsonNode pooling = null;
        for (JsonNode f : root.get("features")) {
            switch (f.get("id").asText()) {
                case "31234567800011" -> sawmill = f;
                case "S-0001" -> substitution = f;
                case "P-0002" -> pooling = f;
                default -> { }
            }
        }
        assertThat(sawmill.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(3.2034);
        assertThat(sawmill.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(46.5012);
        assertThat(sawmill.get("properties").get("name").asText()).isEqualTo(ReportFixtures.SAWMILL);
        assertThat(substitution.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(substitution.get("properties").get("resourceLabel").asText()).isEqualTo("Sciure de bois → Plaquettes forestières");
        assertThat(pooling.get("geometry").get("type").asText()).isEqualTo("MultiLineString");
        assertThat(pooling.get("geometry").get("coordinates").size()).isEqualTo(2);
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        assertThat(fields.next().getKey()).isEqualTo("type");
    }

    @Test
    void theCheckRefusesLatitudeFirst() {
        String swapped = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[3.2,146.5]}}]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertRfc7946(swapped)).isInstanceOf(AssertionError.class);
    }
}
