package org.argkg.aif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.store.StoreView;
import org.argkg.vocab.Iris;

/** The AIF nodeset of one document of the store ({@code argkg export --format aif --graph DOC-ID}). */
public final class AifExport {

    private final StoreView store;

    public AifExport(StoreView store) {
        this.store = store;
    }

    public AifNodeset nodeset(String docId) {
        Model graph = store.graph(Iris.documentGraph(docId))
                .orElseThrow(() -> new ArgkgException("the store has no document '" + docId + "'"));
        return new GraphToNodeset().convert(docId, graph, store.union());
    }

    public void write(String docId, OutputStream out) {
        try {
            new AifWriter().write(nodeset(docId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
