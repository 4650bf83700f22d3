package org.argkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Graphs;
import org.argkg.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports: deterministic bytes, round trips, and agreement with another RDF library. */
class ExportTest {

    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;
    /** Two stores of the seeds, built once for the class: {@code db1} twice (so it has history), {@code db2} once. */
    static Path db1;
    static Path db2;

    @BeforeAll
    static void build() {
        db1 = tmp.resolve("db1");
        db2 = tmp.resolve("db2");
        assertThat(Cli.run("build", "--db", db1.toString()).exit()).isZero();
        assertThat(Cli.run("build", "--db", db2.toString()).exit()).isZero();
        // rebuild into the first store, so one of them has history
        assertThat(Cli.run("build", "--db", db1.toString()).exit()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void twoBuildsGiveByteIdenticalExports(ExportFormat format) {
        // AIF exports one document
        String[] graph = format.needsOneDocument() ? new String[] {"--graph", DOC} : new String[0];
        String a = Cli.run(concat(new String[] {"export", "--db", db1.toString(), "--format", format.word()}, graph)).out();
        String b = Cli.run(concat(new String[] {"export", "--db", db2.toString(), "--format", format.word()}, graph)).out();
        assertThat(a).isNotBlank().isEqualTo(b);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void turtleExportParsesBackToTheStoredGraph() {
        try (GraphStore store = built()) {
            Model parsed = parse(export(store, ExportFormat.TURTLE, DOC), Lang.TURTLE);
            Graphs.assertIsomorphic(store.graph(Iris.documentGraph(DOC)).orElseThrow(), parsed);
            Model union = parse(export(store, ExportFormat.TURTLE, null), Lang.TURTLE);
            Graphs.assertIsomorphic(store.union(), union);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void datasetExportsKeepEveryNamedGraph(ExportFormat format) {
        try (GraphStore store = built()) {
            Dataset ds = DatasetFactory.create();
            Lang lang = switch (format) {
                case TRIG -> Lang.TRIG;
                case NQUADS -> Lang.NQUADS;
                default -> Lang.JSONLD;
            };
            RDFParser.fromString(export(store, format, null), lang).parse(ds);
            List<String> names = new java.util.ArrayList<>();
            ds.listNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyInAnyOrderElementsOf(store.graphNames());
            for (String g : store.graphNames()) {
                Graphs.assertIsomorphic(store.graph(g).orElseThrow(), ds.getNamedModel(g));
            }
        }
    }

    /**
     * The Turtle and JSON-LD exports read by rdflib (Python) give the same graph as Jena's N-Triples.
     * Runs wherever python3 with rdflib is installed; CI installs it, so there it must run.
     */
    @Test
    void anotherRdfLibraryReadsTheSameGraph() throws Exception {
        // Debian's python3 (where apt-get install python3-rdflib puts rdflib), else the one on PATH
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean haveRdflib = run(List.of(python, "-c", "import rdflib")) == 0;
        if (System.getenv("CI") == null) {
            assumeTrue(haveRdflib, "python3 with rdflib is not installed (apt-get install python3-rdflib)");
        }
        assertThat(haveRdflib).as("python3-rdflib must be installed in CI").isTrue();
        try (GraphStore store = built()) {
            Path ttl = Files.writeString(tmp.resolve("doc.ttl"), export(store, ExportFormat.TURTLE, DOC));
            Path jsonld = Files.writeString(tmp.resolve("doc.jsonld"), export(store, ExportFormat.JSONLD, DOC));
            Path nt = Files.writeString(tmp.resolve("doc.nt"), export(store, ExportFormat.NTRIPLES, DOC));
            String script = """
                    import sys, rdflib
                    from rdflib.compare import isomorphic
                    ref = rdflib.Graph().parse(sys.argv[1], format="nt")
                    ttl = rdflib.Graph().parse(sys.argv[2], format="turtle")
                    ds = rdflib.Dataset(); ds.parse(sys.argv[3], format="json-ld")
                    js = rdflib.Graph()
                    for q in ds.quads((None, None, None, None)):
                        js.add(q[:3])
                    assert len(ref) > 500, len(ref)
                    assert isomorphic(ref, ttl), "turtle differs"
                    assert isomorphic(ref, js), "json-ld differs: %d vs %d" % (len(ref), len(js))
                    print("ok", len(ref))
                    """;
            Path py = Files.writeString(tmp.resolve("check.py"), script);
            assertThat(run(List.of(python, py.toString(), nt.toString(), ttl.toString(), jsonld.toString()))).isZero();
        }
    }

    /** The store built once, opened for one test (the export commands above open and close it too). */
    private static GraphStore built() {
        return GraphStore.openExisting(db2);
    }

    private static String export(GraphStore store, ExportFormat format, String doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(format, doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("process.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(tmp.resolve("process.log")));
        }
        return p.exitValue();
    }
}
