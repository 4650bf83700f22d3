package org.argkg.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The factor matrix and the timeline: well-formed SVG, the seeds' documents and events, escaping, determinism. */
@ResourceLock(Locks.SEEDS_DB)
@ResourceLock(Locks.HOSTILE_DB)
class PlotsTest {

    static GraphStore seeds;
    static GraphStore hostile;

    @BeforeAll
    static void open() {
        seeds = GraphStore.openExisting(DiagramFixtures.seedsDb());
        hostile = GraphStore.openExisting(DiagramFixtures.hostileDb());
    }

    @AfterAll
    static void close() {
        seeds.close();
        hostile.close();
    }

    @Test
    void theFactorMatrixHasACellForEachDocumentThatBearsOnAFactor() throws Exception {
        String svg = Plots.svg(seeds, PlotKind.FACTORS, "en");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("id")).isEqualTo("argkg-plot-factors");
        // the seed article has claims on the factor of security controls, and supports among them
        assertThat(svg).contains("data-factor=\"security-controls\" data-doc=\"li-zheng-2024-ai-exception\"",
                "Security and strategic controls on diffusion");
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(20);
        assertThat(Plots.svg(seeds, PlotKind.FACTORS, "en")).isEqualTo(svg);
        assertThat(Plots.svg(seeds, PlotKind.FACTORS, "zh")).contains("支持为主");
    }

    @Test
    void theTimelineShowsDatedDocumentsAndEventsInDateOrder() throws Exception {
        String svg = Plots.svg(seeds, PlotKind.TIMELINE, "en");
        parse(svg);
        assertThat(svg).contains("id=\"argkg-plot-timeline\"", "class=\"doc\" data-doc=\"li-zheng-2024-ai-exception\"",
                "2024-11-28 Do the technologically strong stay strong?", "class=\"event\"", "us-eo-14148-2025 revokes us-eo-14110-2023");
        assertThat(svg.indexOf("2022-10-07")).isLessThan(svg.indexOf("2024-11-28"));
        assertThat(Plots.svg(seeds, PlotKind.TIMELINE, "en")).isEqualTo(svg);
    }

    @Test
    void textsFromTheDataAreEscaped() throws Exception {
        for (PlotKind k : PlotKind.values()) {
            String svg = Plots.svg(hostile, k, "zh");
            Document doc = parse(svg);
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(svg).doesNotContain("<script", "<i>");
        }
        assertThat(Plots.svg(hostile, PlotKind.TIMELINE, "zh")).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
