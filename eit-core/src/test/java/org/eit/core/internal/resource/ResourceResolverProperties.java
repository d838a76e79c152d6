package org.eit.core.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The resolver's invariants, whatever its scoring: an id resolves to itself however it is cased; a label leads to
 * its resource; the same text always gives the same answer, and no text makes it throw.
 */
class ResourceResolverProperties {
    private static final ResourceResolver RESOLVER = new ResourceResolver(ResourceTaxonomy.shipped());

    private static final List<Resource> RESOURCES = List.copyOf(ResourceTaxonomy.shipped().all());
    private static final List<Boolean> BOTH = List.of(false, true);

    @Test
    void anIdResolvesToItselfInAnyCase() {
        Property.forEvery(RESOURCES, BOTH, (resource, upper) -> {
            String written = upper ? resource.id().toUpperCase(Locale.ROOT).replace('-', '_') : resource.id();
            Resolution resolution = RESOLVER.resolve("  " + written + " ");
            assertThat(resolution.resourceId()).isEqualTo(resource.id());
            assertThat(resolution.method()).isEqualTo(Resolution.Method.ID);
        });
    }

    @Test
    void aLabelLeadsToItsResource() {
        Property.forEvery(RESOURCES, BOTH, (resource, french) -> {
            String label = french ? resource.labelFr() : resource.labelEn();
            Resolution resolution = RESOLVER.resolve(label);
            boolean found = resource.id().equals(resolution.resourceId())
                    || resolution.candidates().stream().anyMatch(c -> c.resourceId().equals(resource.id()));
            assertThat(found).as("%s -> %s", label, resolution).isTrue();
        });
    }

    @Test
    void anyTextGivesTheSameAnswerTwiceAndNeverThrows() {
        Property.forAll(texts(), text -> {
            Resolution first = RESOLVER.resolve(text);
            assertThat(RESOLVER.resolve(text)).isEqualTo(first);
            if (first.isResolved()) {
                assertThat(ResourceTaxonomy.shipped().contains(first.resourceId())).isTrue();
            }
        });
    }

    /** Any text, words of the labels in any order, and numbers and wildcards as codes are written. */
    static Gen<String> texts() {
        Gen<String> words = Gen.of(RESOURCES.stream()
                .flatMap(r -> Stream.of(r.labelFr(), r.labelEn()))
                .flatMap(l -> Arrays.stream(l.split(" ")))
                .distinct().toList());
        return Gen.oneOf(Gen.strings(Gen.anyChar(), 0, 40),
                words.list(1, 4).map(l -> String.join(" ", l)),
                Gen.strings(Gen.charsOf("0123456789 *"), 0, 12))
                .withExamples("", " ", "*", "0");
    }
}
