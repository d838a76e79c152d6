package org.eit.core.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Material names as published inventories of exchanges and symbiosis case studies write them
 * ({@code exchange-corpus.csv}: the text, the resource it must resolve to, or nothing for a text that must not
 * resolve, and the source). The share resolved correctly is what docs/KNOWLEDGE.md reports.
 */
class ExchangeCorpusTest {
    /** The bar: nine names out of ten resolve to the right resource. */
    private static final double REQUIRED_SHARE = 0.90;
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();
    private static final ResourceResolver RESOLVER = new ResourceResolver(TAXONOMY);

    private record Row(int line, String text, String expected, String source, String url) {
    }

    private static List<Row> corpus() throws IOException {
        try (InputStream in = ExchangeCorpusTest.class.getResourceAsStream("exchange-corpus.csv")) {
            Problems problems = new Problems();
            CsvTable table = CsvTable.read("exchange-corpus.csv", in.readAllBytes(), problems);
            problems.throwIfErrors();
            return table.rows().stream()
                    .map(r -> new Row(r.line(), r.getOrEmpty("text"), r.getOrEmpty("expected"),
                            r.getOrEmpty("source"), r.getOrEmpty("url")))
                    .toList();
        }
    }

    @Test
    void nineNamesOutOfTenResolveToTheRightResource() throws IOException {
        List<Row> rows = corpus();
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            Resolution resolution = RESOLVER.resolve(row.text());
            boolean right = row.expected().isEmpty() ? !resolution.isResolved()
                    : row.expected().equals(resolution.resourceId());
            if (!right) {
                misses.add(String.format("line %d: '%s' expected %s, got %s %s %s", row.line(), row.text(),
                        row.expected().isEmpty() ? "no resolution" : row.expected(), resolution.status(),
                        resolution.resourceId(), resolution.candidates().stream()
                                .map(c -> c.resourceId() + " " + c.score()).toList()));
            }
        }
        double share = 1.0 - (double) misses.size() / rows.size();
        System.out.printf("exchange corpus: %d of %d names resolved correctly (%.1f %%)%n",
                rows.size() - misses.size(), rows.size(), 100 * share);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(share).as("share of the corpus resolved correctly; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void theCorpusIsLargeSourcedAndNamesShippedResources() throws IOException {
        List<Row> rows = corpus();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.source()).as("source of line %d", row.line()).isNotBlank();
            assertThat(row.url()).as("address of line %d", row.line()).startsWith("http");
            if (!row.expected().isEmpty()) {
                assertThat(TAXONOMY.contains(row.expected())).as("resource of line %d", row.line()).isTrue();
            }
        });
        assertThat(rows.stream().map(Row::text).distinct()).hasSameSizeAs(rows);
        assertThat(rows.stream().filter(r -> r.expected().isEmpty())).as("texts that must not resolve")
                .isNotEmpty();
    }
}
