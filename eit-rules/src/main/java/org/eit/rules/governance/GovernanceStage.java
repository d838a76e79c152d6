package org.eit.rules.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.Governance;
import org.eit.core.api.Justification;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.api.TechnicalPartner;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.facts.Reason;
import org.eit.rules.indicators.IndicatorsStage;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * The governance recommendation ({@code governance.drl}) and the technical partners the approach needs
 * ({@code technical-partners.csv}, matched against what the diagnostic found). Publishes {@link Results#GOVERNANCE}.
 */
public final class GovernanceStage implements Stage {
    public static final String NAME = "governance";
    static final PhraseBook PHRASES = PhraseBook.of(GovernanceStage.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("share", "count");
    }

    @Override
    public Set<String> findingFunctions() {
        return Set.of("argue");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(TerritoryProfile.class, GovernanceArgument.class, Governances.class, ObservationFact.class);
    }

    @Override
    public void run(StageContext context) {
        Map<String, Actor> actors = context.territory().actorsById();
        Map<String, Integer> involvement = IndicatorsStage.involvement(context);
        List<ObservationFact> observations = IndicatorsStage.observations(context);
        List<Finding> retained = IndicatorsStage.retained(context).stream().filter(f -> !f.internal()).toList();
        List<Object> facts = new ArrayList<>(observations);
        facts.add(profile(context, actors, involvement, observations, retained));
        Map<String, Integer> weights = new LinkedHashMap<>();
        Governances.FORMS.forEach(f -> weights.put(f, 0));
        Map<String, List<GovernanceArgument>> arguments = new TreeMap<>();
        for (Object result : context.fire(facts, List.of(GovernanceArgument.class))) {
            GovernanceArgument a = (GovernanceArgument) result;
            weights.merge(a.form(), a.weight(), Integer::sum);
            arguments.computeIfAbsent(a.form(), k -> new ArrayList<>()).add(a);
        }
        String form = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (e.getValue() > best) {
                form = e.getKey();
                best = e.getValue();
            }
        }
        List<TechnicalPartner> partners = partners(context, actors, involvement, observations, retained);
        if (form == null) {
            context.put(Results.GOVERNANCE, new Governance("public-led", Sentences.render(PHRASES.phrase(
                    "form.public-led")), List.of(), partners, "governance: no rule argued, the default form"));
            return;
        }
        List<GovernanceArgument> reasons = new ArrayList<>(arguments.get(form));
        reasons.sort(java.util.Comparator.comparingInt(GovernanceArgument::weight).reversed()
                .thenComparing(GovernanceArgument::rule));
        List<Justification> justifications = reasons.stream().map(a -> new Justification(a.rule(), null,
                Sentences.render(a.template(), a.vars()))).toList();
        context.put(Results.GOVERNANCE, new Governance(form, Sentences.render(PHRASES.phrase("form." + form)),
                justifications, partners, reasons.get(0).rule()));
    }

    private static TerritoryProfile profile(StageContext context, Map<String, Actor> actors,
                                            Map<String, Integer> involvement, List<ObservationFact> observations,
                                            List<Finding> retained) {
        int companies = 0;
        int farms = 0;
        int publicBodies = 0;
        int associations = 0;
        int waste = 0;
        Set<String> zones = new TreeSet<>();
        for (String id : involvement.keySet()) {
            Actor a = actors.get(id);
            switch (a.kind()) {
                case COMPANY -> companies++;
                case FARM -> farms++;
                case PUBLIC_BODY, UTILITY -> publicBodies++;
                case ASSOCIATION -> associations++;
                case WASTE_OPERATOR -> waste++;
                default -> {
                }
            }
            if (a.zone() != null) {
                zones.add(a.zone());
            }
        }
        int partners = (int) context.territory().actors().stream().filter(a -> a.kind() == ActorKind.PARTNER)
                .count();
        boolean club = observations.stream().anyMatch(o -> o.tagged("business-club") || o.tagged("club"));
        boolean publicLead = observations.stream().anyMatch(o -> o.tagged("public-lead"))
                || context.territory().actors().stream().anyMatch(a -> a.kind() == ActorKind.PUBLIC_BODY);
        int substitutions = (int) retained.stream().filter(f -> f.kind() == SynergyKind.SUBSTITUTION).count();
        int poolings = (int) retained.stream().filter(f -> f.kind() == SynergyKind.POOLING).count();
        return new TerritoryProfile(actors.size(), involvement.size(), companies, farms, publicBodies, associations,
                partners, waste, zones.size(), club, publicLead, substitutions, poolings);
    }

    /** The partners whose criterion the diagnostic meets, each once, in the table's order. */
    private static List<TechnicalPartner> partners(StageContext context, Map<String, Actor> actors,
                                                   Map<String, Integer> involvement,
                                                   List<ObservationFact> observations, List<Finding> retained) {
        ResourceTaxonomy taxonomy = context.taxonomy();
        Map<String, TechnicalPartner> out = new LinkedHashMap<>();
        for (PartnerRow row : context.knowledge().rows(PartnerTable.TABLE)) {
            String when = row.when();
            String value = when.contains(":") ? when.substring(when.indexOf(':') + 1) : "";
            List<String> synergies = new ArrayList<>();
            LocalizedText why = null;
            if (when.equals("always")) {
                why = Sentences.render(PHRASES.phrase("why.always"));
            } else if (when.startsWith("family:")) {
                retained.stream().filter(f -> f.resource() != null && taxonomy.contains(f.resource())
                        && taxonomy.contains(value) && taxonomy.isA(f.resource(), value))
                        .forEach(f -> synergies.add(f.id()));
                Resource family = taxonomy.find(value).orElse(null);
                LocalizedText label = family == null ? new LocalizedText(value, value)
                        : new LocalizedText(family.labelFr(), family.labelEn());
                why = Sentences.render(PHRASES.phrase("why.family", "count", synergies.size(), "family", label));
            } else if (when.startsWith("condition:")) {
                String needle = value.toLowerCase(java.util.Locale.ROOT);
                retained.stream().filter(f -> f.conditions().stream().map(Reason::rule)
                        .anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains(needle)))
                        .forEach(f -> synergies.add(f.id()));
                why = Sentences.render(PHRASES.phrase("why.condition", "count", synergies.size()));
            } else if (when.startsWith("kind:")) {
                retained.stream().filter(f -> f.kind().id().equals(value)).forEach(f -> synergies.add(f.id()));
                why = Sentences.render(PHRASES.phrase("why.kind", "count", synergies.size(), "kind",
                        PHRASES.phrase("synergy-kind." + value)));
            } else if (when.startsWith("actor:")) {
                long n = involvement.keySet().stream().filter(a -> actors.get(a).kind().id().equals(value)).count();
                why = n == 0 ? null : Sentences.render(PHRASES.phrase("why.actor", "count", n, "kind",
                        IndicatorsStage.PHRASES.phrase("kind." + value)));
            } else if (when.startsWith("tag:")) {
                boolean tagged = observations.stream().anyMatch(o -> o.tagged(value));
                why = tagged ? Sentences.render(PHRASES.phrase("why.tag", "tag", value)) : null;
            }
            boolean needed = when.equals("always") || !synergies.isEmpty()
                    || ((when.startsWith("actor:") || when.startsWith("tag:")) && why != null);
            if (needed) {
                // A partner called for by several rows is listed once, with all the synergies that call for it.
                TechnicalPartner before = out.get(row.id());
                TreeSet<String> all = new TreeSet<>(synergies);
                if (before != null) {
                    all.addAll(before.synergies());
                }
                out.put(row.id(), new TechnicalPartner(row.id(), row.name(), row.role(),
                        before == null ? why : before.why(), List.copyOf(all),
                        PartnerTable.TABLE.file() + ": " + row.id()));
            }
        }
        return List.copyOf(out.values());
    }
}
