package org.argkg.aif;

import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.argkg.io.JsonOutput;

/**
 * Writes a nodeset as AIFdb JSON: {@code nodes} ({@code nodeID}, {@code text}, {@code type},
 * {@code timestamp}), {@code edges} ({@code edgeID}, {@code fromID}, {@code toID},
 * {@code formEdgeID}) and {@code locutions}, plus argkg's own fields under {@code "argkg"}, which
 * other tools ignore. Keys are always in the same order and the text is UTF-8 without escapes of
 * non-ASCII characters ({@link JsonOutput}), so the same nodeset always gives the same bytes.
 */
public final class AifWriter {

    /** The JSON text of {@code ns}, ending with a newline. */
    public String toJson(AifNodeset ns) {
        return JsonOutput.toString(g -> write(ns, g));
    }

    /** Writes the JSON of {@code ns} to {@code out} as it goes, ending with a newline. */
    public void write(AifNodeset ns, OutputStream out) throws IOException {
        JsonOutput.write(out, g -> write(ns, g));
    }

    private static void write(AifNodeset ns, JsonGenerator g) {
        g.writeStartObject().writeStartArray("nodes");
        for (AifNode n : ns.nodes()) {
            g.writeStartObject()
                    .write("nodeID", n.nodeId())
                    .write("text", n.text() == null ? n.type().defaultText() : n.text())
                    .write("type", n.type().word());
            writeIf(g, "timestamp", n.timestamp());
            writeIf(g, "scheme", n.scheme());
            if (n.argkg() != null) {
                extension(g, n.argkg());
            }
            g.writeEnd();
        }
        g.writeEnd().writeStartArray("edges");
        for (AifEdge e : ns.edges()) {
            g.writeStartObject();
            JsonOutput.stringOrNull(g, "edgeID", e.edgeId());
            g.write("fromID", e.fromId()).write("toID", e.toId()).writeNull("formEdgeID").writeEnd();
        }
        g.writeEnd().writeStartArray("locutions");
        for (AifLocution l : ns.locutions()) {
            g.writeStartObject();
            JsonOutput.stringOrNull(g, "nodeID", l.nodeId());
            JsonOutput.stringOrNull(g, "personID", l.personId());
            g.writeEnd();
        }
        g.writeEnd();
        if (ns.document() != null) {
            extension(g, ns.document());
        }
        g.writeEnd();
    }

    private static void extension(JsonGenerator g, NodeExtension x) {
        g.writeStartObject("argkg");
        writeIf(g, "document", x.document());
        writeIf(g, "id", x.id());
        writeIf(g, "role", x.role() == null ? null : x.role().word());
        texts(g, "label", x.label());
        texts(g, "statement", x.statement());
        writeIf(g, "factor", x.factor());
        if (!x.actors().isEmpty()) {
            g.writeStartArray("actors");
            x.actors().forEach(g::write);
            g.writeEnd();
        }
        writeIf(g, "source-url", x.sourceUrl());
        writeIf(g, "kind", x.kind() == null ? null : x.kind().word());
        writeIf(g, "basis", x.basis() == null ? null : x.basis().word());
        writeIf(g, "note", x.note());
        g.writeEnd();
    }

    private static void extension(JsonGenerator g, DocumentExtension d) {
        g.writeStartObject("argkg");
        writeIf(g, "id", d.id());
        texts(g, "title", d.title());
        writeIf(g, "date", d.date());
        writeIf(g, "language", d.language());
        writeIf(g, "url", d.url());
        writeIf(g, "genre", d.genre() == null ? null : d.genre().word());
        writeIf(g, "creator", d.creator());
        writeIf(g, "publisher", d.publisher());
        writeIf(g, "original-publisher", d.originalPublisher());
        g.writeEnd();
    }

    /** One text per language, languages sorted; nothing when there is none. */
    private static void texts(JsonGenerator g, String key, Map<String, String> byLanguage) {
        if (!byLanguage.isEmpty()) {
            g.writeStartObject(key);
            new TreeMap<>(byLanguage).forEach(g::write);
            g.writeEnd();
        }
    }

    private static void writeIf(JsonGenerator g, String key, String value) {
        if (value != null) {
            g.write(key, value);
        }
    }
}
