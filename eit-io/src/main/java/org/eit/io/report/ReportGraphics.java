package org.eit.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.geo.Lambert93;
import org.eit.core.model.Actor;

/**
 * The two drawings of the HTML report, computed here so that the template only places elements: the map of actors
 * and synergy links on projected coordinates (Lambert-93 in metropolitan France, else a local equirectangular
 * projection; no tiles), and the synergy network on a circle, actors grouped by zone. Both are deterministic: the
 * same diagnostic gives the same drawing, so two reports compare byte for byte.
 */
final class ReportGraphics {
    static final double MAP_WIDTH = 1100;
    private static final double MARGIN = 36;
    /** Average width of a character of the 11 px labels, to keep labels from overlapping. */
    private static final double CHAR_WIDTH = 6.1;
    private static final int MAP_LABELS = 18;
    private static final int NAME_CHARS = 28;

    private ReportGraphics() {
    }

    /** A label box already placed. */
    private record Box(double x1, double y1, double x2, double y2) {
        boolean overlaps(Box o) {
            return x1 < o.x2 && o.x1 < x2 && y1 < o.y2 && o.y1 < y2;
        }
    }

    static String shorten(String name, int chars) {
        return name.length() <= chars ? name : name.substring(0, chars - 1).stripTrailing() + "…";
    }

    private static Map<String, Integer> synergyCounts(List<Synergy> synergies) {
        Map<String, Integer> counts = new HashMap<>();
        for (Synergy s : synergies) {
            s.actors().stream().distinct().forEach(a -> counts.merge(a, 1, Integer::sum));
        }
        return counts;
    }

    /** The map, or null when no actor has a position. */
    static Map<String, Object> map(ReportInputs inputs, Naming n) {
        // By id, so that the drawing does not depend on the order of the rows of actors.csv.
        List<Actor> placed = inputs.territory().actors().stream().filter(a -> a.location() != null)
                .sorted(Comparator.comparing(Actor::id)).toList();
        if (placed.isEmpty()) {
            return null;
        }
        boolean france = placed.stream().allMatch(a -> a.location().latitude() > 41 && a.location().latitude() < 51.5
                && a.location().longitude() > -5.5 && a.location().longitude() < 10);
        double lat0 = placed.stream().mapToDouble(a -> a.location().latitude()).average().orElse(0);
        Map<String, double[]> xy = new LinkedHashMap<>();
        for (Actor a : placed) {
            GeoPoint p = a.location();
            // Metres east and north.
            xy.put(a.id(), france ? Lambert93.fromWgs84(p.latitude(), p.longitude())
                    : new double[] {p.longitude() * Math.cos(Math.toRadians(lat0)) * 111_320, p.latitude() * 110_574});
        }
        double minX = xy.values().stream().mapToDouble(v -> v[0]).min().orElse(0);
        double maxX = xy.values().stream().mapToDouble(v -> v[0]).max().orElse(0);
        double minY = xy.values().stream().mapToDouble(v -> v[1]).min().orElse(0);
        double maxY = xy.values().stream().mapToDouble(v -> v[1]).max().orElse(0);
        double spanX = Math.max(maxX - minX, 1000);
        double spanY = Math.max(maxY - minY, 1000);
        double inner = MAP_WIDTH - 2 * MARGIN;
        double scale = Math.min(inner / spanX, 640 / spanY);
        double height = Math.max(spanY * scale + 2 * MARGIN + 30, 320);
        double offsetX = MARGIN + (inner - spanX * scale) / 2;
        Map<String, double[]> screen = new LinkedHashMap<>();
        xy.forEach((id, v) -> screen.put(id, new double[] {offsetX + (v[0] - minX) * scale,
            MARGIN + (maxY - v[1]) * scale}));

        // The synergies the report details: a region's thousands of lines would hide the picture.
        List<Synergy> retained = ReportModel.shown(inputs.diagnostic().synergies());
        Map<String, Integer> counts = synergyCounts(retained);
        List<Map<String, Object>> pooling = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Synergy s : retained) {
            List<double[]> points = s.actors().stream().distinct().map(screen::get)
                    .filter(java.util.Objects::nonNull).toList();
            if (points.size() < 2) {
                continue;
            }
            String title = s.id() + " · " + n.resources(s) + " · " + String.join(", ", n.actors(s.actors()));
            if (s.kind() == SynergyKind.POOLING || points.size() > 2) {
                double cx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
                double cy = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
                List<Map<String, Object>> spokes = new ArrayList<>();
                for (double[] p : points) {
                    spokes.add(line(cx, cy, p[0], p[1]));
                }
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("title", title);
                group.put("spokes", spokes);
                group.put("x", Figures.svg(cx));
                group.put("y", Figures.svg(cy));
                pooling.add(group);
            } else {
                Map<String, Object> link = line(points.get(0)[0], points.get(0)[1], points.get(1)[0],
                        points.get(1)[1]);
                link.put("title", title);
                links.add(link);
            }
        }

