package org.argkg.aif;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argkg.io.Json;

/**
 * Writes a nodeset as AIFdb JSON: {@code nodes} ({@code nodeID}, {@code text}, {@code type},
 * {@code timestamp}), {@code edges} ({@code edgeID}, {@code fromID}, {@code toID},
 * {@code formEdgeID}) and {@code locutions}, plus argkg's own fields under {@code "argkg"}, which
 * other tools ignore. Keys are always in the same order and the text is UTF-8 without escapes of
 * non-ASCII characters, so the same nodeset always gives the same bytes.
 */
public final class AifWriter {

    /** The JSON text of {@code ns}, ending with a newline. */
    public String toJson(AifNodeset ns) {
        Map<String, Object> top = new LinkedHashMap<>();
        List<Object> nodes = new ArrayList<>();
        for (AifNode n : ns.nodes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("nodeID", n.nodeId());
            o.put("text", n.text() == null ? n.type().defaultText() : n.text());
            o.put("type", n.type().word());
            if (n.timestamp() != null) {
                o.put("timestamp", n.timestamp());
            }
            if (n.scheme() != null) {
                o.put("scheme", n.scheme());
            }
            if (n.argkg() != null) {
                o.put("argkg", extension(n.argkg()));
            }
            nodes.add(o);
        }
        top.put("nodes", nodes);
        List<Object> edges = new ArrayList<>();
        for (AifEdge e : ns.edges()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("edgeID", e.edgeId());
            o.put("fromID", e.fromId());
            o.put("toID", e.toId());
            o.put("formEdgeID", null);
            edges.add(o);
        }
        top.put("edges", edges);
        List<Object> locutions = new ArrayList<>();
        for (AifLocution l : ns.locutions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("nodeID", l.nodeId());
            o.put("personID", l.personId());
            locutions.add(o);
        }
        top.put("locutions", locutions);
        if (ns.document() != null) {
            top.put("argkg", extension(ns.document()));
        }
        StringBuilder sb = new StringBuilder();
        write(sb, top, 0);
        return sb.append('\n').toString();
    }

    public void write(AifNodeset ns, OutputStream out) throws IOException {
        out.write(toJson(ns).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Map<String, Object> extension(NodeExtension x) {
        Map<String, Object> o = new LinkedHashMap<>();
        putIf(o, "document", x.document());
        putIf(o, "id", x.id());
        putIf(o, "role", x.role() == null ? null : x.role().word());
        putIf(o, "label", x.label().isEmpty() ? null : new java.util.TreeMap<>(x.label()));
        putIf(o, "statement", x.statement().isEmpty() ? null : new java.util.TreeMap<>(x.statement()));
        putIf(o, "factor", x.factor());
        putIf(o, "actors", x.actors().isEmpty() ? null : x.actors());
        putIf(o, "source-url", x.sourceUrl());
        putIf(o, "kind", x.kind() == null ? null : x.kind().word());
        putIf(o, "basis", x.basis() == null ? null : x.basis().word());
        putIf(o, "note", x.note());
        return o;
    }

    private static Map<String, Object> extension(DocumentExtension d) {
        Map<String, Object> o = new LinkedHashMap<>();
        putIf(o, "id", d.id());
        putIf(o, "title", d.title().isEmpty() ? null : new java.util.TreeMap<>(d.title()));
        putIf(o, "date", d.date());
        putIf(o, "language", d.language());
        putIf(o, "url", d.url());
        putIf(o, "genre", d.genre() == null ? null : d.genre().word());
        putIf(o, "creator", d.creator());
        putIf(o, "publisher", d.publisher());
        putIf(o, "original-publisher", d.originalPublisher());
        return o;
    }

    private static void putIf(Map<String, Object> o, String key, Object value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    /** Pretty JSON, two spaces; an object or array of scalars that fits on a line is written on one. */
    private static void write(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            String inline = inline(v);
            if (inline != null && inline.length() + indent <= 100) {
                sb.append(inline);
                return;
            }
            sb.append("{\n");
            int k = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("  ".repeat(indent + 1)).append(Json.string(e.getKey().toString())).append(": ");
                write(sb, e.getValue(), indent + 1);
                sb.append(++k < m.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(indent)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            String inline = inline(v);
            if (inline != null && inline.length() + indent <= 100) {
                sb.append(inline);
                return;
            }
            sb.append("[\n");
            for (int k = 0; k < l.size(); k++) {
                sb.append("  ".repeat(indent + 1));
                write(sb, l.get(k), indent + 1);
                sb.append(k + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(indent)).append(']');
        } else {
            sb.append(scalar(v));
        }
    }

    /** One-line form of a map or list of scalars, else null. */
    private static String inline(Object v) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            int k = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                    return null;
                }
                sb.append(k++ > 0 ? ", " : "").append(Json.string(e.getKey().toString())).append(": ").append(scalar(e.getValue()));
            }
            return sb.append('}').toString();
        }
        List<?> l = (List<?>) v;
        sb.append('[');
        for (int k = 0; k < l.size(); k++) {
            if (l.get(k) instanceof Map || l.get(k) instanceof List) {
                return null;
            }
            sb.append(k > 0 ? ", " : "").append(scalar(l.get(k)));
        }
        return sb.append(']').toString();
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return Json.string(v.toString());
    }
}
