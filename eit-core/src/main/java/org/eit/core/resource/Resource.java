package org.eit.core.resource;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eit.core.model.Language;
import org.eit.core.unit.Unit;

/**
 * One node of the resource taxonomy: something offered or needed, from fly ash to a shared nursery.
 *
 * @param id          stable identifier ({@code fly-ash}), referenced by rules and knowledge tables
 * @param parent      id of the broader resource, or null for a root; a demand for a parent accepts its children
 * @param kind        material, waste, energy, water, equipment, service, land, staff or logistics
 * @param labelFr     French label
 * @param labelEn     English label
 * @param synonymsFr  other French names people write
 * @param synonymsEn  other English names people write
 * @param wasteCodes  European List of Waste entries that apply, all hazardous or all not
 * @param defaultUnit the unit quantities of this resource are compared in
 */
public record Resource(String id, String parent, ResourceKind kind, String labelFr, String labelEn,
                       List<String> synonymsFr, List<String> synonymsEn, List<WasteCode> wasteCodes,
                       Unit defaultUnit) {

    public Resource {
        Objects.requireNonNull(id, "Resource.id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Resource.id must be lower-case words joined by '-', was '" + id + "'");
        }
        if (parent != null && parent.isEmpty()) {
            parent = null;
        }
        Objects.requireNonNull(kind, "Resource.kind");
        if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new IllegalArgumentException("Resource.labelFr and Resource.labelEn are required (" + id + ")");
        }
        synonymsFr = List.copyOf(synonymsFr);
        synonymsEn = List.copyOf(synonymsEn);
        wasteCodes = List.copyOf(wasteCodes);
        Objects.requireNonNull(defaultUnit, "Resource.defaultUnit");
        long hazardousCodes = wasteCodes.stream().filter(WasteCode::hazardous).count();
        if (hazardousCodes != 0 && hazardousCodes != wasteCodes.size()) {
            throw new IllegalArgumentException("Resource.wasteCodes of " + id
                    + " mix hazardous and non-hazardous entries; split it into two resources");
        }
    }

    /** True when its List of Waste entries are hazardous (marked with an asterisk). */
    public boolean hazardous() {
        return !wasteCodes.isEmpty() && wasteCodes.get(0).hazardous();
    }

    public String label(Locale locale) {
        return Language.of(locale) == Language.FR ? labelFr : labelEn;
    }
}
