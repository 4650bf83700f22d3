package org.argkg.search;

import org.argkg.io.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.vocab.Argkg;

/**
 * The full-text index of claims: Jena's text index (Lucene) over {@code argkg:statement} and
 * {@code rdfs:label}, one field per language. English is stemmed ({@link EnglishAnalyzer});
 * Chinese gets SmartChinese words and the CJK bigrams of every run of Han characters
 * ({@link ChineseAnalyzer}), so whole words rank well and sub-words are found. In SPARQL:
 *
 * <pre>
 * PREFIX text: &lt;http://jena.apache.org/text#&gt;
 * SELECT ?claim ?score { (?claim ?score) text:query (argkg:statement "出口管制" "lang:zh") }
 * </pre>
 *
 * The index is derived data: it is rebuilt with the store, in the store's folder.
 */
public final class TextIndexes {

    /** The index folder, inside the store folder. */
    public static final String DIRECTORY = "text-index";
    public static final String STATEMENT_FIELD = "statement";
    public static final String LABEL_FIELD = "label";

    private static boolean analyzersRegistered;

    private TextIndexes() {
    }

    /** Language-specific analyzers, registered once with jena-text (its registry is global). */
    private static synchronized void registerAnalyzers() {
        if (analyzersRegistered) {
            return;
        }
        Analyzer english = new EnglishAnalyzer();
        Util.addAnalyzer("en", english);
        Util.addAnalyzer("zh", new ChineseAnalyzer());
        analyzersRegistered = true;
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", STATEMENT_FIELD, Argkg.statement.asNode());
        def.set(LABEL_FIELD, RDFS.label.asNode());
        def.setLangField("lang");
        def.setUidField("uid");
        return def;
    }

    private static TextIndexConfig config() {
        registerAnalyzers();
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        return config;
    }

    /** Opens the index of the store at {@code storeDir}. */
    public static TextIndex open(Path storeDir) {
        try {
            Path dir = storeDir.resolve(DIRECTORY);
            Files.createDirectories(dir);
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
        } catch (IOException | RuntimeException e) {
            throw new ArgkgException("cannot open the text index in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    /** The staged index's folder, beside the current one. */
    public static final String STAGED = DIRECTORY + ".new";

    private static final String GENERATION = "argkg.generation";

    /**
     * Rebuilds the index from scratch from the claims' statements and labels in {@code dsg}, for
     * store generation {@code generation}, and puts it in place.
     */
    public static void rebuild(Path storeDir, DatasetGraph dsg, long generation) {
        Staged staged = stage(storeDir);
        try {
            Txn.executeRead(dsg, () -> {
                for (Node p : List.of(Argkg.statement.asNode(), RDFS.label.asNode())) {
                    dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(staged::add);
                }
            });
            staged.seal(generation);
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
        staged.install();
    }

    /**
     * The store generation the index in {@code dir} was committed for: 0 for an index committed
     * without one, empty when {@code dir} holds no committed index.
     */
    public static java.util.OptionalLong generation(Path dir) {
        if (!Files.isDirectory(dir)) {
            return java.util.OptionalLong.empty();
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            String g = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData().get(GENERATION);
            return java.util.OptionalLong.of(g == null ? 0 : Long.parseLong(g));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty(); // no commit (killed while staging) or unreadable
        }
    }

    /**
     * Starts a new index next to the store's current one, to be filled while a build streams its
     * graphs (so the store is not read back afterwards) and installed once the store has committed,
     * or discarded when the build is aborted. The current index is left alone until then.
     */
    public static Staged stage(Path storeDir) {
        Path dir = storeDir.resolve(STAGED);
        Folders.deleteTree(dir);
        try {
            Files.createDirectories(dir);
            return new Staged(storeDir, dir, TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config()));
        } catch (IOException | RuntimeException e) {
            throw new ArgkgException("cannot create the text index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An index being built; see {@link #stage(Path)}. */
    public static final class Staged {

        private final Path storeDir;
        private final Path dir;
        private final TextIndex index;
        private boolean closed;

        private Staged(Path storeDir, Path dir, TextIndex index) {
            this.storeDir = storeDir;
            this.dir = dir;
            this.index = index;
        }

        /** Indexes the statements and labels of the claims in one named graph. */
        public void add(Node graph, org.apache.jena.graph.Graph g) {
            for (Node p : List.of(Argkg.statement.asNode(), RDFS.label.asNode())) {
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(Quad.create(graph, t)));
            }
        }

        public void add(Quad q) {
            Node p = q.getPredicate();
            if (p.equals(Argkg.statement.asNode())) {
                TextIndexes.add(index, q, STATEMENT_FIELD);
            } else if (p.equals(RDFS.label.asNode())) {
                TextIndexes.add(index, q, LABEL_FIELD);
            }
        }

        /** Commits the new index, marked as the index of store generation {@code generation}. */
        public void seal(long generation) {
            try {
                if (index instanceof org.apache.jena.query.text.TextIndexLucene lucene) {
                    lucene.getIndexWriter().setLiveCommitData(
                            java.util.Map.of(GENERATION, Long.toString(generation)).entrySet());
                }
                index.commit();
            } finally {
                closed = true;
                index.close();
            }
        }

        /** Puts the sealed index in the place of the current one (renames only). */
        public void install() {
            Folders.swap(dir, storeDir.resolve(DIRECTORY));
        }

        /** Drops the new index; the current one stays. */
        public void discard() {
            try {
                if (!closed) {
                    closed = true;
                    index.close();
                }
            } finally {
                Folders.deleteTree(dir);
            }
        }
    }

    private static void add(TextIndex index, Quad q, String field) {
        Node o = q.getObject();
        if (!o.isLiteral() || !q.getSubject().isURI() || !q.getSubject().getURI().startsWith(org.argkg.vocab.Ns.ID)) {
            return; // only the claims of the documents (not ontology or actor labels)
        }
        String lang = o.getLiteralLanguage();
        Entity e = new Entity(q.getSubject().getURI(), q.getGraph().isURI() ? q.getGraph().getURI() : null,
                lang.isEmpty() ? null : lang, o.getLiteralDatatype());
        e.put(field, o.getLiteralLexicalForm());
        index.addEntity(e);
    }

    /** Makes {@code text:query} in queries over {@code view} use {@code index}. */
    public static void attach(DatasetGraph view, TextIndex index) {
        TextQuery.init();
        view.getContext().set(TextQuery.textIndex, index);
    }
}
