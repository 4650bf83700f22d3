package org.argkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.export.ExportFormat;
import org.argkg.export.Exporter;
import org.argkg.io.Folders;
import org.argkg.search.TextIndexes;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store, its text index, its source texts and its build information are one generation: the
 * number survives a compaction, is seen by no export, and a folder whose parts disagree (a run
 * killed between the dataset's commit and their installation) is repaired when it is opened.
 */
class GenerationTest {

    @TempDir
    Path tmp;

    static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> PREFIX argkg: <https://w3id.org/argkg/ontology#> "
            + "SELECT (COUNT(*) AS ?n) { ?c text:query (argkg:statement \"export\") }";

    @Test
    void everyPartCarriesTheGenerationAndExportsDoNot() throws Exception {
        Path db = tmp.resolve("db");
        Corpus seeds = new Corpus(Seeds.copyTo(tmp));
        new StoreBuilder().build(seeds, db);
        String first = export(db);
        new StoreBuilder().build(seeds, db); // a rebuild: compacted after the commit
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.generation()).isEqualTo(2);
            assertThat(store.fingerprint()).contains(seeds.fingerprint());
        }
        assertOneGeneration(db, 2);
        assertThat(export(db)).isEqualTo(first).doesNotContain("argkg-generation").doesNotContain("urn:argkg:store");
    }

    @Test
    void aStoreKilledAfterItsCommitIsFinishedWhenOpened() throws Exception {
        Path db = tmp.resolve("db");
        Corpus seeds = new Corpus(Seeds.copyTo(tmp));
        Path before = builtTwice(seeds, db);
        // as if killed right after the commit: index, texts and build information of generation 1,
        // the new index and texts still staged
        Files.move(db.resolve(TextIndexes.DIRECTORY), db.resolve(TextIndexes.STAGED));
        Files.move(db.resolve(SourceTexts.DIRECTORY), db.resolve(SourceTexts.STAGED));
        putBack(before, db);
        Files.copy(before.resolve(GraphStore.BUILD_INFO), db.resolve(GraphStore.BUILD_INFO),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(db.resolve(GraphStore.BUILD_INFO),
                Files.readString(db.resolve(GraphStore.BUILD_INFO)).replace("fingerprint=", "fingerprint=old"));
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.generation()).isEqualTo(2);
            assertThat(store.fingerprint()).contains(seeds.fingerprint());
            assertThat(count(store)).isPositive();
        }
        assertOneGeneration(db, 2);
    }

    @Test
    void aStaleIndexIsRebuiltAndStaleTextsAskForABuild() throws Exception {
        Path db = tmp.resolve("db");
        Corpus seeds = new Corpus(Seeds.copyTo(tmp));
        Path before = builtTwice(seeds, db);
        long hits;
        try (GraphStore store = GraphStore.open(db)) {
            hits = count(store);
        }
        // the new index and texts lost, the old ones in place
        Folders.deleteTree(db.resolve(TextIndexes.DIRECTORY));
        Folders.deleteTree(db.resolve(SourceTexts.DIRECTORY));
        putBack(before, db);
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(count(store)).isEqualTo(hits);
            assertThat(store.fingerprint()).as("texts of another generation: the store needs a build").isEmpty();
        }
        assertThat(TextIndexes.generation(db.resolve(TextIndexes.DIRECTORY))).hasValue(2);
        assertThat(new StoreBuilder().ensureCurrent(seeds, db)).isPresent();
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.generation()).isEqualTo(3);
            assertThat(store.fingerprint()).contains(seeds.fingerprint());
        }
        assertThat(new StoreBuilder().ensureCurrent(seeds, db)).isEmpty();
    }

    @Test
    void aWriteTheTextIndexRefusesCommitsNothing() throws Exception {
        Path db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Seeds.copyTo(tmp)), db);
        String before = export(db);
        // a claim whose IRI is longer than a Lucene term may be
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.add(m.createResource(org.argkg.vocab.Ns.ID + "big/" + "9".repeat(40_000)), org.argkg.vocab.Argkg.statement,
                m.createLiteral("An export control", "en"));
        try (GraphStore store = GraphStore.open(db)) {
            assertThatThrownBy(() -> store.replaceDocument(new StoredDocument("big", m, "text")))
                    .isInstanceOf(org.argkg.diagnostics.ArgkgException.class).hasMessageContaining("cannot write document 'big'");
            assertThat(store.generation()).isEqualTo(1);
            assertThat(store.documentIds()).doesNotContain("big");
        }
        assertThat(export(db)).isEqualTo(before);
        assertThat(leftovers(db)).isEmpty();
        assertThat(SourceTexts.read(db, "big")).isEmpty();
        // and the next write goes through
        org.apache.jena.rdf.model.Model small = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        small.add(small.createResource(org.argkg.vocab.Ns.ID + "small/c1"), org.argkg.vocab.Argkg.statement,
                small.createLiteral("An export control", "en"));
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceDocument(new StoredDocument("small", small, "text"));
            assertThat(store.generation()).isEqualTo(2);
        }
        assertThat(SourceTexts.read(db, "small")).contains("text");
        assertThat(SourceTexts.generation(db.resolve(SourceTexts.DIRECTORY))).hasValue(2);
    }

    /**
     * Every writer of the store makes a new generation, with index, texts and build information of
     * that number: a build, an import ({@code replaceDocument}), an evaluation written back
     * ({@code replaceGraph}), a load, a SPARQL update through the library's connection, and SPARQL
     * Update and a Graph Store write to {@code serve --update}. What the update wrote is searched.
     */
    @Test
    void everyWriterMakesANewGeneration() throws Exception {
        Path db = tmp.resolve("db");
        Corpus seeds = new Corpus(Seeds.copyTo(tmp));
        new StoreBuilder().build(seeds, db);
        assertOneGeneration(db, 1);
        org.apache.jena.rdf.model.Model claim = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        claim.add(claim.createResource(org.argkg.vocab.Ns.ID + "imported/c1"), org.argkg.vocab.Argkg.statement,
                claim.createLiteral("An imported export control", "en"));
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceDocument(new StoredDocument("imported", claim, "text"));
            assertThat(store.generation()).isEqualTo(2);
            assertOneGeneration(db, 2);
            store.replaceGraph("urn:x:evaluation", claim);
            assertThat(store.generation()).as("replaceGraph (evaluate writing its results)").isEqualTo(3);
            assertOneGeneration(db, 3);
            assertThat(store.fingerprint()).as("the seeds' texts carried over").contains(seeds.fingerprint());
            assertThat(SourceTexts.read(db, "imported")).contains("text");
        }
        Path nq = tmp.resolve("store.trig");
        Files.writeString(nq, export(db));
        try (GraphStore store = GraphStore.open(db)) {
            store.load(nq);
            assertThat(store.generation()).isEqualTo(4);
        }
        assertOneGeneration(db, 4);
        try (GraphStore store = GraphStore.open(db)) {
            long before = count(store);
            try (var c = store.connect()) {
                c.update("PREFIX argkg: <https://w3id.org/argkg/ontology#> INSERT DATA { GRAPH <urn:x:g> {"
                        + " <" + org.argkg.vocab.Ns.ID + "updated/c1> argkg:statement \"An export control written by an update\"@en } }");
            }
            assertThat(store.generation()).as("an update through the store's connection").isEqualTo(5);
            assertOneGeneration(db, 5);
            assertThat(count(store)).as("the update's claim is searched").isEqualTo(before + 1);
            Path passwords = Files.writeString(tmp.resolve("passwords"), "alice: s3cret\n");
            try (org.argkg.server.SparqlServer srv = org.argkg.server.SparqlServer.start(store,
                    org.argkg.server.ServerSettings.defaults().withPort(0).withUpdate(passwords))) {
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
                var update = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(srv.datasetUrl() + "/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("PREFIX argkg: <https://w3id.org/argkg/ontology#>"
                                + " INSERT DATA { GRAPH <urn:x:g> { <" + org.argkg.vocab.Ns.ID + "updated/c2> argkg:statement \"Another export control\"@en } }"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(update.statusCode()).as(update.body()).isBetween(200, 299);
                assertThat(store.generation()).as("SPARQL Update to serve --update").isEqualTo(6);
                assertOneGeneration(db, 6);
                assertThat(count(store)).isEqualTo(before + 2);
                var put = http.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(srv.datasetUrl() + "/data?graph=" + java.net.URLEncoder.encode("urn:x:h", StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle").header("Authorization", auth)
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:e> <urn:x:p> \"o\" ."))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(put.statusCode()).as(put.body()).isBetween(200, 299);
                assertThat(store.generation()).as("Graph Store PUT to serve --update").isEqualTo(7);
                assertOneGeneration(db, 7);
            }
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.generation()).isEqualTo(7);
            assertThat(store.graphNames()).contains("urn:x:g", "urn:x:h");
        }
        assertOneGeneration(db, 7);
    }

    /** The index, the texts and the build information of {@code db} are of generation {@code g}; nothing staged is left. */
    private static void assertOneGeneration(Path db, long g) throws Exception {
        assertThat(TextIndexes.generation(db.resolve(TextIndexes.DIRECTORY))).hasValue(g);
        assertThat(SourceTexts.generation(db.resolve(SourceTexts.DIRECTORY))).hasValue(g);
        assertThat(Files.readString(db.resolve(GraphStore.BUILD_INFO))).contains("generation=" + g);
        assertThat(leftovers(db)).isEmpty();
    }

    /** Builds {@code seeds} into {@code db} twice; the folder as the first build left it, copied. */
    private Path builtTwice(Corpus seeds, Path db) throws java.io.IOException {
        new StoreBuilder().build(seeds, db);
        Path before = tmp.resolve("before");
        FuzzCopy.copy(db, before);
        new StoreBuilder().build(seeds, db);
        return before;
    }

    /** Puts the text index and the source texts of the store copied to {@code before} back in {@code db}. */
    private static void putBack(Path before, Path db) throws java.io.IOException {
        for (String part : new String[] {TextIndexes.DIRECTORY, SourceTexts.DIRECTORY}) {
            FuzzCopy.copy(before.resolve(part), db.resolve(part));
        }
    }

    static long count(GraphStore store) {
        try (QueryExecution q = QueryExecution.create(SEARCH, org.apache.jena.query.DatasetFactory.wrap(store.queryView()))) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static String export(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(store).export(ExportFormat.parse("trig").orElseThrow(), null, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static List<Path> leftovers(Path db) throws Exception {
        try (var s = Files.list(db)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".new") || p.getFileName().toString().endsWith(".old")).toList();
        }
    }

    /** Copies a folder tree. */
    static final class FuzzCopy {
        static void copy(Path from, Path to) throws java.io.IOException {
            try (var s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path t = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else if (!p.getFileName().toString().equals("tdb.lock")) {
                        Files.copy(p, t);
                    }
                }
            }
        }
    }
}
