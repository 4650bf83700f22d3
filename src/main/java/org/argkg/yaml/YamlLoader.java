package org.argkg.yaml;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

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
     * YAML, is empty, holds more than one document or exceeds a limit of {@link YamlLimits}; the
     * message names the limit.
     */
    public Optional<Node> load(Path file, String text, Diagnostics out) {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            out.error(file, Position.of(1, 1), "YAML_LIMIT",
                    "file is larger than the size limit of " + limits.maxCodePoints() + " characters");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file == null ? "<input>" : file.toString())
                .setMaxAliasesForCollections(Math.max(limits.maxAliases(), 1))
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // duplicates are reported by the readers, with both positions
                .setCodePointLimit(Math.max(limits.maxCodePoints(), 1024))
                .setUseMarks(true)
                .build();
        try {
            if (!withinLimits(file, settings, text, out)) {
                return Optional.empty();
            }
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
            return Optional.of(first);
        } catch (MarkedYamlEngineException e) {
            // at the end of the stream the problem mark says nothing useful ("unexpected end of
            // stream" after an unclosed quote): point at where the construct began instead
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Position at = (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark))
                    .map(YamlLoader::position).orElse(Position.of(1, 1));
            out.error(file, at, "YAML_SYNTAX", describe(e) + indentationHint(text, at, e));
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

    /**
     * Checks the node count, the nesting depth and the aliases on the parser's events, before any
     * node is built: the parser keeps its state on a heap stack, while building nodes recurses once
     * per level, so a file nested thousands of levels deep must be refused here; an alias bomb never
     * expands; and a file of millions of tiny values stops at the node limit.
     */
    private boolean withinLimits(Path file, LoadSettings settings, String text, Diagnostics out) {
        int depth = 0;
        int aliases = 0;
        int nodes = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            Event.ID id = e.getEventId();
            if ((id == Event.ID.Scalar || id == Event.ID.MappingStart || id == Event.ID.SequenceStart || id == Event.ID.Alias)
                    && ++nodes > limits.maxNodes()) {
                out.error(file, position(e), "YAML_LIMIT", "more keys, values and list items than the node limit of "
                        + limits.maxNodes());
                return false;
            }
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > limits.maxDepth()) {
                    out.error(file, position(e), "YAML_LIMIT",
                            "nesting deeper than the depth limit of " + limits.maxDepth() + " levels");
                    return false;
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            } else if (id == Event.ID.Alias && ++aliases > limits.maxAliases()) {
                out.error(file, position(e), limits.maxAliases() == 0 ? "YAML_ALIAS" : "YAML_LIMIT",
                        limits.maxAliases() == 0
                                ? "YAML aliases (*name) are not allowed in argkg files; write the value out"
                                : "more aliases (*name) than the alias limit of " + limits.maxAliases());
                return false;
            }
        }
        return true;
    }

    private static Position position(Event e) {
        return e.getStartMark().map(YamlLoader::position).orElse(Position.of(1, 1));
    }

    static Position position(Mark m) {
        return Position.of(m.getLine() + 1, m.getColumn() + 1);
    }

    /**
     * SnakeYAML's words for a misaligned line ("expected <block end>", "mapping values are not
     * allowed here") say nothing of indentation; say it, comparing the line with the one above.
     */
    static String indentationHint(String text, Position at, MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (!problem.contains("expected <block end>") && !problem.contains("mapping values are not allowed")) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        int line = at.line();
        if (line < 2 || line > lines.length) {
            return "";
        }
        int indent = indentation(lines[line - 1]);
        int above = line - 2;
        while (above >= 0 && (lines[above].isBlank() || lines[above].stripLeading().startsWith("#"))) {
            above--;
        }
        if (above < 0) {
            return "";
        }
        int aboveIndent = indentation(lines[above]);
        if (indent == aboveIndent && !problem.contains("mapping values")) {
            return "";
        }
        if (problem.contains("mapping values") && lines[line - 1].stripLeading().matches("[^:#]+:\\s.*")) {
            return "; is line " + line + " a key of its own? It is indented " + indent + " space" + (indent == 1 ? "" : "s")
                    + " and line " + (above + 1) + " " + aboveIndent + ": keys of one mapping start in the same column";
        }
        return "; check the indentation of line " + line + " (" + indent + " space" + (indent == 1 ? "" : "s")
                + ") against line " + (above + 1) + " (" + aboveIndent + "): keys of one mapping, and items of one list,"
                + " start in the same column";
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
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
