package org.argkg.export;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.argkg.aif.AifExport;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.io.AtomicFiles;
import org.argkg.store.StoreView;
import org.argkg.store.Sorting;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * Writes graphs of the store in RDF formats. Output is deterministic: triples are put in one fixed
 * order and the prefixes are always the same, so the same store gives byte-identical files.
 */
public final class Exporter {

    private final StoreView store;
    private JsonLdWriter.ContextMode jsonLdContext = JsonLdWriter.ContextMode.EMBED;

    public Exporter(StoreView store) {
        this.store = store;
    }

    /** How JSON-LD output names its context: embedded (the default) or by its URL. */
    public Exporter jsonLdContext(JsonLdWriter.ContextMode mode) {
        this.jsonLdContext = mode;
        return this;
    }

    /**
     * Writes one document's graph ({@code docId}), or everything when {@code docId} is null: the union
     * of all graphs for formats without named graphs, every named graph for the others. AIF needs a
     * document.
     */
    public void export(ExportFormat format, String docId, OutputStream out) {
        List<String> graphs = docId == null ? store.graphNames() : List.of(Iris.documentGraph(docId));
        if (docId != null && !store.graphNames().contains(Iris.documentGraph(docId))) {
            throw new ArgkgException("the store has no document '" + docId + "'");
        }
        if (format.needsOneDocument() && docId == null) {
            throw new IllegalArgumentException(format.word() + " export needs one document");
        }
        if (format == ExportFormat.AIF) {
            new AifExport(store).write(docId, out);
            return;
        }
        if (format.streams()) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            Ns.prefixes().forEach(stream::prefix);
            if (!format.carriesNamedGraphs()) {
                Model m = docId == null ? store.union() : store.graph(Iris.documentGraph(docId)).orElseThrow();
                Sorting.sortedTriples(m.getGraph()).forEach(stream::triple);
            } else {
                for (String g : graphs) {
                    Node gn = NodeFactory.createURI(g);
                    for (Triple t : Sorting.sortedTriples(store.graph(g).orElseThrow().getGraph())) {
                        stream.quad(Quad.create(gn, t));
                    }
                }
            }
            stream.finish();
            return;
        }
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.prefixes().putAll(Ns.prefixes());
        for (String g : graphs) {
            Model m = Sorting.sortedCopy(store.graph(g).orElseThrow());
            dsg.addGraph(NodeFactory.createURI(g), m.getGraph());
        }
        JsonLdWriter.write(dsg, jsonLdContext, out);
    }

    /** Writes to {@code file} through a temporary file and a rename. */
    public void export(ExportFormat format, String docId, Path file) {
        AtomicFiles.write(file, out -> export(format, docId, out));
    }
}
