package org.eit.io.report;

import java.util.List;
import java.util.Locale;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.Allocation;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FactorUse;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Governance;
import org.eit.core.api.Indicator;
import org.eit.core.api.Justification;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.api.OpportunityNote;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.api.TechnicalPartner;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.FlowToClassify;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * A small territory and a diagnostic written by hand with every part the rules will fill (opportunity note, AFOM,
 * actions, governance, technical partners), so that the reports can be seen whole before the diagnostic stages
 * produce them. Names hold what must be escaped: markup, ampersands, table bars, Markdown emphasis.
 */
final class ReportFixtures {
    static final String SAWMILL = "Scierie <Dupont> & Fils";
    static final String BOILER = "Chaufferie | Réseau *Val*";
    static final String FARM = "GAEC des Prés";

    private ReportFixtures() {
    }

    static Territory territory() {
        return Territory.builder("Parc du Val").language(Language.FR)
                .actor(Actor.builder("31234567800011", SAWMILL, ActorKind.COMPANY).location(46.5012, 3.2034)
                        .zone("ZA du Val").employees(40).build())
                .actor(Actor.builder("A2", BOILER, ActorKind.UTILITY).location(46.5123, 3.2101).zone("Bourg")
                        .build())
                .actor(Actor.builder("A3", FARM, ActorKind.FARM).location(46.5301, 3.1802).zone("Bourg").build())
                .flow(Flow.offer("F1", "31234567800011", "sawdust").perYear(800, "t")
                        .description("sciure de " + SAWMILL).build())
                .flow(Flow.demand("F2", "A2", "wood-fuel-chips").perYear(1200, "t").costPerUnit(60).build())
                .flow(Flow.demand("F3", "A3", "waste-collection").perYear(1, "u").build())
                .flow(Flow.demand("F4", "31234567800011", "waste-collection").perYear(1, "u").build())
                .build();
    }

    static GainFigure figure(String name, String fr, String en, double low, double central, double high,
                             String unit) {
        return new GainFigure(name, new LocalizedText(fr, en), low, central, high, unit,
                "800 t x 60 EUR/t (" + SAWMILL + ")", List.of(new FactorUse("prices.csv", "wood-fuel-chips",
                "ADEME 2023", "34480", 2023)));
    }

    static Gains gains() {
        return new Gains(List.of(figure("net", "Gain net", "Net gain", 30000, 42000, 51000, "EUR/yr"),
                figure("transport", "Transport", "Transport", -5000, -3000, -1000, "EUR/yr")),
                List.of(figure("ghg-avoided", "GES évités", "GHG avoided", 10, 15, 20, "t CO2e/yr")),
                List.of(figure("actors", "Acteurs impliqués", "Actors involved", 3, 3, 3, "actors")), false,
                List.of(new LocalizedText("Les emplois ne sont pas chiffrés.", "Jobs are not valued.")));
    }

    static Synergy substitution() {
        return new Synergy("S-0001", SynergyKind.SUBSTITUTION, List.of("Substitution: same family"), "sub-resource",
                List.of("31234567800011", "A2"), List.of("F1", "F2"), "sawdust", "wood-fuel-chips", 720.0, "t",
                "year", "min(F1 800 t/yr x 0.9, F2 1200 t/yr) = 720 t", 1.4, 4, Confidence.MEDIUM,
                new LocalizedText(SAWMILL + " dispose de 800 t de sciure pour " + BOILER + ".",
                        SAWMILL + " has 800 t of sawdust for " + BOILER + "."),
                new LocalizedText("séchage", "drying"), "substitutions.csv:12", false, false, "transport-cost",
                new Justification("Reach: the saving pays for the transport", null,
                        new LocalizedText("Le transport coûte 2 €/t.", "Transport costs 2 €/t.")),
                List.of(new Justification("Feasibility: moisture", "NF EN ISO 17225",
                        new LocalizedText("Humidité < 30 %.", "Moisture < 30 %."))),
                new Allocation(Allocation.Status.RETAINED, 720.0, 0.9, 0.6, null, List.of()), gains());
    }

    static Synergy pooling() {
        return new Synergy("P-0002", SynergyKind.POOLING, List.of("Pooling: shared waste collection"),
                "pooling-theme:waste-collection", List.of("31234567800011", "A3"), List.of("F4", "F3"),
                "waste-collection", "waste-collection", 2.0, "u", "year", "2 contracts", 3.2, 4, Confidence.LOW,
                new LocalizedText(FARM + " et " + SAWMILL + " peuvent partager une collecte.",
                        FARM + " and " + SAWMILL + " can share a collection."), null, null, false, false, null,
                null, List.of(), null, Gains.NONE);
    }

