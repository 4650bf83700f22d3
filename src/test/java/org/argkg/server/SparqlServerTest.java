package org.argkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.argkg.support.Graphs;
import org.argkg.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint started for real on a free port, queried over HTTP as any SPARQL client would. */
class SparqlServerTest {

    static final String DOC = "li-zheng-2024-ai-exception";
    static final String CAUSES = "PREFIX argkg: <https://w3id.org/argkg/ontology#> SELECT ?c WHERE { ?c a argkg:Cause } ORDER BY ?c";
    static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path tmp;

    static GraphStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        Path db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
        store = GraphStore.openExisting(db);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void bindsToLoopbackByDefaultAndAnswersPing() throws Exception {
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
        HttpResponse<String> r = get(server.baseUrl() + "/$/ping", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, \"value\": \"https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost\"",
        "application/sparql-results+xml, application/sparql-results+xml, <uri>https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost</uri>",
        "text/csv, text/csv, https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost",
        "text/tab-separated-values, text/tab-separated-values, <https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost>"
    })
    void selectResultsByContentNegotiation(String accept, String contentType, String expected) throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {
            get(server.queryUrl() + "?query=" + enc(CAUSES), accept),
            postForm(server.datasetUrl() + "/query", "query=" + enc(CAUSES), accept),
            postDirect(server.queryUrl(), CAUSES, accept)}) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
            assertThat(r.body()).contains(expected);
            for (String cause : new String[] {"cause-cost", "cause-policy", "cause-scale", "cause-security"}) {
                assertThat(r.body()).contains(cause);
            }
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerCause() throws Exception {
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc(CAUSES), "text/csv");
        assertThat(r.body().strip().split("\r?\n")).containsExactly("c",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-policy",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-scale",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-security");
    }

    @Test
    void askAnswersInJson() throws Exception {
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc("ASK { ?s a <https://w3id.org/argkg/ontology#Thesis> }"),
                "application/sparql-results+json");
        assertThat(r.body().replaceAll("\\s", "")).contains("\"boolean\":true");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES"})
    void constructResultsByContentNegotiation(String accept, String lang) throws Exception {
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + Iris.documentGraph(DOC) + "> { ?s ?p ?o } }";
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc(q), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        Graphs.assertIsomorphic(store.graph(Iris.documentGraph(DOC)).orElseThrow(), parse(r.body(), lang(lang)));
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        assertThat(r.body().strip().split("\r?\n")[1]).isEqualTo(Long.toString(store.union().size()));
        HttpResponse<String> gsp = get(server.datasetUrl() + "/get?default", "application/n-triples");
        assertThat(gsp.statusCode()).isEqualTo(200);
        Graphs.assertIsomorphic(store.union(), parse(gsp.body(), Lang.NTRIPLES));
    }

    @Test
    void graphStoreReadOfADocumentGraphIsIsomorphicToTheExport() throws Exception {
        HttpResponse<String> r = get(server.datasetUrl() + "/get?graph=" + enc(Iris.documentGraph(DOC)), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graphs.assertIsomorphic(store.graph(Iris.documentGraph(DOC)).orElseThrow(), parse(r.body(), Lang.TURTLE));
        // the store's generation, kept in the dataset's prefix table, is not a prefix of what it serves
        assertThat(r.body()).doesNotContain("urn:argkg:store").doesNotContain("argkg-generation");
        assertThat(get(server.datasetUrl() + "/get?default", "text/turtle").body()).doesNotContain("urn:argkg:store");
        assertThat(get(server.datasetUrl() + "/get?graph=" + enc(Iris.documentGraph("nope")), "text/turtle").statusCode())
                .isEqualTo(404);
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        long before = store.size();
        String drop = "DROP ALL";
        assertThat(postForm(server.queryUrl(), "update=" + enc(drop), "*/*").statusCode()).isBetween(400, 499);
        assertThat(postDirect(server.queryUrl(), drop, "*/*", "application/sparql-update").statusCode()).isBetween(400, 499);
        assertThat(postForm(server.datasetUrl() + "/update", "update=" + enc(drop), "*/*").statusCode()).isBetween(400, 499);
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?graph=" + enc(Iris.documentGraph(DOC))))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertThat(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(400, 499);
        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?default")).DELETE().build();
        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(400, 499);
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void federatedServiceIsRefused() throws Exception {
        String q = "SELECT * WHERE { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc(q), "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("SERVICE");
    }

    @Test
    void runawayQueryIsStoppedWhileAnotherClientIsAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = http.sendAsync(
                HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(CROSS_JOIN)))
                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        HttpResponse<String> quick = get(server.queryUrl() + "?query=" + enc(CAUSES), "text/csv");
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(runaway.isDone()).as("the runaway query is still running when the other is answered").isFalse();
        HttpResponse<String> stopped = runaway.get();
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).containsIgnoringCase("timed out");
    }

    /**
     * A client in another language: Python's standard library for JSON and CSV, and rdflib's
     * SPARQLStore, as an analyst's script would use them. Runs wherever python3-rdflib is
     * installed; CI installs it, so there it must run.
     */
    @Test
    void aPythonClientGetsCorrectJsonAndCsv() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean haveRdflib = new ProcessBuilder(python, "-c", "import rdflib").start().waitFor() == 0;
        if (System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.assumeTrue(haveRdflib, "python3 with rdflib is not installed");
        }
        assertThat(haveRdflib).as("python3-rdflib must be installed in CI").isTrue();
        String script = """
                import csv, io, json, sys, urllib.parse, urllib.request
                from rdflib.plugins.stores.sparqlstore import SPARQLStore
                url, query = sys.argv[1], sys.argv[2]
                def fetch(accept):
                    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
                    with urllib.request.urlopen(req) as r:
                        return r.read().decode("utf-8")
                js = json.loads(fetch("application/sparql-results+json"))
                from_json = [b["c"]["value"] for b in js["results"]["bindings"]]
                from_csv = [row["c"] for row in csv.DictReader(io.StringIO(fetch("text/csv")))]
                store = SPARQLStore(url, returnFormat="json")
                from_rdflib = [str(row[0]) for row in store.query(query)]
                assert from_json == from_csv == from_rdflib, (from_json, from_csv, from_rdflib)
                print("\\n".join(from_json))
                """;
        Path py = Files.writeString(tmp.resolve("client.py"), script);
        Process p = new ProcessBuilder(python, py.toString(), server.queryUrl(), CAUSES).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.strip().split("\n")).containsExactly(
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-policy",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-scale",
                "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-security");
    }

    @Test
    void corsIsOnForReads() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(CAUSES)))
                .header("Accept", "application/sparql-results+json").header("Origin", "http://example.org").GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void updatesNeedTheRightCredentialsWhenEnabled() throws Exception {
        Path db = tmp.resolve("db-update");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
        Path passwords = Files.writeString(tmp.resolve("passwords"), "alice: s3cret\n");
        try (GraphStore s = GraphStore.openExisting(db);
             SparqlServer srv = SparqlServer.start(s, ServerSettings.defaults().withPort(0).withUpdate(passwords))) {
            String url = srv.datasetUrl() + "/update";
            String insert = "update=" + enc("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"o\" } }");
            assertThat(send(url, insert, null).statusCode()).isEqualTo(401);
            assertThat(send(url, insert, basic("alice", "wrong")).statusCode()).isEqualTo(401);
            assertThat(send(url, insert, basic("mallory", "s3cret")).statusCode()).isEqualTo(401);
            assertThat(s.graphNames()).doesNotContain("urn:x:g");
            assertThat(send(url, insert, basic("alice", "s3cret")).statusCode()).isBetween(200, 299);
            assertThat(s.graphNames()).contains("urn:x:g");
            // the default graph is the union of the named graphs: writing or deleting there is refused,
            // instead of going to a hidden graph that no query sees
            long before = s.size();
            for (String u : List.of("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
                    "DELETE DATA { <urn:x:s> <urn:x:p> \"o\" }",
                    "INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }",
                    "DELETE WHERE { ?s <urn:x:p> ?o }",
                    "ADD GRAPH <urn:x:g> TO DEFAULT")) {
                HttpResponse<String> r = send(url, "update=" + enc(u), basic("alice", "s3cret"));
                assertThat(r.statusCode()).as(u).isEqualTo(400);
                assertThat(r.body()).as(u).contains("default graph");
            }
            assertThat(s.size()).isEqualTo(before);
            // WITH names the graph
            String with = "WITH <urn:x:g> INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { <urn:x:s> <urn:x:p> ?o }";
            assertThat(send(url, "update=" + enc(with), basic("alice", "s3cret")).statusCode()).isBetween(200, 299);
            assertThat(s.size()).isEqualTo(before + 1);
            // reads stay open without credentials
            assertThat(get(srv.queryUrl() + "?query=" + enc(CAUSES), "text/csv").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void updateWithoutAPasswordFileIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                SparqlServer.start(store, ServerSettings.defaults().withPort(0).withUpdate(tmp.resolve("missing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password file");
    }

    private static HttpResponse<String> send(String url, String form, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String url, String body, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postDirect(String url, String query, String accept) throws IOException, InterruptedException {
        return postDirect(url, query, accept, "application/sparql-query");
    }

    private static HttpResponse<String> postDirect(String url, String body, String accept, String contentType)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }
}
