package org.eit.io.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.internal.table.CsvTable;

/**
 * The French names of the workspace files' columns, so that a study lead can head {@code actors.csv},
 * {@code flows.csv} and {@code observations.csv} in French ({@code identifiant}, {@code acteur}, {@code sens},
 * {@code quantité}, {@code unité}...) as French values are already read. Names are compared as every header is:
 * without case or accents, spaces and dashes as underscores. One table per file kind, since a name can mean one
 * column in one file and nothing in another ({@code type} is an actor's kind).
 */
final class ColumnAliases {
    /** {@code actors.csv}: alias to column. */
    static final Map<String, String> ACTORS = table(
            "identifiant", "id",
            "nom", "name",
            "raison sociale", "name",
            "dénomination", "name",
            "type", "kind",
            "nature", "kind",
            "catégorie", "kind",
            "activité", "activity",
            "code naf", "activity",
            "naf", "activity",
            "code ape", "activity",
            "effectif", "employees",
            "effectifs", "employees",
            "salariés", "employees",
            "commune", "zone",
            "remarques", "notes",
            "commentaire", "notes",
            "commentaires", "notes",
            "bio", "organic",
            "agrément spa", "abp_approved",
            "accepte boues step", "accepts_sewage_sludge");

    /** {@code flows.csv}: alias to column. */
    static final Map<String, String> FLOWS = table(
            "identifiant", "id",
            "acteur", "actor",
            "id acteur", "actor",
            "identifiant acteur", "actor",
            "sens", "direction",
            "offre ou demande", "direction",
            "ressource", "resource",
            "matière", "resource",
            "libellé", "description",
            "désignation", "description",
            "quantité", "quantity",
            "unité", "unit",
            "période", "period",
            "périodicité", "period",
            "température", "temperature_c",
            "coût eur par unité", "cost_eur_per_unit",
            "coût unitaire eur", "cost_eur_per_unit",
            "coût par unité", "cost_per_unit",
            "coût unitaire", "cost_per_unit",
            "source de la donnée", "source",
            "confiance", "confidence",
            "code déchet", "waste_code",
            "code déchets", "waste_code",
            "remarques", "notes",
            "commentaire", "notes",
            "commentaires", "notes",
            "humidité pct", "moisture_pct",
            "humidité", "moisture_pct",
            "qualité", "grade",
            "puissance kw", "power_kw",
            "trajet", "route",
            "catégorie spa", "abp_category",
            "espèce", "species",
            "traitement", "treatment",
            "partenaire actuel", "current_partner",
            "filière actuelle", "current_route",
            "exutoire actuel", "current_route",
            "emplois etp", "jobs_fte");

    /** {@code observations.csv}: alias to column. */
    static final Map<String, String> OBSERVATIONS = table(
            "identifiant", "id",
            "acteur", "actor",
            "texte", "text",
            "constat", "text",
            "étiquettes", "tags",
            "mots clés", "tags");

    private ColumnAliases() {
    }

    /** The aliases of the columns of {@code file}, a workspace file name; none for other files. */
    static Map<String, String> of(String file) {
        return switch (file) {
            case WorkspaceReader.ACTORS_FILE -> ACTORS;
            case WorkspaceReader.FLOWS_FILE -> FLOWS;
            case WorkspaceReader.OBSERVATIONS_FILE -> OBSERVATIONS;
            default -> Map.of();
        };
    }

    /** The columns of {@code file} (its fields), for checks that no alias hides one. */
    static List<String> fields(String file) {
        return switch (file) {
            case WorkspaceReader.ACTORS_FILE -> TerritoryAssembler.ACTOR_FIELDS;
            case WorkspaceReader.FLOWS_FILE -> TerritoryAssembler.FLOW_FIELDS;
            case WorkspaceReader.OBSERVATIONS_FILE -> TerritoryAssembler.OBSERVATION_FIELDS;
            default -> List.of();
        };
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (map.put(CsvTable.columnKey(pairs[i]), pairs[i + 1]) != null) {
                throw new IllegalStateException("alias given twice: " + pairs[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
