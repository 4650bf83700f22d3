package org.argkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.argkg.build.BuildResult;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.io.AtomicFiles;
import org.argkg.mapping.MappedDocument;
import org.argkg.search.TextIndexes;
import org.apache.jena.query.text.TextIndex;
import org.argkg.vocab.Iris;

/**
 * The TDB2 dataset that holds the graphs: one named graph per document, plus the ontology and the
 * actor registry. The default graph is the union of the named graphs. A build replaces the whole
 * content in one write transaction, so readers see the old store or the new one, never a mix, and
 * a build that fails or is killed leaves the previous store as it was.
 */
public final class GraphStore implements AutoCloseable {

    /** Where commands look for the store when {@code --db} is not given. */
    public static final Path DEFAULT_LOCATION = Path.of("target", "argkg-db");

    static final String BUILD_INFO = "argkg-build.properties";

    private final Path location;
    private final Dataset dataset;
    private TextIndex textIndex;

    private GraphStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens the store at {@code location}, creating an empty one when there is none. */
    public static GraphStore open(Path location) {
        try {
            Files.createDirectories(location);
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(location, ds);
        } catch (IOException | RuntimeException e) {
            throw new ArgkgException("cannot open the store at " + location + ": " + message(e), e);
        }
    }

    /** Opens an existing store; fails when none was built there. */
    public static GraphStore openExisting(Path location) {
        if (!exists(location)) {
            throw new ArgkgException("no store at " + location + "; run 'argkg build' first (or give --db)");
        }
        return open(location);
    }

