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
    /** The last committed generation, as the dataset records it. */
    private Generation generation = Generation.NONE;
    /** True when the source texts are not those of {@link #generation} and cannot be made so. */
    private boolean sourcesStale;

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
            GraphStore store = new GraphStore(location, ds);
            try {
                store.reconcile();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (ArgkgException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(message(e));
            if (held.find()) {
                throw new ArgkgException("cannot open the store at " + location + ": another process (pid " + held.group(1)
                        + ") has it open; wait for it to finish or stop it", e);
            }
            throw new ArgkgException("cannot open the store at " + location + ": " + message(e), e);
        }
    }

    /**
     * Makes the text index, the source texts and {@link #BUILD_INFO} those of the generation the
     * dataset committed last, after a run that was killed or failed between the dataset's commit and
     * their installation: a staged index or folder of texts of that generation is put in place, a
     * stale index is rebuilt from the dataset, and texts that cannot be recovered mark the store as
     * needing a build ({@link #fingerprint()} empty). Leftover staged and old folders are removed.
     */
    private void reconcile() {
        generation = Txn.calculateRead(dataset, () -> Generation.of(dataset.asDatasetGraph()));
        long g = generation.number();
        if (!repair(location.resolve(TextIndexes.DIRECTORY), location.resolve(TextIndexes.STAGED), TextIndexes::generation, g)) {
            TextIndexes.rebuild(location, dataset.asDatasetGraph(), g);
        }
        // texts that cannot be repaired are the seeds': only a build brings them back
        sourcesStale = !repair(location.resolve(SourceTexts.DIRECTORY), location.resolve(SourceTexts.STAGED),
                SourceTexts::generation, g);
        for (String leftover : new String[] {TextIndexes.STAGED, TextIndexes.DIRECTORY + ".old", SourceTexts.STAGED,
            SourceTexts.DIRECTORY + ".old"}) {
            Folders.deleteTree(location.resolve(leftover));
        }
        if (g > 0 && infoGeneration() != g) {
            writeInfo(generation, "rewritten by argkg from the store's generation " + g);
        }
    }

    /**
     * True when {@code live} is of generation {@code g} (or there is neither, in a store never written),
     * or was made so by putting {@code staged} of generation {@code g} in its place.
     */
    private static boolean repair(Path live, Path staged, java.util.function.Function<Path, java.util.OptionalLong> generationOf,
            long g) {
        java.util.OptionalLong found = generationOf.apply(live);
        if ((found.isPresent() && found.getAsLong() == g) || (g == 0 && !Files.exists(live))) {
            return true;
        }
        java.util.OptionalLong stagedGeneration = generationOf.apply(staged);
        if (stagedGeneration.isPresent() && stagedGeneration.getAsLong() == g) {
            Folders.swap(staged, live);
            return true;
        }
        return false;
    }

    /** The generation {@link #BUILD_INFO} was written for; -1 when there is none. */
    private long infoGeneration() {
        Optional<Properties> p = info();
        if (p.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(p.get().getProperty("generation", "0"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Optional<Properties> info() {
        return ServerRecord.properties(location.resolve(BUILD_INFO));
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
        DatasetGraph base = dataset.asDatasetGraph();
        DatasetGraph[] self = new DatasetGraph[1];
        DatasetGraph view = new UnionDefaultGraph(base, commit -> commitViewWrite(base, commit, self[0]));
        self[0] = view;
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
                sources = SourceTexts.stage(location, false);
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
                if (doc.vectors() != null) {
                    SourceTexts.putVectors(sources, doc.docId(), doc.vectors());
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
            Generation next = generation.next(fingerprint, documents);
            try {
                quads += put(dsg, NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), ontologyGraph);
                quads += put(dsg, NodeFactory.createURI(Iris.ACTORS_GRAPH), actorsGraph);
                SourceTexts.seal(sources, next.number());
                text.seal(next.number());
                next.writeTo(dsg);
                dataset.commit();
                dataset.end();
                done = true;
            } catch (ArgkgException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ArgkgException("cannot write the store at " + location + ": " + message(e), e);
            }
            install(next, text, sources, "written by argkg build");
            if (hadContent) {
                compact();
            }
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
        replaceOneGraph(Iris.documentGraph(doc.docId()), doc.graph(), sources -> {
                    SourceTexts.put(sources, doc.docId(), doc.sourceText());
                    SourceTexts.putVectors(sources, doc.docId(), doc.vectors());
                },
                "written by argkg import", "cannot write document '" + doc.docId() + "' to the store at " + location + ": ");
    }

    /**
     * Writes one named graph in place of what it held, as a new generation of the store: the text
     * index is staged over every graph inside the write transaction, the source texts are carried over
     * (changed by {@code texts} first), both sealed with the new number before the commit and put in
     * place after it. On failure the store keeps what it had.
     */
    private void replaceOneGraph(String graphIri, Model model, java.util.function.Consumer<Path> texts,
            String comment, String failure) {
        Generation next = generation.next(generation.fingerprint(), generation.documents());
        TextIndexes.Staged text = null;
        Path sources = null;
        boolean committed = false;
        try {
            text = TextIndexes.stage(location);
            sources = SourceTexts.stage(location, true);
            texts.accept(sources);
            SourceTexts.seal(sources, next.number());
            dataset.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Node g = NodeFactory.createURI(graphIri);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                put(dsg, g, model);
                TextIndexes.Staged staged = text;
                dsg.listGraphNodes().forEachRemaining(name -> staged.add(name, dsg.getGraph(name)));
                text.seal(next.number());
                next.writeTo(dsg);
                dataset.commit();
                committed = true;
            } finally {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                dataset.end();
            }
        } catch (ArgkgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArgkgException(failure + message(e), e);
        } finally {
            if (!committed) {
                discard(text, sources);
            }
        }
        install(next, text, sources, comment);
    }

    /**
     * Commits a write transaction of the query view (SPARQL Update and Graph Store writes of
     * {@code serve --update}, writes through {@link #connect()}) as a new generation, as every other
     * write: the text index is staged over the graphs as the transaction left them and the source
     * texts are carried over, both sealed with the new number before {@code commit} runs, and put in
     * place after it; then the view searches the new index.
     */
    private void commitViewWrite(DatasetGraph base, Runnable commit, DatasetGraph view) {
        Generation next = generation.next(generation.fingerprint(), generation.documents());
        TextIndexes.Staged text = null;
        Path sources = null;
        boolean committed = false;
        try {
            text = TextIndexes.stage(location);
            sources = SourceTexts.stage(location, true);
            SourceTexts.seal(sources, next.number());
            TextIndexes.Staged staged = text;
            base.listGraphNodes().forEachRemaining(name -> staged.add(name, base.getGraph(name)));
            text.seal(next.number());
            next.writeTo(base);
            commit.run();
            committed = true;
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot write to the store at " + location + ": " + message(e), e);
        } finally {
            if (!committed) {
                discard(text, sources);
            }
        }
        install(next, text, sources, "written through argkg serve --update");
        textIndex = TextIndexes.open(location);
        TextIndexes.attach(view, textIndex);
    }

    /** Drops what was staged for a write that did not commit. */
    private static void discard(TextIndexes.Staged text, Path sources) {
        try {
            if (text != null) {
                text.discard();
            }
            if (sources != null) {
                Folders.deleteTree(sources);
            }
        } catch (RuntimeException ignored) {
            // the write's own error is the one to report
        }
    }

    /**
     * Puts the staged index and texts of the generation just committed in place, then the build
     * information: renames only, in that order. A run killed in between is finished by the next
     * {@link #open}, which finds the staged parts of the committed generation.
     */
    private void install(Generation next, TextIndexes.Staged text, Path sources, String comment) {
        generation = next;
        sourcesStale = false;
        try {
            closeTextIndex();
            text.install();
            SourceTexts.install(location, sources);
        } catch (RuntimeException e) {
            throw new ArgkgException("the store at " + location + " holds the new content, but its text index or source "
                    + "texts could not be put in place (they will be on its next opening): " + message(e), e);
        }
        writeInfo(next, comment);
    }

    /**
     * A TDB2 store only grows: drops the previous generation's space once the new one is in place. A
     * compaction that fails (a full disk) leaves a larger store that is still whole: a warning, not
     * a failure of the write that committed.
     */
    private void compact() {
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            System.err.println("argkg: warning: the store at " + location + " was written but not compacted: " + message(e));
        }
    }

    /** The body of a document's source text, as stored by the last build; empty when the store has none. */
    public Optional<String> sourceText(String docId) {
        return SourceTexts.read(location, docId);
    }

    /**
     * The embeddings of the documents' statements as the last build stored them, by document id
     * (the content {@code org.argkg.embedding.StatementVectors} writes); empty for a store built
     * without them or loaded from an export.
     */
    public java.util.Map<String, String> statementVectors() {
        return SourceTexts.readVectors(location);
    }

    private void writeInfo(Generation g, String comment) {
        Properties p = new Properties();
        if (g.fingerprint() != null) {
            p.setProperty("fingerprint", g.fingerprint());
        }
        if (g.documents() >= 0) {
            p.setProperty("documents", Integer.toString(g.documents()));
        }
        p.setProperty("generation", Long.toString(g.number()));
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
        // an export carries no source texts: the page shows none until the next build
        Generation next = generation.next("loaded:" + file.getFileName(), -1);
        long[] n = {0};
        TextIndexes.Staged text = null;
        Path sources = null;
        boolean committed = false;
        try {
            boolean hadContent = Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().isEmpty());
            text = TextIndexes.stage(location);
            sources = SourceTexts.stage(location, false);
            SourceTexts.seal(sources, next.number());
            TextIndexes.Staged staged = text;
            dataset.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.clear();
                org.apache.jena.riot.RDFParser.source(file).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        dsg.add(q);
                        if (!q.isDefaultGraph()) {
                            staged.add(q);
                        }
                        n[0]++;
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        dsg.getDefaultGraph().add(t);
                        n[0]++;
                    }
                });
                text.seal(next.number());
                next.writeTo(dsg);
                dataset.commit();
                committed = true;
            } finally {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
                dataset.end();
            }
            install(next, text, sources, "written by argkg load");
            if (hadContent) {
                compact();
            }
        } catch (ArgkgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot load " + file + " into the store at " + location + ": " + message(e), e);
        } finally {
            if (!committed) {
                discard(text, sources);
            }
        }
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
     * transaction, as a new generation; the other graphs are untouched.
     */
    public void replaceGraph(String graphIri, Model model) {
        replaceOneGraph(graphIri, model, sources -> { }, "written by argkg evaluate",
                "cannot write graph " + graphIri + " to the store at " + location + ": ");
    }

    /**
     * The fingerprint of the seeds the store was last built from; empty when unknown or when the
     * store needs a build (its source texts are not those of its last write).
     */
    public Optional<String> fingerprint() {
        if (sourcesStale) {
            return Optional.empty();
        }
        return info().map(p -> p.getProperty("fingerprint"));
    }

    /** The number of the last committed write of the store (0 for a store written before they were counted). */
    public long generation() {
        return generation.number();
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

    /**
     * What went wrong, in the user's terms: a full disk deep inside TDB2 or Lucene surfaces as
     * "NodeTableThrift/Write", "commit" or "addEntity"; the cause that says so is found and named.
     */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return "the disk is full (" + m.strip() + ")";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
