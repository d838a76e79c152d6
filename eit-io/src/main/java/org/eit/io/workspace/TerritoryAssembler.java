package org.eit.io.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.activity.ActivityNomenclature;
import org.eit.core.internal.resource.ListOfWaste;
import org.eit.core.internal.resource.ResourceResolver;
import org.eit.core.internal.text.NumberProblems;
import org.eit.core.internal.text.Numbers;
import org.eit.core.internal.text.Text;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Attribute;
import org.eit.core.model.Flow;
import org.eit.core.model.Observation;
import org.eit.core.model.FlowToClassify;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.model.Vocabulary;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceKind;
import org.eit.core.resource.WasteCode;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.FlowQuantity;
import org.eit.core.unit.Period;
import org.eit.core.unit.Unit;
import org.eit.core.unit.Units;
import org.eit.io.IoMessages;

/**
 * Turns raw settings, actor and flow records into a {@link Territory}, checking everything and collecting every
 * problem with its file, line, column, field and value. CSV files and JSON/YAML documents go through the same
 * checks.
 */
final class TerritoryAssembler {
    static final List<String> SETTINGS_FIELDS = List.of("name", "language", "currency", "description", "parameters",
            "area");
    /** The numeric fields, whose decimal mark is decided per file and column (see {@link RawRecord.NumberColumns}). */
    static final List<String> NUMBER_FIELDS = List.of("employees", "latitude", "longitude", "quantity",
            "temperature_c", "cost_eur_per_unit", "cost_per_unit", "confidence", "moisture_pct", "power_kw",
            "jobs_fte");
    private static final List<String> BOX_FIELDS = List.of("south", "west", "north", "east");
    private static final List<String> CIRCLE_FIELDS = List.of("latitude", "longitude", "radius_km");
    /** {@code notes} is free text for people (an import's headcount band, a SIRET's history): read, not kept. */
    static final List<String> ACTOR_FIELDS = withAttributes(List.of("id", "name", "kind", "activity", "employees",
            "latitude", "longitude", "zone", "notes"), Attribute.Target.ACTOR);
    static final List<String> FLOW_FIELDS = withAttributes(List.of("id", "actor", "direction", "resource",
            "description", "quantity", "unit", "period", "temperature_c", "cost_eur_per_unit", "cost_per_unit",
            "source", "confidence", "waste_code", "notes"), Attribute.Target.FLOW);
    static final List<String> OBSERVATION_FIELDS = List.of("id", "actor", "theme", "text", "tags", "date", "source");
    static final List<String> REQUIRED_OBSERVATION_FIELDS = List.of("id", "theme", "text");
    static final List<String> REQUIRED_ACTOR_FIELDS = List.of("id", "name", "kind");
    static final List<String> REQUIRED_FLOW_FIELDS = List.of("id", "actor", "direction");
    private static final java.util.regex.Pattern HEADCOUNT_BAND =
            java.util.regex.Pattern.compile("^(\\d+)\\s*(?:-|–|à|a|to)\\s*(\\d+)$");
    /** Temperatures outside this range are typing mistakes, not heat flows. */
    private static final double MIN_TEMPERATURE = -60;
    private static final double MAX_TEMPERATURE = 1600;

    private final ResourceResolver resolver;
    private final Problems problems;
    private final List<FlowClassification> classifications = new ArrayList<>();
    /** Actors whose row has errors, by id, with where the row is: flows pointing to them say so. */
    private final Map<String, Location> invalidActors = new HashMap<>();
    private CoordinateCheck.Area area;

    TerritoryAssembler(ResourceResolver resolver, Problems problems) {
        this.resolver = resolver;
        this.problems = problems;
    }

    List<FlowClassification> classifications() {
        return classifications;
    }

    /**
     * The settings of the study; null values when a required one is missing (already reported). {@code area} is the
     * territory's declared extent, or null.
     */
    record Settings(String name, Language language, String currency, Map<String, String> parameters,
                    CoordinateCheck.Area area) {
    }

