package org.argkg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.io.JsonOutput;
import org.argkg.store.Sorting;

/**
 * Writes a dataset as JSON-LD 1.1 compacted with argkg's context ({@link JsonLdContext}): readable
 * term names ({@code statement}, {@code supports}, {@code factor}), language maps for the zh and en
 * texts, typed dates and offsets, and prefixed IRIs ({@code id:…}, {@code actor:…}). The context is
 * embedded, so the file is read offline by any JSON-LD processor, or referred to by its URL
 * ({@link ContextMode#URL}). Quads go in sorted order and keys are sorted, so the same dataset
 * always gives the same bytes.
 */
public final class JsonLdWriter {

    /** How the output names its context. */
    public enum ContextMode {
        /** {@code "@context": {…}}, the content of the published context: readable offline. */
        EMBED,
        /** {@code "@context": "https://w3id.org/argkg/context.jsonld"}: for publishing next to the context. */
        URL
    }

    private JsonLdWriter() {
    }

    /** Writes the JSON-LD of {@code dsg} to {@code out} as it is generated (the compacted document itself is built in memory). */
    public static void write(DatasetGraph dsg, ContextMode mode, OutputStream out) {
        JsonValue readable = keywordsFirst(compacted(dsg, mode));
        try {
            JsonOutput.write(out, g -> g.write(readable));
        } catch (IOException e) {
            throw new ArgkgException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static JsonObject compacted(DatasetGraph dsg, ContextMode mode) {
        try {
            QuadsToJsonld fromRdf = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
            List<Node> graphs = new java.util.ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            graphs.sort(java.util.Comparator.comparing(Node::getURI));
            for (Triple t : Sorting.sortedTriples(dsg.getDefaultGraph())) {
                quad(fromRdf, t, null);
            }
            for (Node g : graphs) {
                for (Triple t : Sorting.sortedTriples(dsg.getGraph(g))) {
                    quad(fromRdf, t, g.getURI());
                }
            }
            JsonLdOptions options = new JsonLdOptions(JsonLdContext.loader());
            options.setOrdered(true);
            JsonDocument expanded = JsonDocument.of(fromRdf.toJsonLd());
            JsonObject compacted = JsonLd.compact(expanded, JsonLdContext.document()).options(options).ordered(true).get();
            if (mode == ContextMode.URL && compacted.containsKey("@context")) {
                // the same compaction; the context named by its URL instead of written out
                compacted = Json.createObjectBuilder(compacted).add("@context", JsonLdContext.URL).build();
            }
            return compacted;
        } catch (JsonLdError | RdfConsumerException e) {
            throw new ArgkgException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Keys sorted, but {@code @context}, {@code @id} and {@code @type} first in every object, for people reading it. */
    private static JsonValue keywordsFirst(JsonValue v) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (String k : List.of("@context", "@id", "@type")) {
                if (o.containsKey(k)) {
                    b.add(k, k.equals("@context") ? o.get(k) : keywordsFirst(o.get(k)));
                }
            }
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (!List.of("@context", "@id", "@type").contains(e.getKey())) {
                    b.add(e.getKey(), keywordsFirst(e.getValue()));
                }
            }
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            jakarta.json.JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(x -> b.add(keywordsFirst(x)));
            return b.build();
        }
        return v;
    }

    private static void quad(QuadsToJsonld q, Triple t, String graph) throws RdfConsumerException {
        Node o = t.getObject();
        String s = resource(t.getSubject());
        String p = t.getPredicate().getURI();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            q.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, null, graph);
        } else {
            q.quad(s, p, resource(o), null, null, null, graph);
        }
    }

    private static String resource(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new ArgkgException("JSON-LD export: unsupported RDF term " + n);
    }
}
