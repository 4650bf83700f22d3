package org.argkg.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argkg.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The double-quoted scalars argkg writes read back as the strings they were made from. */
class YamlScalarsTest {

    @Test
    void quotesBackslashesAndBreaksAreEscapedAndTextStaysAsItIs() {
        assertThat(YamlScalars.doubleQuoted("a \"b\" \\ c\n\td\r")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\td\\r\"");
        assertThat(YamlScalars.doubleQuoted("后发国家 𝒜 é")).isEqualTo("\"后发国家 𝒜 é\"");
        assertThat(YamlScalars.doubleQuoted("\u0001\u007f\u0085\u2028\uFEFF")).isEqualTo("\"\\u0001\\u007f\\u0085\\u2028\\ufeff\"");
        assertThat(YamlScalars.doubleQuoted("")).isEqualTo("\"\"");
    }

    @Test
    void everyCharacterReadsBackThroughTheMapLoader() {
        List<String> texts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)) {
                chunk.append((char) c);
            }
            if (chunk.length() == 64 || c == 0xFFFF) {
                texts.add(chunk.toString());
                chunk.setLength(0);
            }
        }
        texts.add("𝒜 \uD83D\uDE00 and \uDBFF\uDFFF");
        StringBuilder yaml = new StringBuilder();
        for (String t : texts) {
            yaml.append("- ").append(YamlScalars.doubleQuoted(t)).append('\n');
        }
        Diagnostics d = new Diagnostics();
        Node root = new YamlLoader().load(Path.of("q.yaml"), yaml.toString(), d).orElseThrow(() -> new AssertionError(d.all()));
        List<Node> items = ((SequenceNode) root).getValue();
        assertThat(items).hasSameSizeAs(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(((ScalarNode) items.get(i)).getValue()).as("item %d", i).isEqualTo(texts.get(i));
        }
    }
}
