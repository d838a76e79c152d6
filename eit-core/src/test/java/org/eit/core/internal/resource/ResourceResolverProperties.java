package org.eit.core.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * The resolver's invariants, whatever its scoring: an id resolves to itself however it is cased; a label leads to
 * its resource; the same text always gives the same answer, and no text makes it throw.
 */
class ResourceResolverProperties {
    private static final ResourceResolver RESOLVER = new ResourceResolver(ResourceTaxonomy.shipped());

    @Provide
    Arbitrary<Resource> resources() {
        return Arbitraries.of(ResourceTaxonomy.shipped().all().stream().toList());
    }

    @Property
    void anIdResolvesToItselfInAnyCase(@ForAll("resources") Resource resource, @ForAll boolean upper) {
        String written = upper ? resource.id().toUpperCase(Locale.ROOT).replace('-', '_') : resource.id();
        Resolution resolution = RESOLVER.resolve("  " + written + " ");
        assertThat(resolution.resourceId()).isEqualTo(resource.id());
        assertThat(resolution.method()).isEqualTo(Resolution.Method.ID);
    }

    @Property
    void aLabelLeadsToItsResource(@ForAll("resources") Resource resource, @ForAll boolean french) {
        String label = french ? resource.labelFr() : resource.labelEn();
        Resolution resolution = RESOLVER.resolve(label);
        boolean found = resource.id().equals(resolution.resourceId())
                || resolution.candidates().stream().anyMatch(c -> c.resourceId().equals(resource.id()));
        assertThat(found).as("%s -> %s", label, resolution).isTrue();
    }

    @Property
    void anyTextGivesTheSameAnswerTwiceAndNeverThrows(@ForAll("texts") String text) {
        Resolution first = RESOLVER.resolve(text);
        assertThat(RESOLVER.resolve(text)).isEqualTo(first);
        if (first.isResolved()) {
            assertThat(ResourceTaxonomy.shipped().contains(first.resourceId())).isTrue();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of(ResourceTaxonomy.shipped().all().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.labelFr(), r.labelEn()))
                .flatMap(l -> java.util.Arrays.stream(l.split(" ")))
                .distinct().toList());
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                words.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l)),
                Arbitraries.strings().withChars("0123456789 *").ofMaxLength(12));
    }
}