    Settings settings(Node.MapNode map, List<String> allowedExtra) {
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            if (!SETTINGS_FIELDS.contains(entry.getKey()) && !allowedExtra.contains(entry.getKey())) {
                problems.error(CoreMessages.MESSAGES, "field.unknown", map.keyAt(entry.getKey()), entry.getKey(), null,
                        String.join(", ", SETTINGS_FIELDS));
            }
        }
        String name = scalar(map, "name").orElse(null);
        if (name == null) {
            problems.error(CoreMessages.MESSAGES, "field.required", map.at(), "name", null);
        }
        Language language = Language.FR;
        Optional<String> languageText = scalar(map, "language");
        if (languageText.isPresent()) {
            Optional<Language> parsed = Language.parse(languageText.get());
            if (parsed.isEmpty()) {
                problems.error(IoMessages.MESSAGES, "territory.bad-language", map.entries().get("language").at(), "language",
                        languageText.get());
            } else {
                language = parsed.get();
            }
        }
        String currency = scalar(map, "currency").map(c -> c.toUpperCase(Locale.ROOT)).orElse("EUR");
        if (!currency.matches("[A-Z]{3}")) {
            problems.error(IoMessages.MESSAGES, "territory.bad-currency", map.entries().get("currency").at(), "currency", currency);
            currency = "EUR";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Node params = map.entries().get("parameters");
        if (params instanceof Node.MapNode paramMap) {
            flatten("", paramMap, parameters);
        } else if (params != null && !(params instanceof Node.Scalar s && s.text() == null)) {
            problems.error(IoMessages.MESSAGES, "document.expected-map", params.at(), "parameters", null);
        }
        area = area(map.entries().get("area"));
        return new Settings(name, language, currency, parameters, area);
    }

