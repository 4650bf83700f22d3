package org.argkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.argkg.support.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JSON-LD compacted with argkg's context: readable, stable, and the same graph when read back. */
class JsonLdExportTest {

    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;

    static GraphStore store;

    /** The whole store as JSON-LD with the context embedded, written once for the tests that read it. */
    static String all;

    @BeforeAll
    static void build() {
        Path db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
        store = GraphStore.openExisting(db);
        all = export(JsonLdWriter.ContextMode.EMBED, null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void termsAreReadableAndTextsAreLanguageMaps() {
        String json = export(JsonLdWriter.ContextMode.EMBED, DOC);
        assertThat(json).startsWith("{\n    \"@context\": {\n        \"@version\": 1.1,");
        assertThat(json).contains(
                "\"@id\": \"graph:li-zheng-2024-ai-exception\",",
                "\"@id\": \"id:li-zheng-2024-ai-exception/cause-cost\",\n            \"@type\": [\n                \"aif:I-node\",\n"
                        + "                \"schema:Claim\",\n                \"Cause\",\n                \"Claim\"\n            ],",
                "\"factor\": \"factors:cost\"",
                "\"supports\": [\n                \"id:li-zheng-2024-ai-exception/consequence-marginalisation\",",
                "\"statement\": {\n                \"en\": \"Adopting AI is costly",
                "\"zh\": \"人工智能引入成本高",
                "\"date\": \"2024-11-28\"",
                "\"creator\": \"actor:li-zheng\"",
                "\"basis\": \"Explicit\"",
                "\"premise\": \"id:li-zheng-2024-ai-exception/cause-cost\"",
                "\"@type\": \"TextPositionSelector\",\n            \"end\": \"209\",\n            \"start\": \"197\"",
                "\"motivation\": \"describing\"");
        // no full IRIs of argkg's namespaces are left in the data
        String data = json.substring(json.indexOf("\"@graph\""));
        assertThat(data).doesNotContain("https://w3id.org/argkg/", "\"http://www.w3.org/ns/oa#");
    }

    @Test
    void theEmbeddedContextIsThePublishedFile() throws IOException {
        JsonObject published = parse(Files.readString(Path.of("ontology/context.jsonld"))).getJsonObject("@context");
        JsonObject embedded = parse(export(JsonLdWriter.ContextMode.EMBED, DOC)).getJsonObject("@context");
        assertThat(embedded).isEqualTo(published);
        // the packaged copy is the same file
        assertThat(JsonLdContext.document().getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context")).isEqualTo(published);
    }

    @Test
    void theUrlFormRefersToTheStableUrl() {
        String json = export(JsonLdWriter.ContextMode.URL, DOC);
        assertThat(json).startsWith("{\n    \"@context\": \"https://w3id.org/argkg/context.jsonld\",\n");
        assertThat(json.substring(json.indexOf("\"@graph\""))).isEqualTo(
                export(JsonLdWriter.ContextMode.EMBED, DOC).substring(export(JsonLdWriter.ContextMode.EMBED, DOC).indexOf("\"@graph\"")));
    }

    @ParameterizedTest
    @EnumSource(JsonLdWriter.ContextMode.class)
    void everyNamedGraphParsesBackToTheSameGraph(JsonLdWriter.ContextMode mode) {
        Dataset ds = DatasetFactory.create();
        // offline: the context URL is resolved from the jar
        RDFParser.fromString(mode == JsonLdWriter.ContextMode.EMBED ? all : export(mode, null), Lang.JSONLD)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, JsonLdContext.readOptions())).parse(ds);
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(store.graphNames());
        for (String g : store.graphNames()) {
            Graphs.assertIsomorphic(store.graph(g).orElseThrow(), ds.getNamedModel(g));
        }
    }

    @Test
    void exportsAreByteIdentical() {
        assertThat(export(JsonLdWriter.ContextMode.EMBED, null)).isEqualTo(all);
        assertThat(export(JsonLdWriter.ContextMode.URL, DOC)).isEqualTo(export(JsonLdWriter.ContextMode.URL, DOC));
    }

    /** rdflib reads the whole dataset (every named graph) as Jena's N-Quads; CI has python3-rdflib. */
    @Test
    void rdflibReadsEveryNamedGraph() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean haveRdflib = run(List.of(python, "-c", "import rdflib")) == 0;
        if (System.getenv("CI") == null) {
            assumeTrue(haveRdflib, "python3 with rdflib is not installed (apt-get install python3-rdflib)");
        }
        assertThat(haveRdflib).as("python3-rdflib must be installed in CI").isTrue();
        Path jsonld = Files.writeString(tmp.resolve("all.jsonld"), all);
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        new Exporter(store).export(ExportFormat.NQUADS, null, nq);
        Path nquads = Files.write(tmp.resolve("all.nq"), nq.toByteArray());
        String script = """
                import sys, rdflib
                from rdflib.compare import isomorphic
                a = rdflib.Dataset(); a.parse(sys.argv[1], format="nquads")
                b = rdflib.Dataset(); b.parse(sys.argv[2], format="json-ld")
                ga = {str(c.identifier): c for c in a.contexts() if str(c.identifier).startswith("https://w3id.org/argkg/graph/")}
                gb = {str(c.identifier): c for c in b.contexts() if str(c.identifier).startswith("https://w3id.org/argkg/graph/")}
                assert sorted(ga) == sorted(gb), (sorted(ga), sorted(gb))
                assert len(ga) == int(sys.argv[3]), (len(ga), sys.argv[3])
                for g in ga:
                    assert isomorphic(ga[g], gb[g]), g
                print("ok", len(ga))
                """;
        Path py = Files.writeString(tmp.resolve("check.py"), script);
        // one named graph per seed document, plus the actors and the ontology graphs
        long graphs;
        try (var folders = Files.list(Path.of("seeds"))) {
            graphs = folders.filter(f -> Files.isRegularFile(f.resolve("map.yaml"))).count() + 2;
        }
        assertThat(run(List.of(python, py.toString(), nquads.toString(), jsonld.toString(), Long.toString(graphs)))).isZero();
    }

    private static String export(JsonLdWriter.ContextMode mode, String doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).jsonLdContext(mode).export(ExportFormat.JSONLD, doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Path log = tmp.resolve("process.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(log));
        }
        return p.exitValue();
    }
}
