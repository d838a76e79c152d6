package org.eit.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;

/**
 * {@code map.geojson}: the actors and the retained synergies for QGIS and web maps, as RFC 7946 asks: one
 * FeatureCollection, WGS84 positions longitude first, no {@code crs} member. Actors are Points; a substitution is
 * a LineString from the offering actor to the demanding one; a pooling group is a MultiLineString from the members'
 * centre to each member. Actors without a position, and synergies with fewer than two placed actors, are left out.
 */
public final class GeoJsonMap {
    public static final String FILE = "map.geojson";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJsonMap() {
    }

    public static String write(ReportInputs inputs) {
        Naming n = new Naming(inputs);
        ObjectNode root = NODES.objectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        Map<String, Integer> taking = new HashMap<>();
        for (Synergy s : inputs.diagnostic().synergies()) {
            s.actors().stream().distinct().forEach(a -> taking.merge(a, 1, Integer::sum));
        }
        for (Actor actor : inputs.territory().actors().stream()
                .sorted(java.util.Comparator.comparing(Actor::id)).toList()) {
            if (actor.location() == null) {
                continue;
            }
            ObjectNode feature = feature(features, actor.id());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            position(geometry.putArray("coordinates"), actor.location());
            ObjectNode p = feature.putObject("properties");
            p.put("feature", "actor");
            p.put("id", actor.id());
            p.put("name", actor.name());
            p.put("kind", actor.kind().id());
            p.put("kindLabel", n.label("actor-kind.", actor.kind().id()));
            p.put("activity", actor.activity());
            p.put("zone", actor.zone());
            p.put("synergies", taking.getOrDefault(actor.id(), 0));
        }
        for (Synergy s : inputs.diagnostic().synergies()) {
            List<GeoPoint> placed = new ArrayList<>();
            for (String id : s.actors()) {
                Actor a = n.actorOf(id);
                if (a != null && a.location() != null && !placed.contains(a.location())) {
                    placed.add(a.location());
                }
            }
            if (placed.size() < 2) {
                continue;
            }
            ObjectNode feature = feature(features, s.id());
            ObjectNode geometry = feature.putObject("geometry");
            if (s.kind() == SynergyKind.POOLING || placed.size() > 2) {
                geometry.put("type", "MultiLineString");
                GeoPoint centre = centre(placed);
                ArrayNode lines = geometry.putArray("coordinates");
                for (GeoPoint member : placed) {
                    ArrayNode line = lines.addArray();
                    position(line.addArray(), centre);
                    position(line.addArray(), member);
                }
            } else {
                geometry.put("type", "LineString");
                ArrayNode line = geometry.putArray("coordinates");
                position(line.addArray(), placed.get(0));
                position(line.addArray(), placed.get(1));
            }
            ObjectNode p = feature.putObject("properties");
            p.put("feature", "synergy");
            p.put("id", s.id());
            p.put("kind", s.kind().id());
            p.put("kindLabel", n.label("kind.", s.kind().id()));
            p.put("resource", s.resource());
            p.put("resourceLabel", n.resources(s));
            ArrayNode ids = p.putArray("actors");
            s.actors().forEach(ids::add);
            p.put("actorNames", String.join(" | ", n.actors(s.actors())));
            Double quantity = s.allocation() != null && s.allocation().quantity() != null ? s.allocation().quantity()
                    : s.quantity();
            p.put("quantity", quantity);
            p.put("unit", s.unit());
            p.put("distanceKm", s.distanceKm());
            p.put("chertowType", s.chertowType());
            p.put("confidence", s.confidence().id());
            GainFigure net = s.gains().find("net").orElse(null);
            p.put("netGainCentral", net == null ? null : net.central());
            p.put("currency", inputs.territory().currency());
            p.put("explanation", s.explanation().in(n.locale()));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode feature(ArrayNode features, String id) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        feature.put("id", id);
        return feature;
    }

    /** Longitude first (RFC 7946 section 3.1.1), six decimals: 0.1 m, more than any actor's position says. */
    private static void position(ArrayNode array, GeoPoint p) {
        array.add(Math.round(p.longitude() * 1e6) / 1e6);
        array.add(Math.round(p.latitude() * 1e6) / 1e6);
    }

    private static GeoPoint centre(List<GeoPoint> points) {
        double lat = 0;
        double lon = 0;
        for (GeoPoint p : points) {
            lat += p.latitude();
            lon += p.longitude();
        }
        return new GeoPoint(lat / points.size(), lon / points.size());
    }
}
