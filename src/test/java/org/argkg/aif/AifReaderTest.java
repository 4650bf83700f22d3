package org.argkg.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.junit.jupiter.api.Test;

/** The forms of nodesets other tools write: OVA's wrapper, numeric ids, fields argkg does not use. */
class AifReaderTest {

    static final Path FILE = Path.of("n.json");

    @Test
    void readsOvaJsonWithNumericIdsAndIgnoresOtherFields() {
        String ova = """
                {"AIF": {
                  "nodes": [
                    {"nodeID": 1, "text": "Open models help latecomers.", "type": "I", "x": 120, "y": 40},
                    {"nodeID": 2, "text": "Weights are free to download.", "type": "I"},
                    {"nodeID": 3, "text": "Default Inference", "type": "RA", "scheme": "Default Inference", "schemeID": "72"}
                  ],
                  "edges": [{"edgeID": 1, "fromID": 2, "toID": 3}, {"edgeID": 2, "fromID": 3, "toID": 1}],
                  "schemefulfillments": [], "participants": []},
                 "OVA": {"firstname": "", "nodes": [], "edges": []},
                 "text": "<p>…</p>"}
                """;
        Diagnostics d = new Diagnostics();
        AifNodeset ns = new AifReader().read(FILE, ova, d).orElseThrow();
        assertThat(d.isEmpty()).isTrue();
        assertThat(ns.nodes()).extracting(AifNode::nodeId).containsExactly("1", "2", "3");
        assertThat(ns.node("3").orElseThrow().scheme()).isEqualTo("Default Inference");
        assertThat(ns.node("2").orElseThrow().at()).isEqualTo(Position.of(4, 5));
        AifStructure s = AifStructure.of(ns);
        assertThat(s.applications()).singleElement().satisfies(a -> {
            assertThat(a.premises()).extracting(AifNode::nodeId).containsExactly("2");
            assertThat(a.conclusion().nodeId()).isEqualTo("1");
            assertThat(a.anchored()).isFalse();
        });
    }

    @Test
    void aSchemeNodeWithoutConclusionIsSkippedWithAWarning() {
        String json = """
                {"nodes": [{"nodeID": "a", "text": "Compute is scarce.", "type": "I"},
                           {"nodeID": "b", "text": "Default Inference", "type": "RA"}],
                 "edges": [{"edgeID": "e", "fromID": "a", "toID": "b"}]}
                """;
        Diagnostics d = new Diagnostics();
        assertThat(new AifReader().read(FILE, json, d)).isPresent();
        assertThat(d.all()).singleElement().hasToString("n.json:2:12: warning: RA node 'b' has no conclusion; skipped [AIF_DANGLING_SCHEME]");
    }

    @Test
    void languagesAndLabels() {
        assertThat(Texts.detectLanguage("人工智能（AI）可能会终结后发国家的赶超优势")).isEqualTo("zh");
        assertThat(Texts.detectLanguage("Li Zheng (李峥) argues that AI may end catch-up")).isEqualTo("en");
        assertThat(Texts.label("Short claim.", "en")).isEqualTo("Short claim");
        assertThat(Texts.label("A very long English statement that goes on and on well past the sixty character limit", "en"))
                .isEqualTo("A very long English statement that goes on and on well past…");
    }
}
