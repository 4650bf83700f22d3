package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.argkg.support.Graphs;
import org.argkg.support.Seeds;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argkg import} and {@code argkg export --format aif} through the CLI: exit codes, messages, the written map. */
class ImportCommandTest {

    static final Path OVA = Path.of("src/test/fixtures/aif/valid/ova-chip-controls/nodeset.json");
    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path shared;

    static Path db;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildStore() {
        db = shared.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
    }

    @Test
    void importHasHelpWithExamples() {
        Run r = Cli.run("import", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: argkg import", "--doc-id", "--map-out", "Examples:");
        assertThat(Cli.run("--help").out()).contains("import");
    }

    @Test
    void aifExportNeedsOneDocument() {
        Run r = Cli.run("export", "--db", db.toString(), "--format", "aif");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--format aif exports one document: give --graph DOC-ID");
        Run ok = Cli.run("export", "--db", db.toString(), "--format", "aif", "--graph", DOC);
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).startsWith("{\n    \"nodes\": [\n").contains("\"type\": \"RA\"", "\"edges\"");
    }

    @Test
    void anImportedNodesetIsAQueryableDocumentGraph() {
        Run r = Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "ova-chips",
                "--title", "Chip controls and latecomers", "--url", "http://www.aifdb.org/argview/20250314");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("imported 8 claim(s) and 7 relation(s)", "graph https://w3id.org/argkg/graph/ova-chips");
        Run q = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e",
                "PREFIX argkg: <https://w3id.org/argkg/ontology#> SELECT (COUNT(?c) AS ?n) "
                        + "{ GRAPH <https://w3id.org/argkg/graph/ova-chips> { ?c a argkg:Thesis } }");
        assertThat(q.out()).contains("n\r\n1");
        // the full-text index knows the new claims
        Run search = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> PREFIX argkg: <https://w3id.org/argkg/ontology#> "
                        + "SELECT ?c { ?c text:query (argkg:statement \"accelerator\" \"lang:en\") } ORDER BY ?c");
        assertThat(search.out()).contains("https://w3id.org/argkg/id/ova-chips/claim-558202", "https://w3id.org/argkg/id/ova-chips/claim-558204");
        Run again = Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "ova-chips");
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("the store already has a document 'ova-chips'");
        assertThat(Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "ova-chips",
                "--replace").exit()).isZero();
    }

    @Test
    void aBadNodesetExitsOneWithEveryProblemAtItsPosition() {
        Path bad = Path.of("src/test/fixtures/aif/invalid/missing-fields/nodeset.json");
        Run r = Cli.run("import", "--db", db.toString(), "--format", "aif", bad.toString(), "--doc-id", "bad");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        String[] lines = r.err().strip().split("\n");
        assertThat(lines).hasSize(6).allMatch(l -> l.matches(".*nodeset\\.json:\\d+:\\d+: error: .+ \\[[A-Z_]+]"));
        assertThat(r.err()).contains("nodeset.json:5:5: error: I node '3' has no \"text\" [AIF_MISSING_FIELD]");
        try (GraphStore s = GraphStore.openExisting(db)) {
            assertThat(s.documentIds()).doesNotContain("bad");
        }
    }

    @Test
    void aNodeIdOfMillionsOfDigitsIsRefusedAtItsPositionAndNothingIsStored() throws IOException {
        Path dbHere = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), dbHere);
        long generation;
        try (GraphStore s = GraphStore.openExisting(dbHere)) {
            generation = s.generation();
        }
        String digits = "7".repeat(2_000_000);
        Path huge = Files.writeString(tmp.resolve("huge.json"), "{\"nodes\": [\n"
                + "  {\"nodeID\": " + digits + ", \"type\": \"I\", \"text\": \"Export controls work.\"},\n"
                + "  {\"nodeID\": \"2\", \"type\": \"I\", \"text\": \"They slow rivals down.\"},\n"
                + "  {\"nodeID\": \"3\", \"type\": \"RA\", \"text\": \"Default Inference\"}],\n"
                + " \"edges\": [{\"edgeID\": \"4\", \"fromID\": \"2\", \"toID\": \"3\"},\n"
                + "  {\"edgeID\": \"5\", \"fromID\": \"3\", \"toID\": " + digits + "}]}\n", StandardCharsets.UTF_8);
        Run r = Cli.run("import", "--db", dbHere.toString(), "--format", "aif", huge.toString(), "--doc-id", "huge",
                "--url", "http://example.org/huge");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("huge.json:2:14: error: \"nodeID\" is 2000000 characters long; ids are at most 200"
                + " [AIF_ID_TOO_LONG]").contains("huge.json:6:42: error: \"toID\" is 2000000 characters long")
                .doesNotContain(digits).doesNotContain("\tat ").hasSizeLessThan(2000);
        try (GraphStore s = GraphStore.openExisting(dbHere)) {
            assertThat(s.documentIds()).doesNotContain("huge");
            assertThat(s.generation()).as("nothing committed").isEqualTo(generation);
        }
        // the store takes the next import
        Run next = Cli.run("import", "--db", dbHere.toString(), "--format", "aif", OVA.toString(), "--doc-id", "ova-next");
        assertThat(next.exit()).as(next.err()).isZero();
    }

    @Test
    void usageErrors() {
        assertThat(Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", DOC).err())
                .contains("the store already has a document '" + DOC + "'");
        Run badId = Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "Chip_Controls");
        assertThat(badId.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badId.err()).contains("Invalid value for option '--doc-id': expected lower-case letters, digits and single hyphens");
        Run format = Cli.run("import", "--db", db.toString(), "--format", "graphml", OVA.toString(), "--doc-id", "x");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("Invalid value for option '--format': expected one of [aif] (case-insensitive) but was 'graphml'");
        assertThat(Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "x", "--date", "2025-02-30")
                .exit()).isEqualTo(ExitCodes.USAGE);
        Run noUrl = Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "no-url",
                "--map-out", tmp.resolve("no-url/map.yaml").toString());
        assertThat(noUrl.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUrl.err()).contains("--map-out needs the document's http(s) URL");
        assertThat(Files.exists(tmp.resolve("no-url/map.yaml"))).isFalse();
    }

    @Test
    void withoutAStoreOrANodesetFileExitsThree() {
        Run r = Cli.run("import", "--db", tmp.resolve("none").toString(), "--format", "aif", OVA.toString(), "--doc-id", "x");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("no store at");
        Run missing = Cli.run("import", "--db", db.toString(), "--format", "aif", tmp.resolve("none.json").toString(), "--doc-id", "x");
        assertThat(missing.exit()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("argkg: error: cannot read ").contains("none.json: no such file");
    }

    /**
     * The written map and source validate as they are (the other language is optional, a warning for
     * each text), and building them gives the graph the import stored.
     */
    @Test
    void theWrittenMapValidatesAndBuildsToTheImportedGraph() throws IOException {
        Path seeds = Seeds.copyTo(tmp);
        Path map = seeds.resolve("ova-chip-controls/map.yaml");
        Run r = Cli.run("import", "--db", db.toString(), "--format", "aif", OVA.toString(), "--doc-id", "ova-chip-controls",
                "--url", "http://www.aifdb.org/argview/20250314", "--map-out", map.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("16 texts in the other can be added");
        assertThat(Files.readString(seeds.resolve("ova-chip-controls/source.md"))).contains("no_source_text: true", "language: en",
                "date: 2025-03-14", "url: \"http://www.aifdb.org/argview/20250314\"");
        assertThat(Files.readString(map)).contains("# zh: \"\"   # the Chinese label, when you can");

        Run valid = Cli.run("validate", map.toString());
        assertThat(valid.exit()).as(valid.out()).isZero();
        assertThat(valid.out().strip().split("\n")).hasSize(16)
                .allMatch(l -> l.contains("warning: ") && l.endsWith("[MAP_MISSING_LANGUAGE]"));

        Path db2 = tmp.resolve("db2");
        assertThat(Cli.run("build", "--seeds", seeds.toString(), "--db", db2.toString()).exit()).isZero();
        try (GraphStore imported = GraphStore.openExisting(db); GraphStore built = GraphStore.openExisting(db2)) {
            Model a = imported.graph(Iris.documentGraph("ova-chip-controls")).orElseThrow();
            Model b = built.graph(Iris.documentGraph("ova-chip-controls")).orElseThrow();
            a.removeAll(a.createResource(Iris.document("ova-chip-controls")), RDFS.comment, null);
            Graphs.assertIsomorphic(b, a);
        }
    }
}
