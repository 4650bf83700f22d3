package org.argkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.argkg.vocab.Ns;
import org.junit.jupiter.api.Test;

/** The table for people: terms as people read them, widths in terminal cells. */
class TextTableTest {

    final TextTable table = new TextTable(Ns.prefixes());
    final Model m = ModelFactory.createDefaultModel();

    @Test
    void termsWithoutNoise() {
        assertThat(table.cell(m.createTypedLiteral("197", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)))
                .isEqualTo("197");
        assertThat(table.cell(m.createLiteral("x", "en"))).isEqualTo("x");
        assertThat(table.cell(m.createLiteral("a\n  b"))).isEqualTo("a b");
        assertThat(table.cell(m.createResource(Ns.ID + "li-zheng-2024-ai-exception/cause-cost")))
                .isEqualTo("id:li-zheng-2024-ai-exception/cause-cost");
        assertThat(table.cell(m.createResource(Ns.FACTOR + "cost"))).isEqualTo("factor:cost");
        assertThat(table.cell(m.createResource("https://example.org/x"))).isEqualTo("<https://example.org/x>");
        assertThat(table.cell(null)).isEmpty();
    }

    @Test
    void chineseTakesTwoCells() {
        assertThat(TextTable.width("引入成本高")).isEqualTo(10);
        assertThat(TextTable.width("AI")).isEqualTo(2);
        assertThat(TextTable.cut("引入成本高", 7)).isEqualTo("引入成…");
        assertThat(TextTable.wrap("引入成本高", 4)).containsExactly("引入", "成本", "高");
    }

    @Test
    void cutKeepsThePrefixAndTheEnd() {
        assertThat(TextTable.cut("id:li-zheng-2024-ai-exception/cause-cost", 15)).isEqualTo("id:…/cause-cost");
        assertThat(TextTable.cut("a long text here", 8)).isEqualTo("a long…");
        assertThat(TextTable.wrap("High cost of adopting AI", 12)).containsExactly("High cost of", "adopting AI");
        assertThat(TextTable.wrap("one two three four five six seven", 5)).hasSize(TextTable.MAX_LINES)
                .last().asString().endsWith("…");
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
        int[] w = TextTable.fit(new int[] {5, 100, 100, 3}, 100);
        assertThat(w[0]).isEqualTo(5);
        assertThat(w[3]).isEqualTo(3);
        assertThat(w[1] + w[2]).isLessThanOrEqualTo(92);
        assertThat(List.of(w[1], w[2])).allMatch(x -> x >= 45);
        assertThat(TextTable.fit(new int[] {10, 20}, 100)).containsExactly(10, 20);
    }

    @Test
    void unusedPrefixesDoNotMatter() {
        TextTable t = new TextTable(Map.of("ex", "https://example.org/", "exa", "https://example.org/a/"));
        assertThat(t.shortIri("https://example.org/a/b")).isEqualTo("exa:b");
    }
}