    /** {@code area}: a box (south, west, north, east) or a circle (latitude, longitude, radius_km), or null. */
    private CoordinateCheck.Area area(Node node) {
        if (node == null || node instanceof Node.Scalar s && s.text() == null) {
            return null;
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.error(IoMessages.MESSAGES, "territory.bad-area", node.at(), "area", null);
            return null;
        }
        boolean box = map.entries().keySet().stream().anyMatch(BOX_FIELDS::contains);
        List<String> fields = box ? BOX_FIELDS : CIRCLE_FIELDS;
        Map<String, Double> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            if (!fields.contains(entry.getKey())) {
                problems.error(CoreMessages.MESSAGES, "field.unknown", map.keyAt(entry.getKey()), "area." + entry.getKey(),
                        null, String.join(", ", fields));
                ok = false;
                continue;
            }
            String text = entry.getValue() instanceof Node.Scalar s ? s.text() : null;
            OptionalDouble value = text == null ? OptionalDouble.empty() : CoordinateCheck.number(text);
            if (value.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "number.invalid", entry.getValue().at(), "area." + entry.getKey(),
                        text);
                ok = false;
            } else {
                values.put(entry.getKey(), value.getAsDouble());
            }
        }
        for (String field : fields) {
            if (!map.entries().containsKey(field)) {
                problems.error(CoreMessages.MESSAGES, "field.required", map.at(), "area." + field, null);
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            if (box) {
                double south = values.get("south");
                double north = values.get("north");
                double west = values.get("west");
                double east = values.get("east");
                if (south > north || west > east) {
                    throw new IllegalArgumentException("south > north or west > east");
                }
                new GeoPoint(south, west);
                new GeoPoint(north, east);
                return new CoordinateCheck.Box(south, west, north, east);
            }
            double radius = values.get("radius_km");
            if (!(radius > 0)) {
                throw new IllegalArgumentException("radius <= 0");
            }
            return new CoordinateCheck.Circle(new GeoPoint(values.get("latitude"), values.get("longitude")), radius);
        } catch (IllegalArgumentException e) {
            problems.error(IoMessages.MESSAGES, "territory.bad-area", map.at(), "area", null);
            return null;
        }
    }

    private void flatten(String prefix, Node.MapNode map, Map<String, String> out) {
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = prefix + entry.getKey();
            Node value = entry.getValue();
            if (value instanceof Node.MapNode nested) {
                flatten(key + ".", nested, out);
            } else if (value instanceof Node.Scalar scalar) {
                out.put(key, scalar.text() == null ? "" : scalar.text());
            } else if (value instanceof Node.ListNode list) {
                List<String> items = new ArrayList<>();
                for (Node item : list.items()) {
                    if (item instanceof Node.Scalar s && s.text() != null) {
                        items.add(s.text());
                    } else {
                        problems.error(IoMessages.MESSAGES, "document.expected-value", item.at(), key, null);
                    }
                }
                out.put(key, String.join(",", items));
            }
        }
    }

    private static Optional<String> scalar(Node.MapNode map, String key) {
        Node node = map.entries().get(key);
        if (node instanceof Node.Scalar s && s.text() != null && !s.text().isBlank()) {
            return Optional.of(s.text().trim());
        }
        return Optional.empty();
    }

    List<Actor> actors(List<RawRecord> records) {
        List<Actor> actors = new ArrayList<>();
        List<CoordinateCheck.Placed> placed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRecord record : records) {
            Actor actor = actor(record, seen);
            if (actor != null) {
                actors.add(actor);
                if (actor.location() != null) {
                    placed.add(new CoordinateCheck.Placed(actor.id(), actor.location(),
                            record.get("latitude").orElse(""), record.get("longitude").orElse(""),
                            record.at("latitude")));
                }
            } else if (record.get("id").isPresent()) {
                invalidActors.putIfAbsent(record.get("id").get(), record.at());
            }
        }
        actors.forEach(a -> invalidActors.remove(a.id()));
        CoordinateCheck.check(placed, area, problems);
        return actors;
    }

    private Actor actor(RawRecord r, Map<String, Integer> seen) {
        int errorsBefore = (int) problems.errorCount();
        String id = required(r, "id");
        checkUnique(r, id, seen);
        String name = required(r, "name");
        ActorKind kind = vocabulary(r, "kind", ActorKind.class, "actor.bad-kind").orElse(null);
        if (kind == null && r.get("kind").isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "field.required", r.at("kind"), "kind", null);
        }
        String activity = null;
        if (r.get("activity").isPresent()) {
            String written = r.get("activity").get();
            Optional<String> normalised = ActivityNomenclature.normalise(written);
            if (normalised.isPresent() && ActivityNomenclature.shipped().find(written).isPresent()) {
                activity = normalised.get();
            } else {
                problems.warning(IoMessages.MESSAGES, "actor.unknown-activity", r.at("activity"), "activity", written);
                activity = written;
            }
        }
        Integer employees = employees(r);
        GeoPoint location = location(r);
        String zone = r.get("zone").orElse(null);
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        Map<String, String> attributes = attributes(r, Attribute.Target.ACTOR);
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        return new Actor(id, name, kind, activity, employees, location, zone, attributes);
    }

    private static List<String> withAttributes(List<String> fields, Attribute.Target target) {
        List<String> all = new ArrayList<>(fields);
        Attribute.of(target).forEach(a -> all.add(a.column()));
        return List.copyOf(all);
    }

    /** The row's attribute columns in canonical form; a value an attribute does not take is an error. */
    private Map<String, String> attributes(RawRecord r, Attribute.Target target) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        for (Attribute attribute : Attribute.of(target)) {
            Optional<String> text = r.get(attribute.column());
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> value;
            if (attribute.kind() == Attribute.Kind.PERCENT || attribute.kind() == Attribute.Kind.POSITIVE) {
                OptionalDouble n = number(r, attribute.column());
                value = n.isPresent() ? attribute.canonical(Numbers.plain(n.getAsDouble()), false) : null;
                if (value == null) {
                    continue; // number() reported why
                }
            } else {
                value = attribute.canonical(text.get(), false);
            }
            if (value.isEmpty()) {
                String code = switch (attribute.kind()) {
                    case PERCENT -> "attribute.invalid.percent";
                    case POSITIVE -> "attribute.invalid.positive";
                    case CATEGORY -> "attribute.invalid.category";
                    case CATEGORIES -> "attribute.invalid.categories";
                    case FLAG -> "attribute.invalid.flag";
                    case MONTHS -> "attribute.invalid.months";
                    case TEXT -> "attribute.invalid.text";
                    case WORD -> "attribute.invalid.word";
                };
                problems.error(IoMessages.MESSAGES, code, r.at(attribute.column()), attribute.column(), text.get());
            } else {
                attributes.put(attribute.column(), value.get());
            }
        }
        return attributes;
    }

    private Integer employees(RawRecord r) {
        Optional<String> text = r.get("employees");
        if (text.isEmpty()) {
            return null;
        }
        // Registers give headcount bands ("10-19", "10 à 19"): take the middle and say so.
        java.util.regex.Matcher band = HEADCOUNT_BAND.matcher(text.get());
        if (band.matches()) {
            int low = Integer.parseInt(band.group(1));
            int high = Integer.parseInt(band.group(2));
            if (low <= high) {
                int middle = (low + high + 1) / 2;
                problems.warning(IoMessages.MESSAGES, "actor.headcount-band", r.at("employees"), "employees", text.get(), middle);
                return middle;
            }
        }
        OptionalDouble value = number(r, "employees");
        if (value.isEmpty()) {
            return null;
        }
        if (value.getAsDouble() != Math.rint(value.getAsDouble())) {
            problems.error(CoreMessages.MESSAGES, "number.not-integer", r.at("employees"), "employees", text.get());
            return null;
        }
        if (value.getAsDouble() < 0) {
            problems.error(CoreMessages.MESSAGES, "number.negative", r.at("employees"), "employees", text.get());
            return null;
        }
        return (int) value.getAsDouble();
    }

    private GeoPoint location(RawRecord r) {
        Optional<String> latText = r.get("latitude");
        Optional<String> lonText = r.get("longitude");
        if (latText.isEmpty() && lonText.isEmpty()) {
            problems.warning(IoMessages.MESSAGES, "actor.no-location", r.at(), "latitude", null);
            return null;
        }
        if (latText.isEmpty() || lonText.isEmpty()) {
            String missing = latText.isEmpty() ? "latitude" : "longitude";
            problems.error(IoMessages.MESSAGES, "actor.half-location", r.at(missing), missing, null);
            return null;
        }
        OptionalDouble lat = number(r, "latitude");
        OptionalDouble lon = number(r, "longitude");
        boolean ok = lat.isPresent() && lon.isPresent();
        if (lat.isPresent() && !(lat.getAsDouble() >= -90 && lat.getAsDouble() <= 90)) {
            problems.error(IoMessages.MESSAGES, "actor.latitude-range", r.at("latitude"), "latitude", latText.get());
            ok = false;
        }
        if (lon.isPresent() && !(lon.getAsDouble() >= -180 && lon.getAsDouble() <= 180)) {
            problems.error(IoMessages.MESSAGES, "actor.longitude-range", r.at("longitude"), "longitude", lonText.get());
            ok = false;
        }
        return ok ? new GeoPoint(lat.getAsDouble(), lon.getAsDouble()) : null;
    }

    /** Reports {@code id} when an earlier record of the file has it; {@code seen}: the ids so far, to their line. */
    private void checkUnique(RawRecord r, String id, Map<String, Integer> seen) {
        Integer firstLine = id == null ? null : seen.putIfAbsent(id, r.at("id").line());
        if (firstLine != null) {
            problems.error(IoMessages.MESSAGES, "record.duplicate-id", r.at("id"), "id", id, firstLine);
        }
    }

    List<Flow> flows(List<RawRecord> records, Map<String, Actor> actors) {
        return withActors(readFlows(records), actors, invalidActors);
    }

    /**
     * A flow row read without the actors: what {@link #withActors} needs to finish it once they are known. A region's
     * flows.csv is read this far on another thread while actors.csv is read.
     *
     * @param flow         the flow, or null when the row has errors or no resource
     * @param unclassified the row to classify by hand when no resource fits and nothing else is wrong, or null
     */
    record FlowRow(RawRecord record, String actorId, String partner, Flow flow, FlowToClassify unclassified) {
    }

    /** The flow rows read, in file order, each checked for all but its actor and partner. */
    List<FlowRow> readFlows(List<RawRecord> records) {
        List<FlowRow> rows = new ArrayList<>(records.size());
        Map<String, Integer> seen = new HashMap<>();
        for (RawRecord record : records) {
            rows.add(flow(record, seen));
        }
        return rows;
    }

    /**
     * The flows of {@code rows} whose actor is among {@code actors}; a flow naming an actor that is not there, or
     * whose row is invalid ({@code invalid}, by id), is an error, and an unknown partner a warning.
     */
    List<Flow> withActors(List<FlowRow> rows, Map<String, Actor> actors, Map<String, Location> invalid) {
        List<Flow> flows = new ArrayList<>(rows.size());
        for (FlowRow row : rows) {
            RawRecord r = row.record();
            String actorId = row.actorId();
            boolean known = actorId == null || actors.containsKey(actorId);
            if (!known && invalid.containsKey(actorId)) {
                Location at = invalid.get(actorId);
                problems.error(IoMessages.MESSAGES, "flow.invalid-actor", r.at("actor"), "actor", actorId, at.file(),
                        at.line());
            } else if (!known) {
                Optional<String> closest = Text.closest(actorId, actors.keySet());
                if (closest.isPresent()) {
                    problems.error(IoMessages.MESSAGES, "flow.unknown-actor-suggest", r.at("actor"), "actor", actorId,
                            closest.get());
                } else {
                    problems.error(IoMessages.MESSAGES, "flow.unknown-actor", r.at("actor"), "actor", actorId);
                }
            }
            String partner = row.partner();
            if (partner != null && !actors.containsKey(partner) && !invalid.containsKey(partner)) {
                problems.warning(IoMessages.MESSAGES, "flow.unknown-partner", r.at(Attribute.CURRENT_PARTNER.column()),
                        Attribute.CURRENT_PARTNER.column(), partner);
            }
            if (known && row.flow() != null) {
                flows.add(row.flow());
            } else if (known && row.unclassified() != null) {
                toClassify.add(row.unclassified());
            }
        }
        return flows;
    }

    /** The invalid actors' rows, by id, for {@link #withActors} on another assembler's flows. */
    Map<String, Location> invalidActors() {
        return invalidActors;
    }

    /** Takes over what {@code flows}, an assembler that read this territory's flows, found to classify. */
    void adopt(TerritoryAssembler flows) {
        classifications.addAll(flows.classifications);
        toClassify.addAll(flows.toClassify);
    }

    private FlowRow flow(RawRecord r, Map<String, Integer> seen) {
        int errorsBefore = (int) problems.errorCount();
        String id = required(r, "id");
        checkUnique(r, id, seen);
        String actorId = required(r, "actor");
        Direction direction = vocabulary(r, "direction", Direction.class, "flow.bad-direction").orElse(null);
        if (direction == null && r.get("direction").isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "field.required", r.at("direction"), "direction", null);
        }
        unclear = null;
        Resolved resolved = resource(r, id);
        Resource resource = resolved == null ? null : resolved.resource();
        FlowQuantity quantity = quantity(r, resource);
        Double temperature = null;
        if (r.get("temperature_c").isPresent()) {
            OptionalDouble t = number(r, "temperature_c");
            if (t.isPresent() && (t.getAsDouble() < MIN_TEMPERATURE || t.getAsDouble() > MAX_TEMPERATURE)) {
                problems.error(IoMessages.MESSAGES, "flow.temperature-range", r.at("temperature_c"), "temperature_c",
                        r.get("temperature_c").get(), MIN_TEMPERATURE, MAX_TEMPERATURE);
            } else if (t.isPresent()) {
                temperature = t.getAsDouble();
            }
        }
        String costField = r.get("cost_eur_per_unit").isPresent() ? "cost_eur_per_unit" : "cost_per_unit";
        Double cost = null;
        if (r.get(costField).isPresent()) {
            OptionalDouble c = number(r, costField);
            if (c.isPresent()) {
                cost = c.getAsDouble();
                if (r.get("quantity").isEmpty()) {
                    problems.warning(IoMessages.MESSAGES, "flow.cost-without-quantity", r.at(costField), costField, r.get(costField).get());
                }
            }
        }
        DataSource source = vocabulary(r, "source", DataSource.class, "flow.bad-source").orElse(null);
        if (source == null && r.get("source").isEmpty()) {
            problems.warning(IoMessages.MESSAGES, "flow.no-source", r.at("source"), "source", null);
            source = DataSource.ESTIMATED;
        }
        Confidence confidence = confidence(r);
        Map<String, String> attributes = attributes(r, Attribute.Target.FLOW);
        String partner = attributes.get(Attribute.CURRENT_PARTNER.column());
        if (problems.errorCount() > errorsBefore || resource == null) {
            FlowToClassify unclassified = problems.errorCount() == errorsBefore && unclear != null
                    ? new FlowToClassify(id, actorId, direction, unclear.text(), unclear.field(), quantity,
                    unclear.candidates()) : null;
            return new FlowRow(r, actorId, partner, null, unclassified);
        }
        return new FlowRow(r, actorId, partner, new Flow(id, actorId, direction, resource.id(),
                r.get("description").orElse(""), quantity, temperature, cost, source, confidence,
                resolved.hazardous(), resolved.wasteCode(), r.get("notes").orElse(""), attributes), null);
    }

    private record Resolved(Resource resource, boolean hazardous, String wasteCode) {
    }

    /** What the row being read said that no resource fits: its words, their field and the closest resources. */
    private record Unclear(String text, String field, List<String> candidates) {
    }

    private Unclear unclear;
    private final List<FlowToClassify> toClassify = new ArrayList<>();

    /** The flows read so far that no resource fits well enough, in file order. */
    List<FlowToClassify> toClassify() {
        return List.copyOf(toClassify);
    }

    /**
     * The resource of a flow: from the {@code resource} field when given (an id, a name or a waste code), else from
     * the {@code description}; with its hazard from the taxonomy or from the waste code the user wrote.
     */
    private Resolved resource(RawRecord r, String flowId) {
        Optional<String> named = r.get("resource");
        Optional<String> described = r.get("description");
        if (named.isEmpty() && described.isEmpty()) {
            problems.error(IoMessages.MESSAGES, "flow.no-resource", r.at("resource"), "resource", null);
            return null;
        }
        String field = named.isPresent() ? "resource" : "description";
        String text = named.orElseGet(described::get);
        Resolution resolution = resolver.resolve(text);
        Location at = r.at(field);
        Optional<WasteCode.Written> writtenCode = WasteCode.parse(text);
        if (writtenCode.isPresent() && resolution.wasteCode() == null) {
            problems.error(CoreMessages.MESSAGES, "waste-code.unknown", at, field, text);
            return null;
        }
        if (!resolution.isResolved()) {
            String candidates = resolution.candidates().stream()
                    .map(c -> c.resourceId() + " (" + c.name() + ")")
                    .collect(Collectors.joining(", "));
            String code = resolution.status() == Resolution.Status.AMBIGUOUS ? "resource.ambiguous"
                    : candidates.isEmpty() ? "resource.unresolved" : "resource.unresolved-candidates";
            // One unclear line must not stop a study: the flow is set aside "to classify" (an error with --strict).
            problems.warning(CoreMessages.MESSAGES, code, at, field, text, candidates);
            unclear = new Unclear(text, field, resolution.candidates().stream()
                    .map(Resolution.Candidate::resourceId).toList());
            return null;
        }
        Resource resource = resolver.taxonomy().get(resolution.resourceId());
        classifications.add(new FlowClassification(flowId, at, text, resolution.method(), resource.id(),
                resolution.matched(), resolution.score(), resolution.candidates()));
        boolean hazardous = resource.hazardous();
        String wasteCode = null;
        WasteCode entry = resolution.wasteCode();
        Optional<String> codeField = r.get("waste_code");
        if (codeField.isPresent()) {
            Optional<WasteCode> given = WasteCode.parse(codeField.get())
                    .flatMap(w -> ListOfWaste.shipped().find(w.code()));
            if (given.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "waste-code.unknown", r.at("waste_code"), "waste_code", codeField.get());
            } else {
                entry = given.get();
                writtenCode = WasteCode.parse(codeField.get());
                at = r.at("waste_code");
            }
        }
        if (entry != null) {
            wasteCode = entry.code();
            hazardous = entry.hazardous();
            if (writtenCode.isPresent() && writtenCode.get().starred() && !entry.hazardous()) {
                problems.warning(IoMessages.MESSAGES, "waste-code.not-hazardous", at, field, entry.code());
            } else if (writtenCode.isPresent() && !writtenCode.get().starred() && entry.hazardous()) {
                problems.warning(IoMessages.MESSAGES, "waste-code.hazardous", at, field, entry.code());
            }
        }
        return new Resolved(resource, hazardous, wasteCode);
    }

    private FlowQuantity quantity(RawRecord r, Resource resource) {
        Optional<String> amountText = r.get("quantity");
        Optional<String> unitText = r.get("unit");
        if (amountText.isEmpty()) {
            if (unitText.isPresent()) {
                problems.warning(IoMessages.MESSAGES, "flow.unit-without-quantity", r.at("unit"), "unit", unitText.get());
            }
            if (resource != null && !resource.kind().isShared()) {
                problems.warning(IoMessages.MESSAGES, "flow.no-quantity", r.at("quantity"), "quantity", null);
            }
            return null;
        }
        OptionalDouble amount = number(r, "quantity");
        if (amount.isPresent() && amount.getAsDouble() < 0) {
            problems.error(CoreMessages.MESSAGES, "number.negative", r.at("quantity"), "quantity", amountText.get());
            amount = OptionalDouble.empty();
        }
        if (amount.isPresent() && amount.getAsDouble() == 0) {
            problems.warning(IoMessages.MESSAGES, "flow.zero-quantity", r.at("quantity"), "quantity", amountText.get());
        }
        if (unitText.isEmpty()) {
            problems.error(IoMessages.MESSAGES, "flow.no-unit", r.at("unit"), "unit", null,
                    resource == null ? "" : resource.defaultUnit().symbol());
            return null;
        }
        Optional<Units.Rate> rate = Units.parseRate(unitText.get());
        if (rate.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "unit.unknown", r.at("unit"), "unit", unitText.get(),
                    String.join(", ", Units.suggest(unitText.get())));
            return null;
        }
        Unit unit = rate.get().unit();
        Period period = rate.get().period();
        Optional<String> periodText = r.get("period");
        if (periodText.isPresent()) {
            Optional<Period> written = Period.parse(periodText.get());
            if (written.isEmpty()) {
                problems.error(IoMessages.MESSAGES, "flow.bad-period", r.at("period"), "period", periodText.get());
                return null;
            }
            if (period != null && period != written.get()) {
                problems.error(IoMessages.MESSAGES, "flow.period-conflict", r.at("period"), "period", periodText.get(), unitText.get());
                return null;
            }
            period = written.get();
        }
        if (period != null && unit.dimension() == Dimension.POWER) {
            problems.error(IoMessages.MESSAGES, "flow.power-with-period", r.at("period"), "period", period.symbol(), unit.symbol());
            return null;
        }
        if (resource != null && !unit.isCompatibleWith(resource.defaultUnit())) {
            problems.error(IoMessages.MESSAGES, "flow.unit-mismatch", r.at("unit"), "unit", unitText.get(), resource.id(),
                    resource.defaultUnit().symbol());
            return null;
        }
        boolean flowOfMatter = resource != null && (resource.kind() == ResourceKind.MATERIAL
                || resource.kind() == ResourceKind.WASTE || resource.kind() == ResourceKind.ENERGY
                || resource.kind() == ResourceKind.WATER);
        if (period == null && flowOfMatter && unit.dimension() != Dimension.POWER) {
            problems.warning(IoMessages.MESSAGES, "flow.no-period", r.at("period"), "period", null, unit.symbol());
            period = Period.YEAR;
        }
        if (amount.isEmpty()) {
            return null;
        }
        return new FlowQuantity(amount.getAsDouble(), unit, period);
    }

    private Confidence confidence(RawRecord r) {
        Optional<String> text = r.get("confidence");
        if (text.isEmpty()) {
            return null;
        }
        Optional<Confidence> word = Vocabulary.parse(Confidence.class, text.get());
        if (word.isPresent()) {
            return word.get();
        }
        Numbers.Reading reading = Numbers.read(text.get().replace("%", ""), r.convention("confidence").mark());
        OptionalDouble value = reading.usable() ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
        if (value.isPresent()) {
            double v = text.get().contains("%") || value.getAsDouble() > 1 ? value.getAsDouble() / 100
                    : value.getAsDouble();
            if (v >= 0 && v <= 1) {
                return v < 0.4 ? Confidence.LOW : v < 0.7 ? Confidence.MEDIUM : Confidence.HIGH;
            }
        }
        problems.error(IoMessages.MESSAGES, "flow.bad-confidence", r.at("confidence"), "confidence", text.get());
        return null;
    }

    private String required(RawRecord r, String field) {
        Optional<String> value = r.get(field);
        if (value.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "field.required", r.at(field), field, null);
            return null;
        }
        return value.get();
    }

    /**
     * The field read as a number with the decimal mark decided for its column; every way it can fail is an error
     * of its own, and a value read only by the column's convention or against it is a warning saying how it was
     * read.
     */
    private OptionalDouble number(RawRecord r, String field) {
        String text = r.get(field).orElse("");
        Numbers.Reading reading = r.number(field);
        if (reading == null) {
            reading = Numbers.read(text, Numbers.Mark.POINT);
        }
        RawRecord.NumberColumns.Convention convention = r.convention(field);
        boolean usable = NumberProblems.report(reading, text,
                convention.basis() == RawRecord.NumberColumns.Basis.DEFAULT, convention.mark(), r.at(field), field,
                problems);
        return usable ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
    }

    private <E extends Enum<E> & Vocabulary> Optional<E> vocabulary(RawRecord r, String field, Class<E> type,
                                                                    String code) {
        Optional<String> text = r.get(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Vocabulary.parse(type, text.get());
        if (value.isEmpty()) {
            problems.error(IoMessages.MESSAGES, code, r.at(field), field, text.get(), Vocabulary.ids(type));
        }
        return value;
    }

    Territory territory(Settings settings, List<Actor> actors, List<Flow> flows) {
        return territory(settings, actors, flows, List.of());
    }

    Territory territory(Settings settings, List<Actor> actors, List<Flow> flows, List<Observation> observations) {
        if (problems.hasErrors() || settings.name() == null) {
            return null;
        }
        return new Territory(settings.name(), settings.language(), settings.currency(), settings.parameters(),
                actors, flows, toClassify, observations);
    }

    /**
     * What interviews and meetings revealed ({@code observations.csv}): each with its theme, text and tags; an
     * actor it names must exist; a date is written {@code 2026-03-15} or {@code 15/03/2026}.
     */
    List<Observation> observations(List<RawRecord> records, Map<String, Actor> actors) {
        List<Observation> observations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRecord r : records) {
            int errorsBefore = (int) problems.errorCount();
            String id = required(r, "id");
            checkUnique(r, id, seen);
            String actor = r.get("actor").map(String::trim).filter(a -> !a.isEmpty()).orElse(null);
            if (actor != null && !actors.containsKey(actor) && !invalidActors.containsKey(actor)) {
                problems.error(IoMessages.MESSAGES, "observation.unknown-actor", r.at("actor"), "actor", actor);
            }
            String theme = r.get("theme").map(t -> Text.fold(t.trim()).replace(' ', '-')).orElse(null);
            if (theme == null || theme.isEmpty()) {
                required(r, "theme");
            }
            String text = required(r, "text");
            List<String> tags = new ArrayList<>();
            for (String tag : r.get("tags").orElse("").split("[|,;]")) {
                String folded = Text.fold(tag.trim()).replace(' ', '-');
                if (!folded.isEmpty()) {
                    tags.add(folded);
                }
            }
            java.time.LocalDate date = null;
            String written = r.get("date").map(String::trim).orElse("");
            if (!written.isEmpty()) {
                date = date(written);
                if (date == null) {
                    problems.error(IoMessages.MESSAGES, "observation.bad-date", r.at("date"), "date", written);
                }
            }
            if (problems.errorCount() == errorsBefore && theme != null && !theme.isEmpty()) {
                observations.add(new Observation(id, actor, theme, text, tags, date, r.get("source").orElse("")));
            }
        }
        return observations;
    }

    private static java.time.LocalDate date(String text) {
        for (String pattern : List.of("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy")) {
            try {
                return java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern(pattern));
            } catch (java.time.format.DateTimeParseException e) {
                // the next pattern
            }
        }
        return null;
    }
}
