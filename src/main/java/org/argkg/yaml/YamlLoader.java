package org.argkg.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses YAML 1.2 text into SnakeYAML Engine's node tree, which keeps the line and column of every
 * node. Syntax errors and exceeded limits become diagnostics; nothing is thrown.
 */
public final class YamlLoader {

    private final YamlLimits limits;

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlLoader() {
        this(YamlLimits.DEFAULT);
    }

    /**
     * Parses one YAML document. Returns empty (with diagnostics added) when the text is not valid
     * YAML, is empty, holds more than one document or exceeds a limit.
     */
    public Optional<Node> load(Path file, String text, Diagnostics out) {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            out.error(file, Position.of(1, 1), "YAML_LIMIT",
                    "file is larger than the limit of " + limits.maxCodePoints() + " characters");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file == null ? "<input>" : file.toString())
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // duplicates are reported by the readers, with both positions
                .setCodePointLimit(Math.max(limits.maxCodePoints(), 1024))
                .setUseMarks(true)
                .build();
        try {
            Iterator<Node> docs = new Compose(settings).composeAllFromString(text).iterator();
            if (!docs.hasNext()) {
                out.error(file, Position.of(1, 1), "YAML_EMPTY", "file is empty");
                return Optional.empty();
            }
            Node first = docs.next();
            if (docs.hasNext()) {
                Node second = docs.next();
                out.error(file, YamlNodes.position(second), "YAML_MULTIPLE_DOCUMENTS",
                        "file holds more than one YAML document; a map is one document");
                return Optional.empty();
            }
            if (!checkShape(file, first, out)) {
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (MarkedYamlEngineException e) {
            // at the end of the stream the problem mark says nothing useful ("unexpected end of
            // stream" after an unclosed quote): point at where the construct began instead
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Position at = (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark))
                    .map(YamlLoader::position).orElse(Position.of(1, 1));
            out.error(file, at, "YAML_SYNTAX", describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? "invalid YAML" : e.getMessage();
            String code = msg.contains("aliases") || msg.contains("code point") || msg.contains("exceeds")
                    ? "YAML_LIMIT" : "YAML_SYNTAX";
            out.error(file, Position.of(1, 1), code, oneLine(msg));
            return Optional.empty();
        } catch (RuntimeException e) {
            out.error(file, Position.of(1, 1), "YAML_SYNTAX", "cannot parse YAML: " + oneLine(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** Rejects aliases (not needed in maps and the root of "billion laughs") and excessive depth. */
    private boolean checkShape(Path file, Node root, Diagnostics out) {
        List<Node> stack = new ArrayList<>();
        return walk(file, root, 1, stack, out);
    }

    private boolean walk(Path file, Node node, int depth, List<Node> path, Diagnostics out) {
        if (node instanceof AnchorNode) {
            out.error(file, YamlNodes.position(node), "YAML_ALIAS",
                    "YAML aliases (*name) are not allowed in argkg files; write the value out");
            return false;
        }
        if (depth > limits.maxDepth()) {
            out.error(file, YamlNodes.position(node), "YAML_LIMIT",
                    "nesting deeper than the limit of " + limits.maxDepth() + " levels");
            return false;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!walk(file, t.getKeyNode(), depth + 1, path, out) || !walk(file, t.getValueNode(), depth + 1, path, out)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                if (!walk(file, child, depth + 1, path, out)) {
                    return false;
                }
            }
        }
        return true;
    }

    static Position position(Mark m) {
        return Position.of(m.getLine() + 1, m.getColumn() + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        StringBuilder sb = new StringBuilder("YAML syntax error");
        if (e.getContext() != null && !e.getContext().isBlank()) {
            sb.append(' ').append(e.getContext().strip());
        }
        if (e.getProblem() != null && !e.getProblem().isBlank()) {
            sb.append(": ").append(e.getProblem().strip());
        }
        return oneLine(sb.toString());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
