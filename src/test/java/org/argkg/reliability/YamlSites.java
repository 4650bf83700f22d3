package org.argkg.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The places of a valid YAML file (a map, an actor registry, or the front matter of a source text)
 * that structural mutations edit as text: every key with its value, and every list item. Editing
 * the text, not a re-dumped tree, keeps everything else byte for byte, so a mutation changes one
 * thing.
 */
final class YamlSites {

    /**
     * One place. Offsets are char indices into the whole file text.
     *
     * @param schema where it is, lists collapsed: {@code nodes[].label.zh}
     * @param keyStart start of the key (for list items: of the value)
     * @param valueStart start of the value
     * @param valueEnd end of the value, trailing blanks left out
     * @param flow whether the enclosing collection is written in flow style ({@code {a: 1}}, {@code [a]})
     * @param entry a key with its value (false: a list item)
     */
    record Site(String schema, int keyStart, int valueStart, int valueEnd, boolean flow, boolean entry) {
    }

    private final String text;
    private final List<Site> sites = new ArrayList<>();

    private YamlSites(String text, int offset, String yaml) {
        this.text = text;
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(true).build();
        new Compose(settings).composeString(yaml).ifPresent(root -> walk(root, "", offset, yaml));
    }

    /** The sites of a file's text; for a source text, of its front matter. */
    static YamlSites of(FuzzBase.Target target) {
        String text = new String(target.original(), StandardCharsets.UTF_8);
        if (target.isSource()) {
            int close = text.indexOf("\n---\n", 3);
            return new YamlSites(text, 4, text.substring(4, close + 1));
        }
        return new YamlSites(text, 0, text);
    }

    List<Site> sites() {
        return sites;
    }

    List<Site> entries() {
        return sites.stream().filter(Site::entry).toList();
    }

    private void walk(Node node, String path, int offset, String yaml) {
        if (node instanceof MappingNode m) {
            boolean flow = m.getFlowStyle() == FlowStyle.FLOW;
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String p = path.isEmpty() ? key : path + "." + key;
                sites.add(site(p, t.getKeyNode(), t.getValueNode(), offset, yaml, flow, true));
                walk(t.getValueNode(), p, offset, yaml);
            }
        } else if (node instanceof SequenceNode s) {
            boolean flow = s.getFlowStyle() == FlowStyle.FLOW;
            for (Node item : s.getValue()) {
                sites.add(site(path + "[]", item, item, offset, yaml, flow, false));
                walk(item, path + "[]", offset, yaml);
            }
        }
    }

    private Site site(String schema, Node key, Node value, int offset, String yaml, boolean flow, boolean entry) {
        int k = offset + yaml.offsetByCodePoints(0, key.getStartMark().orElseThrow().getIndex());
        int vs = offset + yaml.offsetByCodePoints(0, value.getStartMark().orElseThrow().getIndex());
        int ve = offset + yaml.offsetByCodePoints(0, value.getEndMark().orElseThrow().getIndex());
        while (ve > vs && Character.isWhitespace(text.charAt(ve - 1))) {
            ve--;
        }
        return new Site(schema, k, Math.min(vs, ve), ve, flow, entry);
    }

    /** The text with the value of {@code s} replaced. */
    String replaceValue(Site s, String value) {
        return text.substring(0, s.valueStart) + value + text.substring(s.valueEnd);
    }

    /** The text without the key and value of {@code s} (and, in flow style, its comma). */
    String remove(Site s) {
        int from = s.keyStart;
        int to = s.valueEnd;
        if (s.flow) {
            int next = skipBlanks(to);
            if (next < text.length() && text.charAt(next) == ',') {
                to = skipBlanks(next + 1);
            } else {
                int prev = from;
                while (prev > 0 && Character.isWhitespace(text.charAt(prev - 1))) {
                    prev--;
                }
                if (prev > 0 && text.charAt(prev - 1) == ',') {
                    from = prev - 1;
                }
            }
        }
        return text.substring(0, from) + text.substring(to);
    }

    /** The text with the key and value of {@code s} written twice, the copy just before the original. */
    String duplicate(Site s) {
        String span = text.substring(s.keyStart, s.valueEnd);
        int lineStart = text.lastIndexOf('\n', s.keyStart - 1) + 1;
        String separator = s.flow ? ", " : "\n" + " ".repeat(text.codePointCount(lineStart, s.keyStart));
        return text.substring(0, s.keyStart) + span + separator + text.substring(s.keyStart);
    }

    private int skipBlanks(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