    static Diagnostic diagnostic() {
        GainFigure cost = figure("approach", "Coût", "Cost", 130000, 160000, 200000, "EUR");
        ApproachCost approach = new ApproachCost(0.5, 8, "Région", 1, 3, "ADEME", cost,
                figure("facilitation", "Animation", "Facilitation", 40000, 50000, 60000, "EUR/yr"), cost);
        List<AfomItem> afom = List.of(
                new AfomItem("afom:strength:1", AfomItem.Quadrant.STRENGTH,
                        new LocalizedText("Une filière bois active autour de " + SAWMILL + ".",
                                "An active wood chain around " + SAWMILL + "."), "AFOM: wood", List.of("ind-1"), java.util.Map.of("ind-1", 75.0)),
                new AfomItem("afom:threat:1", AfomItem.Quadrant.THREAT,
                        new LocalizedText("La fermeture de l'ISDND voisine.", "The nearby landfill closing."),
                        "AFOM: landfill", List.of(), java.util.Map.of()));
        List<Action> actions = List.of(
                new Action("action:heat", new LocalizedText("Boucle de chaleur du Val", "Val heat loop"),
                        new LocalizedText("Étudier la boucle.", "Study the loop."), "study", "medium", 1, "A2",
                        List.of("31234567800011"), List.of("S-0001"), List.of("afom:strength:1"), gains(),
                        new LocalizedText("MWh livrés", "MWh delivered"), "Actions: heat"),
                new Action("action:collect", new LocalizedText("Collecte partagée", "Shared collection"),
                        new LocalizedText("Un contrat pour deux.", "One contract for two."), "quick-win", "short",
                        2, null, List.of("A3", "31234567800011"), List.of("P-0002"), List.of(), Gains.NONE, null,
                        "Actions: pooling"),
                new Action("action:club", new LocalizedText("Club d'entreprises", "Business club"), null,
                        "facilitation", "long", 3, null, List.of(), List.of(), List.of(), Gains.NONE, null,
                        "Actions: club"));
        Governance governance = new Governance("mixed-committee",
                new LocalizedText("Un comité mixte présidé par le PETR.", "A mixed committee chaired by the PETR."),
                List.of(new Justification("Governance: public lead", null,
                        new LocalizedText("Le PETR porte déjà l'étude.", "The PETR already leads the study."))),
                List.of(new TechnicalPartner("ademe", new LocalizedText("ADEME Bourgogne", "ADEME regional office"),
                        new LocalizedText("Fonds chaleur", "Heat fund"),
                        new LocalizedText("Une boucle de chaleur chez " + BOILER, "A heat loop at " + BOILER),
                        List.of("S-0001"), "partners.csv:3")), "Governance: rule");
        OpportunityNote note = new OpportunityNote(
                new LocalizedText("Une démarche EIT vaut la peine ici.", "An EIT approach is worth it here."), true,
                List.of(new LocalizedText("Les gains dépassent le coût.", "The gains exceed the cost.")),
                gains().find("net").orElseThrow(), approach, List.of("action:heat", "action:collect"),
                List.of("A2", "31234567800011"),
                List.of(new LocalizedText("Réunir les volontaires.", "Gather the volunteers.")));
        return new Diagnostic("Parc du Val", List.of(substitution(), pooling()), List.of(), List.of(), List.of(),
                List.of(new FlowBalance("F1", "31234567800011", Direction.OFFER, "sawdust", 800.0, "t", 720, 1, 0),
                        new FlowBalance("F2", "A2", Direction.DEMAND, "wood-fuel-chips", 1200.0, "t", 720, 1, 0)),
                new NetworkAssessment("Network", false, List.of("31234567800011", "A2"), List.of("sawdust"),
                        new LocalizedText("Non satisfaite.", "Not met.")),
                List.of("substitution", "pooling"), List.of(), 0, 0,
                List.of(new FlowToClassify("F9", "A3", Direction.OFFER, "bidule de " + FARM, "description", null,
                        List.of("sawdust"))),
                gains(), approach,
                List.of(new Indicator("ind-1", new LocalizedText("Part déclarée", "Declared share"), 75.0, "%",
                        null, "3 of 4 flows", "Indicators")),
                afom, actions, governance, note);
    }

    static ReportInputs inputs(Locale locale) {
        return new ReportInputs(territory(), ResourceTaxonomy.shipped(), diagnostic(), null, List.of(), locale,
                false);
    }

    /** The same territory with the diagnostic of today's engine: no AFOM, no actions, no note. */
    static ReportInputs bare(Locale locale) {
        Diagnostic d = diagnostic();
        Diagnostic bare = new Diagnostic(d.territory(), d.synergies(), d.alternatives(), d.internal(), d.refused(),
                d.flows(), d.network(), d.rulePacks(), d.warnings(), d.partnersBeyond(),
                d.alternativesNotListed(), d.toClassify(), d.gains(),
                d.approach(), List.of(), List.of(), List.of(), null, null);
        return new ReportInputs(territory(), ResourceTaxonomy.shipped(), bare, null, List.of(), locale, false);
    }
}
