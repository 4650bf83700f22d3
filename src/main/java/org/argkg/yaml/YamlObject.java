package org.argkg.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read against a fixed set of keys. It reports, with positions: keys that are not
 * allowed (with a "did you mean" suggestion), keys given twice, required keys that are missing, and
 * values of the wrong type. Readers of argkg's YAML files are written on top of it.
 */
public final class YamlObject {

    private final Path file;
    private final MappingNode node;
    private final Diagnostics out;
    private final String where;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlObject(Path file, MappingNode node, String where, Collection<String> allowed, Diagnostics out) {
        this.file = file;
        this.node = node;
        this.where = where;
        this.out = out;
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks) || Tag.NULL.equals(ks.getTag())) {
                out.error(file, YamlNodes.position(k), "MAP_KEY_TYPE",
                        "keys of " + where + " must be plain names, found " + YamlNodes.describe(k));
                continue;
            }
            String key = ks.getValue();
            if (entries.containsKey(key)) {
                Position first = YamlNodes.position(entries.get(key).getKeyNode());
                out.error(file, YamlNodes.position(k), "MAP_DUPLICATE_KEY",
                        "key '" + key + "' is given twice in " + where + " (first at line " + first.line() + ")");
                continue;
            }
            if (!allowed.contains(key)) {
                String suggestion = Suggestions.closest(key, allowed)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed keys: " + String.join(", ", allowed));
                out.error(file, YamlNodes.position(k), "MAP_UNKNOWN_KEY",
                        "unknown key '" + key + "' in " + where + suggestion);
                continue;
            }
            entries.put(key, t);
        }
    }

    /** Reads {@code value} as a mapping, or reports what it is instead and returns empty. */
    public static Optional<YamlObject> of(Path file, Node value, String where, Collection<String> allowed, Diagnostics out) {
        if (value instanceof MappingNode m) {
            return Optional.of(new YamlObject(file, m, where, allowed, out));
        }
        out.error(file, YamlNodes.position(value), "MAP_TYPE",
                where + " must be a mapping (key: value), found " + YamlNodes.describe(value));
        return Optional.empty();
    }

    /**
     * The string value of {@code key} in a mapping node, without any check or report: used to name
     * a mapping in messages (e.g. "node 'thesis'") before it is read.
     */
    public static Optional<String> peek(Node value, String key) {
        if (value instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && t.getValueNode() instanceof ScalarNode v && Tag.STR.equals(v.getTag())) {
                    return Optional.of(v.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public Position position() {
        return YamlNodes.position(node);
    }

    public Position keyPosition(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : YamlNodes.position(t.getKeyNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    public void requireAll(String... keys) {
        requireAllAs("MAP_MISSING_KEY", keys);
    }

    /** Reports each missing key with the given diagnostic code. */
    public void requireAllAs(String code, String... keys) {
        for (String k : keys) {
            if (!entries.containsKey(k)) {
                out.error(file, position(), code, where + " is missing required key '" + k + "'");
            }
        }
    }

    /** A string value; numbers and booleans are refused, so that {@code id: 2024} is caught. */
    public Optional<Located<String>> string(String key) {
        return value(key).flatMap(v -> asString(v, "'" + key + "' in " + where));
    }

    public Optional<Located<String>> asString(Node v, String what) {
        if (v instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            return Optional.of(new Located<>(s.getValue(), YamlNodes.position(v)));
        }
        out.error(file, YamlNodes.position(v), "MAP_TYPE",
                what + " must be a string, found " + YamlNodes.describe(v)
                        + (YamlNodes.isPlainScalar(v) ? " (put it in quotes)" : ""));
        return Optional.empty();
    }

    /** A boolean value ({@code true} or {@code false}). */
    public Optional<Located<Boolean>> bool(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
                return Optional.of(new Located<>(Boolean.parseBoolean(s.getValue()), YamlNodes.position(v)));
            }
            out.error(file, YamlNodes.position(v), "MAP_TYPE",
                    "'" + key + "' in " + where + " must be true or false, found " + YamlNodes.describe(v));
            return Optional.empty();
        });
    }

    public Optional<Located<Integer>> integer(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
                try {
                    return Optional.of(new Located<>(Integer.parseInt(s.getValue().replace("+", "")), YamlNodes.position(v)));
                } catch (NumberFormatException e) {
                    // fall through to the error below
                }
            }
            out.error(file, YamlNodes.position(v), "MAP_TYPE",
                    "'" + key + "' in " + where + " must be a whole number, found " + YamlNodes.describe(v));
            return Optional.empty();
        });
    }

    /** A list value; a single scalar is refused with a hint to write a list. */
    public List<Node> list(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty() || YamlNodes.isNull(v.get())) {
            return List.of();
        }
        if (v.get() instanceof SequenceNode s) {
            return s.getValue();
        }
        String hint = v.get() instanceof ScalarNode s && Tag.STR.equals(s.getTag())
                ? " (write [" + s.getValue() + "] for a list of one)" : "";
        out.error(file, YamlNodes.position(v.get()), "MAP_TYPE",
                "'" + key + "' in " + where + " must be a list, found " + YamlNodes.describe(v.get()) + hint);
        return List.of();
    }

    /** A list of strings, such as {@code actors: [a, b]}. */
    public List<Located<String>> strings(String key) {
        List<Located<String>> result = new ArrayList<>();
        for (Node n : list(key)) {
            asString(n, "each item of '" + key + "' in " + where).ifPresent(result::add);
        }
        return result;
    }

    public Path file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return out;
    }

    public String where() {
        return where;
    }
}
