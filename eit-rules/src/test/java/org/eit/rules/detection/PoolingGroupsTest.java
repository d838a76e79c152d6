package org.eit.rules.detection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.FlowQuantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoolingGroupsTest {
    private static final double KM = 1 / 111.2;
    private static final PoolingTheme THEME = new PoolingTheme("collection", "waste-collection",
            new LocalizedText("collecte", "collection"), 2, 5, false, PoolingTheme.ANY, null, "u", "test");

    @Test
    void neighboursChainWithinTheRadiusButOnlyThroughActorsThatHaveTheNeed() {
        // A, B and C are 4 km apart one after the other; C's need is not a collection, so A-B and D-E form two
        // groups even though C lies between B and D.
        List<Actor> actors = List.of(actor("A", 0), actor("B", 4), actor("C", 8), actor("D", 12), actor("E", 16));
        List<Flow> flows = List.of(need("F1", "A", "cardboard-collection"), need("F2", "B", "cardboard-collection"),
                need("F3", "C", "sawdust"), need("F4", "D", "cardboard-collection"),
                need("F5", "E", "plastic-film-collection"));
        Territory territory = new Territory("T", Language.EN, "EUR", Map.of(), actors, flows);
        Map<String, GeoPoint> places = new LinkedHashMap<>();
        actors.forEach(a -> places.put(a.id(), a.location()));
        Map<String, Map<String, String>> groups = PoolingGroups.of(territory, ResourceTaxonomy.shipped(),
                List.of(THEME), places, 47);
        assertThat(groups.get("F1").get("collection")).isEqualTo(groups.get("F2").get("collection"))
                .isEqualTo("collection::A");
        assertThat(groups.get("F4").get("collection")).isEqualTo(groups.get("F5").get("collection"))
                .isEqualTo("collection::D");
        assertThat(groups).doesNotContainKey("F3");
    }

    @Test
    void actorsOfOneZoneFormOneGroupWhateverTheDistance() {
        List<Actor> actors = List.of(new Actor("A", "A", ActorKind.COMPANY, null, 1, null, "Park"),
                new Actor("B", "B", ActorKind.COMPANY, null, 1, new GeoPoint(47, 3), "Park"));
        Territory territory = new Territory("T", Language.EN, "EUR", Map.of(), actors,
                List.of(need("F1", "A", "cardboard-collection"), need("F2", "B", "cardboard-collection")));
        Map<String, Map<String, String>> groups = PoolingGroups.of(territory, ResourceTaxonomy.shipped(),
                List.of(THEME), Map.of("B", new GeoPoint(47, 3)), 48);
        assertThat(groups.get("F1").get("collection")).isEqualTo(groups.get("F2").get("collection"));
    }

    private static Actor actor(String id, double northKm) {
        return new Actor(id, id, ActorKind.COMPANY, null, 1, new GeoPoint(46 + northKm * KM, 3), null);
    }

    private static Flow need(String id, String actor, String resource) {
        return new Flow(id, actor, Direction.DEMAND, resource, "", FlowQuantity.perYear(1, "u"), null, null,
                DataSource.DECLARED, null, false, null, "");
    }
}