        List<Box> boxes = new ArrayList<>();
        // Zone names first, at the centre of their actors: they say where things are.
        Map<String, List<double[]>> zones = new TreeMap<>();
        for (Actor a : placed) {
            if (a.zone() != null) {
                zones.computeIfAbsent(a.zone(), z -> new ArrayList<>()).add(screen.get(a.id()));
            }
        }
        List<Map<String, Object>> zoneLabels = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> zone : zones.entrySet()) {
            double cx = zone.getValue().stream().mapToDouble(p -> p[0]).average().orElse(0);
            double cy = zone.getValue().stream().mapToDouble(p -> p[1]).max().orElse(0) + 16;
            String label = shorten(zone.getKey(), 34);
            double w = label.length() * CHAR_WIDTH * 1.05;
            Box box = new Box(cx - w / 2, cy - 11, cx + w / 2, cy + 3);
            if (box.x1 < 2 || box.x2 > MAP_WIDTH - 2 || boxes.stream().anyMatch(box::overlaps)) {
                box = new Box(cx - w / 2, cy - 38, cx + w / 2, cy - 24);
                cy -= 27;
                if (box.x1 < 2 || box.x2 > MAP_WIDTH - 2 || boxes.stream().anyMatch(box::overlaps)) {
                    continue;
                }
            }
            boxes.add(box);
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("label", label);
            z.put("x", Figures.svg(cx));
            z.put("y", Figures.svg(cy));
            zoneLabels.add(z);
        }

        List<Map<String, Object>> actors = new ArrayList<>();
        for (Actor a : placed) {
            double[] p = screen.get(a.id());
            int count = counts.getOrDefault(a.id(), 0);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("x", Figures.svg(p[0]));
            node.put("y", Figures.svg(p[1]));
            node.put("r", Figures.svg(count == 0 ? 2.5 : 3.5 + Math.sqrt(count) * 1.4));
            node.put("kind", a.kind().id());
            node.put("idle", count == 0);
            node.put("title", a.name() + " · " + n.label("actor-kind.", a.kind().id())
                    + (a.zone() == null ? "" : " · " + a.zone()) + " · "
                    + n.text("report.map-synergy-count", count));
            actors.add(node);
        }
        // Labels keep off the dots too, so that no actor hides under a name.
        for (Actor a : placed) {
            double[] p = screen.get(a.id());
            double r = counts.getOrDefault(a.id(), 0) == 0 ? 2.5 : 3.5 + Math.sqrt(counts.get(a.id())) * 1.4;
            boxes.add(new Box(p[0] - r, p[1] - r, p[0] + r, p[1] + r));
        }
        // Then the names of the actors in most synergies, where they fit without covering another label.
        List<Map<String, Object>> labels = new ArrayList<>();
        List<Actor> ranked = new ArrayList<>(placed.stream().filter(a -> counts.getOrDefault(a.id(), 0) > 0)
                .toList());
        ranked.sort(Comparator.comparing((Actor a) -> -counts.getOrDefault(a.id(), 0)).thenComparing(Actor::name)
                .thenComparing(Actor::id));
        for (Actor a : ranked) {
            if (labels.size() >= MAP_LABELS) {
                break;
            }
            double[] p = screen.get(a.id());
            String label = shorten(a.name(), 26);
            double w = label.length() * CHAR_WIDTH;
            double[][] candidates = {{p[0] + 8, p[1] + 4, 0}, {p[0] - 8 - w, p[1] + 4, 1}, {p[0] - w / 2, p[1] - 9, 2},
                {p[0] - w / 2, p[1] + 17, 3}};
            for (double[] c : candidates) {
                Box box = new Box(c[0] - 1, c[1] - 10, c[0] + w + 1, c[1] + 3);
                if (box.x1 < 2 || box.x2 > MAP_WIDTH - 2 || box.y1 < 2 || box.y2 > height - 34
                        || boxes.stream().anyMatch(box::overlaps)) {
                    continue;
                }
                boxes.add(box);
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("label", label);
                l.put("x", Figures.svg(c[0]));
                l.put("y", Figures.svg(c[1]));
                labels.add(l);
                break;
            }
        }

        // A scale bar of a round length near a sixth of the width.
        double target = (MAP_WIDTH / 6) / scale;
        double km = 1;
        for (double step : new double[] {0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            if (step * 1000 <= target) {
                km = step;
            }
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("width", Figures.svg(MAP_WIDTH));
        map.put("height", Figures.svg(height));
        map.put("projection", n.text(france ? "report.map-lambert93" : "report.map-equirectangular"));
        map.put("pooling", pooling);
        map.put("links", links);
        map.put("actors", actors);
        map.put("labels", labels);
        map.put("zones", zoneLabels);
        map.put("scaleX", Figures.svg(MARGIN));
        map.put("scaleY", Figures.svg(height - 14));
        map.put("scaleWidth", Figures.svg(km * 1000 * scale));
        map.put("scaleLabel", Figures.km(n.locale(), km));
        map.put("kinds", placed.stream().map(a -> a.kind()).distinct().sorted().map(k -> k.id()).toList());
        map.put("unplaced", inputs.territory().actors().size() - placed.size());
        return map;
    }

    private static Map<String, Object> line(double x1, double y1, double x2, double y2) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("x1", Figures.svg(x1));
        line.put("y1", Figures.svg(y1));
        line.put("x2", Figures.svg(x2));
        line.put("y2", Figures.svg(y2));
        return line;
    }

    /** The synergy network on a circle, actors grouped by zone; null when there is no retained synergy. */
    static Map<String, Object> network(ReportInputs inputs, Naming n) {
        // The synergies the report details: a region's thousands of lines would hide the picture.
        List<Synergy> retained = ReportModel.shown(inputs.diagnostic().synergies());
        Map<String, Integer> counts = synergyCounts(retained);
        if (counts.isEmpty()) {
            return null;
        }
        String none = n.text("report.no-zone");
        List<Actor> actors = new ArrayList<>();
        for (Actor a : inputs.territory().actors()) {
            if (counts.containsKey(a.id())) {
                actors.add(a);
            }
        }
        actors.sort(Comparator.comparing((Actor a) -> a.zone() == null ? "\uffff" : a.zone())
                .thenComparing(Actor::name).thenComparing(Actor::id));
        // One empty slot between zones, so that each zone reads as one arc.
        List<Object> slots = new ArrayList<>();
        String zone = null;
        for (Actor a : actors) {
            String z = a.zone() == null ? none : a.zone();
            if (zone != null && !zone.equals(z)) {
                slots.add(null);
            }
            zone = z;
            slots.add(a);
        }
        if (slots.size() > 1 && zone != null) {
            slots.add(null);
        }
        int size = slots.size();
        double radius = Math.max(150, size * 13.0 / (2 * Math.PI));
        // 10 px labels average 6.2 px a character in DejaVu Sans; the rest is the gap to the circle.
        double labelRoom = NAME_CHARS * 6.3 + 18;
        double half = radius + labelRoom;
        double width = 2 * half;
        Map<String, double[]> at = new HashMap<>();
        Map<String, Double> angles = new HashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, List<Double>> zoneAngles = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (!(slots.get(i) instanceof Actor a)) {
                continue;
            }
            double angle = 2 * Math.PI * i / size - Math.PI / 2;
            double x = half + radius * Math.cos(angle);
            double y = half + radius * Math.sin(angle);
            at.put(a.id(), new double[] {x, y});
            angles.put(a.id(), angle);
            zoneAngles.computeIfAbsent(a.zone() == null ? none : a.zone(), z -> new ArrayList<>()).add(angle);
            double degrees = Math.toDegrees(angle);
            boolean left = Math.cos(angle) < 0;
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("x", Figures.svg(x));
            node.put("y", Figures.svg(y));
            node.put("r", Figures.svg(3 + Math.sqrt(counts.get(a.id()))));
            node.put("kind", a.kind().id());
            node.put("label", shorten(a.name(), NAME_CHARS));
            node.put("title", a.name() + (a.zone() == null ? "" : " · " + a.zone()) + " · "
                    + n.text("report.map-synergy-count", counts.get(a.id())));
            double lx = half + (radius + 8) * Math.cos(angle);
            double ly = half + (radius + 8) * Math.sin(angle);
            node.put("lx", Figures.svg(lx));
            node.put("ly", Figures.svg(ly));
            // Labels read from the circle outwards, never upside down.
            node.put("rotate", Figures.svg(left ? degrees + 180 : degrees));
            node.put("anchor", left ? "end" : "start");
            nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        List<Map<String, Object>> hubs = new ArrayList<>();
        for (Synergy s : retained) {
            List<double[]> points = s.actors().stream().distinct().map(at::get).filter(java.util.Objects::nonNull)
                    .toList();
            if (points.size() < 2) {
                continue;
            }
            String title = s.id() + " · " + n.resources(s) + " · " + String.join(", ", n.actors(s.actors()));
            if (s.kind() == SynergyKind.POOLING || points.size() > 2) {
                double cx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
                double cy = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
                // Hubs pulled towards the centre, so that a group of neighbours does not sit on its own arc.
                cx = half + (cx - half) * 0.55;
                cy = half + (cy - half) * 0.55;
                List<Map<String, Object>> spokes = new ArrayList<>();
                for (double[] p : points) {
                    spokes.add(line(cx, cy, p[0], p[1]));
                }
                Map<String, Object> hub = new LinkedHashMap<>();
                hub.put("x", Figures.svg(cx));
                hub.put("y", Figures.svg(cy));
                hub.put("spokes", spokes);
                hub.put("title", title);
                hubs.add(hub);
            } else {
                double[] a = points.get(0);
                double[] b = points.get(1);
                double mx = (a[0] + b[0]) / 2;
                double my = (a[1] + b[1]) / 2;
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("d", "M" + Figures.svg(a[0]) + " " + Figures.svg(a[1]) + " Q"
                        + Figures.svg(half + (mx - half) * 0.35) + " " + Figures.svg(half + (my - half) * 0.35) + " "
                        + Figures.svg(b[0]) + " " + Figures.svg(b[1]));
                edge.put("title", title);
                edges.add(edge);
            }
        }
        List<Map<String, Object>> arcs = new ArrayList<>();
        List<Box> placedLabels = new ArrayList<>();
        for (Map.Entry<String, List<Double>> z : zoneAngles.entrySet()) {
            double from = z.getValue().get(0) - Math.PI / size;
            double to = z.getValue().get(z.getValue().size() - 1) + Math.PI / size;
            double r = radius - 12;
            Map<String, Object> arc = new LinkedHashMap<>();
            arc.put("d", "M" + Figures.svg(half + r * Math.cos(from)) + " " + Figures.svg(half + r * Math.sin(from))
                    + " A" + Figures.svg(r) + " " + Figures.svg(r) + " 0 " + (to - from > Math.PI ? 1 : 0) + " 1 "
                    + Figures.svg(half + r * Math.cos(to)) + " " + Figures.svg(half + r * Math.sin(to)));
            double mid = (from + to) / 2;
            String label = shorten(z.getKey(), 24);
            double w = label.length() * 6.2;
            String anchor = Math.abs(Math.cos(mid)) < 0.3 ? "middle" : Math.cos(mid) < 0 ? "start" : "end";
            // Inside the circle, moved inwards until it covers no other zone's name.
            for (double tr = radius - 24; tr > radius * 0.3; tr -= 14) {
                double x = half + tr * Math.cos(mid);
                double y = half + tr * Math.sin(mid) + 4;
                double x1 = anchor.equals("middle") ? x - w / 2 : anchor.equals("start") ? x : x - w;
                Box box = new Box(x1, y - 10, x1 + w, y + 3);
                if (placedLabels.stream().noneMatch(box::overlaps)) {
                    placedLabels.add(box);
                    arc.put("label", label);
                    arc.put("x", Figures.svg(x));
                    arc.put("y", Figures.svg(y));
                    arc.put("anchor", anchor);
                    break;
                }
            }
            arcs.add(arc);
        }
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("width", Figures.svg(width));
        network.put("height", Figures.svg(width));
        network.put("nodes", nodes);
        network.put("edges", edges);
        network.put("hubs", hubs);
        network.put("arcs", arcs);
        return network;
    }
}