    /** True when a store was built at {@code location}. */
    public static boolean exists(Path location) {
        return Files.isRegularFile(location.resolve(BUILD_INFO));
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The dataset as queries see it: the default graph is the union of the named graphs, and
     * {@code text:query} searches the claims' full-text index.
     */
    public synchronized DatasetGraph queryView() {
        DatasetGraph view = new UnionDefaultGraph(dataset.asDatasetGraph());
        if (textIndex == null && Files.isDirectory(location.resolve(TextIndexes.DIRECTORY))) {
            textIndex = TextIndexes.open(location);
        }
        if (textIndex != null) {
            TextIndexes.attach(view, textIndex);
        }
        return view;
    }

    /** What a rebuild wrote: the build's result, and the documents and quads stored (0 when aborted). */
    public record Rebuilt(BuildResult result, int documents, long quads) {
    }

    /**
     * Replaces the content of the store with what {@code producer} builds, streaming: the producer
     * hands each document's graph to the sink it is given, and each is written at once, all inside
     * one write transaction, and indexed for full-text search at the same time. When the producer
     * reports errors the transaction is aborted and the store (and its text index) stay as they
     * were; otherwise it is committed and the fingerprint of the seeds recorded.
     */
    public Rebuilt rebuild(Function<Consumer<MappedDocument>, BuildResult> producer, String fingerprint) {
        boolean hadContent;
        BuildResult result;
        int[] documents = {0};
        long[] quads = {0};
        TextIndexes.Staged text = null;
        try {
            hadContent = Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().isEmpty());
            text = TextIndexes.stage(location);
            TextIndexes.Staged index = text;
            dataset.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.clear();
                // the next documents are read, checked and mapped while this thread writes
                result = Pipeline.run(producer, doc -> {
                    Node g = NodeFactory.createURI(Iris.documentGraph(doc.docId()));
                    quads[0] += put(dsg, g, doc.graph());
                    index.add(g, doc.graph().getGraph());
                    documents[0]++;
                });
                if (!result.ok()) {
                    dataset.abort();
                    text.discard();
                    return new Rebuilt(result, 0, 0);
                }
                quads[0] += put(dsg, NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), result.ontologyGraph());
                quads[0] += put(dsg, NodeFactory.createURI(Iris.ACTORS_GRAPH), result.actorsGraph());
                dataset.commit();
            } finally {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                dataset.end();
            }
            if (hadContent) {
                // a TDB2 store only grows: drop the previous generation now the new one is committed
                DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            }
            closeTextIndex();
            text.install();
            text = null;
        } catch (ArgkgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot write the store at " + location + ": " + message(e), e);
        } finally {
            if (text != null) {
                try {
                    text.discard();
                } catch (RuntimeException ignored) {
                    // the build's own error is the one to report
                }
            }
        }
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("documents", Integer.toString(documents[0]));
        AtomicFiles.write(location.resolve(BUILD_INFO), out -> p.store(out, "written by argkg build"));
        return new Rebuilt(result, documents[0], quads[0]);
    }

    /**
     * Replaces the content of the store with the quads of an N-Quads or TriG file, streamed in one
     * write transaction (aborted, leaving the store as it was, when the file does not parse), then
     * rebuilds the full-text index. Returns the number of quads loaded.
     */
    public long load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArgkgException(file + " does not exist");
        }
        long[] n = {0};
        try {
            dataset.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.clear();
                org.apache.jena.riot.RDFParser.source(file).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        dsg.add(q);
                        n[0]++;
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        dsg.getDefaultGraph().add(t);
                        n[0]++;
                    }
                });
                dataset.commit();
            } finally {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                dataset.end();
            }
            closeTextIndex();
            TextIndexes.rebuild(location, dataset.asDatasetGraph());
        } catch (ArgkgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot load " + file + " into the store at " + location + ": " + message(e), e);
        }
        Properties p = new Properties();
        p.setProperty("fingerprint", "loaded:" + file.getFileName());
        AtomicFiles.write(location.resolve(BUILD_INFO), out -> p.store(out, "written by argkg load"));
        return n[0];
    }

    /** Replaces the content of the store with the graphs of a build held in memory. */
    public void replaceWith(BuildResult build, String fingerprint) {
        if (!build.ok()) {
            throw new IllegalArgumentException("refusing to store a build with errors");
        }
        rebuild(sink -> {
            build.documents().forEach(sink);
            return build;
        }, fingerprint);
    }

    /** Adds the triples of {@code model} to graph {@code g}; returns how many. */
    private static long put(DatasetGraph dsg, Node g, Model model) {
        long n = 0;
        var it = model.getGraph().find();
        while (it.hasNext()) {
            var t = it.next();
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        return n;
    }

    /**
     * Replaces one named graph (for derived graphs such as evaluation results) in one write
     * transaction; the other graphs are untouched.
     */
    public void replaceGraph(String graphIri, Model model) {
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Node g = NodeFactory.createURI(graphIri);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                put(dsg, g, model);
            });
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot write graph " + graphIri + " to the store at " + location + ": " + message(e), e);
        }
    }

    /** The fingerprint of the seeds the store was last built from. */
    public Optional<String> fingerprint() {
        Path info = location.resolve(BUILD_INFO);
        if (!Files.isRegularFile(info)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty("fingerprint"));
    }

    /** IRIs of the named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** Document ids of the document graphs, sorted. */
    public List<String> documentIds() {
        return graphNames().stream().map(Iris::docIdOfGraph).filter(java.util.Objects::nonNull).toList();
    }

    /** A copy of one named graph, or empty when the store has no such graph. */
    public Optional<Model> graph(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            Node g = NodeFactory.createURI(graphIri);
            if (!dataset.asDatasetGraph().containsGraph(g)) {
                return Optional.empty();
            }
            Model m = ModelFactory.createDefaultModel();
            m.add(dataset.getNamedModel(graphIri));
            return Optional.of(m);
        });
    }

    /** A copy of the union of all named graphs. */
    public Model union() {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(dataset.getUnionModel());
            return m;
        });
    }

    /** Number of triples (quads) over all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private synchronized void closeTextIndex() {
        if (textIndex != null) {
            textIndex.close();
            textIndex = null;
        }
    }

    @Override
    public void close() {
        closeTextIndex();
        if (dataset.isInTransaction()) {
            dataset.abort();
        }
        // release the files (and the lock) so that the folder can be rebuilt, moved or deleted
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
