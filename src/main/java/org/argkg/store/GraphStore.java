package org.argkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.io.AtomicFiles;
import org.argkg.io.Folders;
import org.argkg.search.TextIndexes;
import org.apache.jena.query.text.TextIndex;
import org.argkg.vocab.Iris;

/**
 * The TDB2 dataset that holds the graphs: one named graph per document, plus the ontology and the
 * actor registry, with the full-text index of the claims and the documents' source texts beside it
 * in the same folder. The default graph is the union of the named graphs. The store takes plain
 * graphs: what to store is decided by the build or the import. A replacement of the whole content
 * happens in one write transaction, so readers see the old store or the new one, never a mix, and
 * one that fails or is killed leaves the previous store as it was.
 *
 * <p>TDB2 lets one process open a store folder. While {@code argkg serve} holds it, it leaves a
 * {@link ServerRecord} there; opening the store then fails with {@link StoreHeldException}, and
 * readers use {@link StoreViews#forReading} to go through the server instead.
 */
public final class GraphStore implements StoreView {

    /**
     * Where commands look for the store when {@code --db} is not given: a hidden folder in the working
     * directory (where {@code seeds/} is), outside Maven's {@code target/}, so {@code mvn clean} keeps it.
     */
    public static final String DEFAULT_DIR = ".argkg/db";

    /** {@link #DEFAULT_DIR} as a path. */
    public static final Path DEFAULT_LOCATION = Path.of(DEFAULT_DIR);

    static final String BUILD_INFO = "argkg-build.properties";

    private final Path location;
    private final Dataset dataset;
    private TextIndex textIndex;

    private GraphStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * Opens the store at {@code location}, creating an empty one when there is none.
     *
     * @throws StoreHeldException when a running {@code argkg serve} holds it
     */
    public static GraphStore open(Path location) {
        Optional<ServerRecord> server = ServerRecord.live(location);
        if (server.isPresent()) {
            throw new StoreHeldException(location, server.get());
        }
        try {
            Files.createDirectories(location);
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(location, ds);
        } catch (IOException | RuntimeException e) {
            java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(message(e));
            if (held.find()) {
                throw new ArgkgException("cannot open the store at " + location + ": another process (pid " + held.group(1)
                        + ") has it open; wait for it to finish or stop it", e);
            }
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

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(queryView()));
    }

    @Override
    public String where() {
        return location.toString();
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

    /**
     * Starts replacing the whole content of the store: documents are added one at a time inside one
     * write transaction (on the calling thread) and indexed for full-text search as they come; nothing
     * is visible until {@link Replacement#commit}, and closing without committing leaves the store,
     * its text index and its source texts as they were.
     */
    public Replacement replaceAll() {
        return new Replacement();
    }

    /** A replacement of the whole content in progress; see {@link #replaceAll()}. */
    public final class Replacement implements AutoCloseable {

        private final TextIndexes.Staged text;
        private final Path sources;
        private final DatasetGraph dsg;
        private final boolean hadContent;
        private int documents;
        private long quads;
        private boolean done;

        private Replacement() {
            try {
                hadContent = Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().isEmpty());
                sources = SourceTexts.stage(location);
                text = TextIndexes.stage(location);
                dataset.begin(ReadWrite.WRITE);
                dsg = dataset.asDatasetGraph();
                dsg.clear();
            } catch (ArgkgException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ArgkgException("cannot write the store at " + location + ": " + message(e), e);
            }
        }

        /** Adds one document: its graph, its text-index entries and its source text. */
        public void add(StoredDocument doc) {
            try {
                Node g = NodeFactory.createURI(Iris.documentGraph(doc.docId()));
                quads += put(dsg, g, doc.graph());
                text.add(g, doc.graph().getGraph());
                if (doc.sourceText() != null) {
                    SourceTexts.put(sources, doc.docId(), doc.sourceText());
                }
                documents++;
            } catch (ArgkgException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ArgkgException("cannot write the store at " + location + ": " + message(e), e);
            }
        }

        /**
         * Adds the shared graphs, commits, and records the fingerprint of what was stored; returns the
         * number of quads written.
         */
        public long commit(Model ontologyGraph, Model actorsGraph, String fingerprint) {
            try {
                quads += put(dsg, NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), ontologyGraph);
                quads += put(dsg, NodeFactory.createURI(Iris.ACTORS_GRAPH), actorsGraph);
                dataset.commit();
                dataset.end();
                done = true;
                if (hadContent) {
                    // a TDB2 store only grows: drop the previous generation now the new one is committed
                    DatabaseMgr.compact(dataset.asDatasetGraph(), true);
                }
                closeTextIndex();
                text.install();
                SourceTexts.install(location, sources);
            } catch (ArgkgException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ArgkgException("cannot write the store at " + location + ": " + message(e), e);
            }
            writeInfo(fingerprint, documents, "written by argkg build");
            return quads;
        }

        public int documents() {
            return documents;
        }

        /** Aborts when not committed: the store stays as it was. */
        @Override
        public void close() {
            if (done) {
                return;
            }
            done = true;
            try {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                    dataset.end();
                }
            } finally {
                try {
                    text.discard();
                    Folders.deleteTree(sources);
                } catch (RuntimeException ignored) {
                    // the reason for aborting is the one to report
                }
            }
        }
    }

    /**
     * Replaces one document (or adds it): its graph, its entries in the text index and its source text
     * (removed when null) change together. The new text index is filled inside the write transaction
     * and put in place right after the commit, as a build does; on failure the store keeps the old
     * document.
     */
    public void replaceDocument(StoredDocument doc) {
        TextIndexes.Staged text = TextIndexes.stage(location);
        boolean committed = false;
        try {
            dataset.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Node g = NodeFactory.createURI(Iris.documentGraph(doc.docId()));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                put(dsg, g, doc.graph());
                dsg.listGraphNodes().forEachRemaining(name -> text.add(name, dsg.getGraph(name)));
                dataset.commit();
                committed = true;
            } finally {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                dataset.end();
            }
            closeTextIndex();
            text.install();
            SourceTexts.put(location.resolve(SourceTexts.DIRECTORY), doc.docId(), doc.sourceText());
        } catch (ArgkgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot write document '" + doc.docId() + "' to the store at " + location + ": "
                    + message(e), e);
        } finally {
            if (!committed) {
                try {
                    text.discard();
                } catch (RuntimeException ignored) {
                    // the write's own error is the one to report
                }
            }
        }
    }

    /** The body of a document's source text, as stored by the last build; empty when the store has none. */
    public Optional<String> sourceText(String docId) {
        return SourceTexts.read(location, docId);
    }

    private void writeInfo(String fingerprint, int documents, String comment) {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        if (documents >= 0) {
            p.setProperty("documents", Integer.toString(documents));
        }
        AtomicFiles.write(location.resolve(BUILD_INFO), out -> p.store(out, comment));
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
        // an export carries no source texts: the page shows none until the next build
        Folders.deleteTree(location.resolve(SourceTexts.DIRECTORY));
        writeInfo("loaded:" + file.getFileName(), -1, "written by argkg load");
        return n[0];
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

    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
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

    @Override
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
