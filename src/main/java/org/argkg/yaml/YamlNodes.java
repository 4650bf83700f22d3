package org.argkg.yaml;

import org.argkg.diagnostics.Position;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small helpers over SnakeYAML Engine nodes: positions and human names of node kinds. */
public final class YamlNodes {

    private YamlNodes() {
    }

    public static Position position(Node node) {
        return node.getStartMark().map(YamlLoader::position).orElse(Position.UNKNOWN);
    }

    /** "a mapping", "a list", "a number"…, for messages like "expected a string, found a list". */
    public static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (Tag.NULL.equals(tag)) {
                return "nothing (null)";
            }
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                return "a number";
            }
            if (Tag.BOOL.equals(tag)) {
                return "a boolean";
            }
            if (!Tag.STR.equals(tag)) {
                return "a value tagged " + tag.getValue() + " (a YAML tag argkg does not read: remove the tag)";
            }
            return "a string";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A scalar that YAML read as a number, a boolean or null, which quotes would make a string. */
    public static boolean isPlainScalar(Node node) {
        return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || Tag.INT.equals(s.getTag())
                || Tag.FLOAT.equals(s.getTag()) || Tag.BOOL.equals(s.getTag()) || Tag.STR.equals(s.getTag()));
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }
}
