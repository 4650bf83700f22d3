package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.diagram.Graphviz;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.argkg.support.Slow;
import org.argkg.web.WebApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint attacked, on loopback: bodies over the size limit, writes and outbound requests
 * without the settings that allow them, credentials that do not match, path traversal on the
 * page's endpoints that take a path, hostile data in query results. What {@code SparqlServerTest}
 * and {@code WebEndpointsTest} already refuse is not repeated here. Outbound requests are caught
 * by a canary: a small HTTP server on loopback that counts what reaches it.
 */
@Slow
@ResourceLock(Locks.SEEDS_DB)
class EndpointAttacksTest {

    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;

    static GraphStore seeds;
    static GraphStore writable;
    static GraphStore federating;
    /** Read-only, the defaults (1 MiB bodies), queries cancelled after 2 s. */
    static SparqlServer server;
    /** {@code --update --password-file}: alice may write. */
    static SparqlServer updates;
    /** {@code --allow-service}: the canary must see its SERVICE requests, or the checks below prove nothing. */
    static SparqlServer allowed;
    static HttpServer canary;
    static final AtomicInteger canaryHits = new AtomicInteger();
    static String canaryUrl;

    @BeforeAll
    static void start() throws Exception {
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
        canaryUrl = "http://127.0.0.1:" + canary.getAddress().getPort() + "/sparql";

        seeds = GraphStore.openExisting(DiagramFixtures.seedsDb());
        server = SparqlServer.start(seeds, ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(2)),
                new WebApp(Graphviz.fromEnvironment()));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "alice: s3cret-Pa55\n");
        new StoreBuilder().build(new Corpus(DiagramFixtures.SEEDS), tmp.resolve("writable"));
        writable = GraphStore.openExisting(tmp.resolve("writable"));
        updates = SparqlServer.start(writable, ServerSettings.defaults().withPort(0).withUpdate(passwords));
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/valid/minimal/seeds")), tmp.resolve("federating"));
        federating = GraphStore.openExisting(tmp.resolve("federating"));
        allowed = SparqlServer.start(federating, ServerSettings.defaults().withPort(0).withService(true));
    }

    @AfterAll
    static void stop() {
        server.close();
        updates.close();
        allowed.close();
        seeds.close();
        writable.close();
        federating.close();
        canary.stop(0);
    }

    // ------------------------------------------------------------------ size

    @Test
    void bodiesOverTheSizeLimitAreRefusedWith413() throws Exception {
        String query = "SELECT * { ?s ?p ?o } LIMIT 1 # " + "x".repeat(1_200_000);
        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query)));
        assertThat(declared.statusCode()).isEqualTo(413);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))));
        assertThat(form.statusCode()).isEqualTo(413);
        // no Content-Length (chunked): the length must be declared, so no body is read past the limit
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).isEqualTo(411);
        // a graph too large to store, even with the right credentials
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/data?graph=urn:x:big"))
                .header("Content-Type", "application/n-triples").header("Authorization", basic("alice", "s3cret-Pa55"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"" + "y".repeat(1_100_000) + "\" .\n")));
        assertThat(put.statusCode()).isEqualTo(413);
        assertThat(writable.graphNames()).doesNotContain("urn:x:big");
        // just under the limit is answered
        String under = "SELECT * { ?s ?p ?o } LIMIT 1 # " + "x".repeat(1_000_000);
        assertThat(send(HttpRequest.newBuilder(URI.create(server.queryUrl())).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(under))).statusCode()).isEqualTo(200);
        Attacks.refused("request bodies over 1 MiB (a query, a form, a Graph Store PUT with credentials)", "413");
        Attacks.refused("request bodies without a declared length (chunked)", "411");
    }

    @Test
    void theLimitIsASettingOfServe() {
        org.argkg.support.Cli.Run r = org.argkg.support.Cli.run("serve", "--max-request-bytes", "0", "--db", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--max-request-bytes': expected an integer of at least 1 but was '0'");
        assertThat(ServerSettings.defaults().maxRequestBytes()).isEqualTo(1024 * 1024);
    }

    /**
     * Slow bodies: 20 connections each declare a body of 1,000,000 bytes and send one byte every
     * 2 s. Each used to hold one of the server's 20 workers while it waited for the next byte, so
     * nobody else was answered for as long as the bytes kept coming.
     */
    @Test
    void slowRequestBodiesDoNotStopOtherClients() throws Exception {
        java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
        java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            URI base = URI.create(server.baseUrl());
            for (int i = 0; i < 20; i++) {
                java.net.Socket s = new java.net.Socket(base.getHost(), base.getPort());
                s.setSoTimeout(5_000);
                s.getOutputStream().write(("POST /argkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: 1000000\r\n\r\nA")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                try {
                    s.getOutputStream().write('S');
                } catch (java.io.IOException closedByTheServer) {
                    // refused or timed out: what should happen sooner or later
                }
            }), 2, 2, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(1_000);
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.queryUrl() + "?query=" + enc("ASK {}"))).header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(get.statusCode()).isEqualTo(200);
                assertThat(post.statusCode()).isEqualTo(200);
                // a hang guard on a shared machine, not a timing: without the fix they were never answered
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two ASK {} while 20 bodies trickle in")
                        .isLessThan(Duration.ofSeconds(15));
                Thread.sleep(2_000);
            }
        } finally {
            trickle.shutdownNow();
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
        Attacks.refused("20 request bodies trickling in one byte at a time: other clients are answered meanwhile", "answered");
    }

    /** A body that stops coming is answered 408 at its deadline (10 s for a small one), not waited for. */
    @Test
    void aBodyThatStopsComingIsRefusedWith408() throws Exception {
        URI base = URI.create(server.baseUrl());
        long start = System.nanoTime();
        try (java.net.Socket s = new java.net.Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("POST /argkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 408");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(25));
        Attacks.refused("a request body that stops coming", "408 at its deadline");
    }

    /** 24 squarings of a 30-digit integer: a number of 500 million digits, if nothing stops it. */
    static String squarings() {
        StringBuilder q = new StringBuilder("SELECT ?a24 { BIND(123456789012345678901234567890 AS ?a0)");
        for (int i = 1; i <= 24; i++) {
            q.append(" BIND(?a").append(i - 1).append(" * ?a").append(i - 1).append(" AS ?a").append(i).append(')');
        }
        return q.append(" }").toString();
    }

    /**
     * Work that happens inside one step of the query, where the timeout used not to reach: a full
     * sort (of a cross join of the seeds, 5 million rows, with an expression or at random; of rows
     * that come quickly by a key that is slow to compare), integer arithmetic whose numbers double
     * in size at each step, texts that double at each step, powers of ten with 200 million digits.
     * With a 2 s timeout, each must be answered within 2 + 15 s (the hang guard of EndpointLoadTest;
     * without the fix they took minutes, or filled the heap), in this JVM's 1 GiB heap.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("workInsideOneStep")
    void theTimeoutStopsWorkInsideOneStep(String query, java.util.Set<Integer> statuses) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(40)).POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).as(query).isIn(statuses);
        assertThat(took).as(query).isLessThan(Duration.ofSeconds(17));
        assertThat(r.body().length()).as("the answer's length").isLessThan(100_000);
        Attacks.refused("work inside one step of a query (ORDER BY over a cross join, by an expression or RAND(),"
                + " integer arithmetic whose numbers double at each step): stopped at the timeout", "503, or 200 unbound");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> workInsideOneStep() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "SELECT ?o ?o2 { ?s ?p ?o . ?s2 ?p2 ?o2 } ORDER BY DESC(CONCAT(STR(?o), STR(?o2)))", java.util.Set.of(503)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "SELECT ?o ?o2 { ?s ?p ?o . ?s2 ?p2 ?o2 } ORDER BY RAND()", java.util.Set.of(503)),
                // the rows are there in half a second, their sort by a costly key takes minutes: the
                // timeout arrives while the rows are compared, which Jena's own check of it did not reach
                org.junit.jupiter.params.provider.Arguments.of("SELECT ?s ?s2 { { SELECT ?s { ?s a ?t } LIMIT 250 }"
                        + " { SELECT ?s2 { ?s2 a ?t2 } LIMIT 250 } } ORDER BY SHA512(CONCAT(STR(?s), STR(?s2), \""
                        + "x".repeat(100_000) + "\"))", java.util.Set.of(503)),
                org.junit.jupiter.params.provider.Arguments.of(squarings(), java.util.Set.of(200, 503)),
                org.junit.jupiter.params.provider.Arguments.of(doublings("CONCAT(?t%d, ?t%d)"), java.util.Set.of(200, 503)),
                org.junit.jupiter.params.provider.Arguments.of(doublings("REPLACE(?t%d, \"(.)\", \"$1$1\")"), java.util.Set.of(200, 503)),
                org.junit.jupiter.params.provider.Arguments.of("PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>"
                        + " SELECT ?x ?y { BIND(math:pow(10, 200000000) AS ?x) BIND(math:exp10(200000000) AS ?y) }",
                        java.util.Set.of(200, 503)));
    }

    /** 24 doublings of a text of 100,000 characters by {@code step} (with %d for the previous variable, twice). */
    static String doublings(String step) {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?t24) AS ?n) { BIND(\"" + "x".repeat(100_000) + "\" AS ?t0)");
        for (int i = 1; i <= 24; i++) {
            q.append(" BIND(").append(String.format(step, i - 1, i - 1)).append(" AS ?t").append(i).append(')');
        }
        return q.append(" }").toString();
    }

    // ------------------------------------------------------------------ writes and outbound requests

    @Test
    void graphStoreWritesAreRefusedOnAReadOnlyEndpoint() throws Exception {
        long before = seeds.size();
        String graph = "?graph=" + enc("https://w3id.org/argkg/graph/" + DOC);
        String triple = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        for (String path : new String[] {"/get" + graph, "/data" + graph, "/data?default", "/sparql" + graph, "/update"}) {
            for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                        .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(triple)));
                assertThat(r.statusCode()).as(method + " " + path).isBetween(400, 499);
            }
        }
        assertThat(seeds.size()).isEqualTo(before);
        Attacks.refused("Graph Store writes (PUT, POST, DELETE, PATCH on /argkg/get, /argkg/data, /argkg/sparql) when read-only", "4xx");
    }

    /** SERVICE anywhere in a query, FROM, and LOAD: the endpoint is no proxy to other hosts. */
    @Test
    void noQueryOrUpdateMakesTheEndpointReachAnotherHost() throws Exception {
        int before = canaryHits.get();
        String c = "<" + canaryUrl + ">";
        String[] queries = {
            "SELECT * { SERVICE " + c + " { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT " + c + " { ?s ?p ?o } }",
            "SELECT * { ?x ?y ?z OPTIONAL { SERVICE " + c + " { ?s ?p ?o } } } LIMIT 1",
            "SELECT * { { SELECT ?s { SERVICE " + c + " { ?s ?p ?o } } } }",
            "SELECT * { BIND(" + c + " AS ?e) SERVICE ?e { ?s ?p ?o } }",
            "SELECT * FROM " + c + " { ?s ?p ?o } LIMIT 1",
            "SELECT * FROM NAMED " + c + " { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
            "ASK { FILTER EXISTS { SERVICE " + c + " { ?s ?p ?o } } }",
        };
        for (String q : queries) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(q)))
                    .header("Accept", "application/sparql-results+json"));
            assertThat(r.statusCode()).as(q).isNotEqualTo(500);
        }
        // LOAD, read-only: refused; with updates allowed and alice's credentials: still no request out
        String load = "LOAD " + c + " INTO GRAPH <urn:x:loaded>";
        assertThat(send(HttpRequest.newBuilder(URI.create(server.queryUrl())).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(load))).statusCode()).isBetween(400, 499);
        HttpResponse<String> loadWithCredentials = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", "s3cret-Pa55"))
                .POST(HttpRequest.BodyPublishers.ofString(load)));
        assertThat(loadWithCredentials.statusCode()).as(loadWithCredentials.body()).isEqualTo(403);
        assertThat(loadWithCredentials.body()).contains("LOAD");
        assertThat(canaryHits.get()).as("requests that reached the canary host").isEqualTo(before);
        assertThat(writable.graphNames()).doesNotContain("urn:x:loaded");

        // the control: with --allow-service the canary is reached, so the zero above means something
        HttpResponse<String> federated = send(HttpRequest.newBuilder(URI.create(allowed.queryUrl() + "?query=" + enc(queries[0])))
                .header("Accept", "application/sparql-results+json"));
        assertThat(federated.statusCode()).as(federated.body()).isEqualTo(200);
        assertThat(canaryHits.get()).isGreaterThan(before);
        Attacks.refused("SERVICE (plain, SILENT, in OPTIONAL, in a subquery, by variable, in FILTER EXISTS), FROM and"
                + " FROM NAMED with a remote IRI, LOAD: no request reaches another host (a canary on loopback counts 0)", "4xx or no fetch");
        Attacks.refused("LOAD with valid credentials on an endpoint with --update but without --allow-service", "403");
    }

    /**
     * SERVICE where every row tries it: each attempt was refused by Jena with two warnings and a
     * stack trace, so one request of 100 bytes wrote hundreds of megabytes to the log. A query with
     * SERVICE is refused before it runs, with one line in the log.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?x ?y ?z . ?a ?b ?c FILTER EXISTS { SERVICE <urn:x> { ?s ?p ?o } } } LIMIT 1",
        "SELECT * { ?x ?y ?z . ?a ?b ?c FILTER NOT EXISTS { SERVICE SILENT <urn:x> { ?s ?p ?o } } } LIMIT 1",
        "SELECT * { ?x ?y ?z OPTIONAL { SERVICE ?x { ?s ?p ?o } } }",
        "SELECT * { { SELECT ?x { ?x ?y ?z FILTER EXISTS { SERVICE <urn:x> { ?s ?p ?o } } } } }"})
    void serviceIsRefusedBeforeItRunsWithOneLogLine(String query) throws Exception {
        java.io.PrintStream err = System.err;
        Counting log = new Counting();
        HttpResponse<String> r;
        System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            r = send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc(query)))
                    .header("Accept", "application/sparql-results+json"));
            Thread.sleep(500);
        } finally {
            System.setErr(err);
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("SERVICE");
        assertThat(log.lines).as("log lines written: %s", log.start).isLessThanOrEqualTo(1);
        assertThat(log.bytes).as("log bytes written: %s", log.start).isLessThan(1_000);
        Attacks.refused("SERVICE where every row would try it (FILTER EXISTS, NOT EXISTS, OPTIONAL, a subquery):"
                + " refused before the query runs, one log line", "400");
    }

    /**
     * Counts the lines written to it that come from query execution (they name SERVICE or a Jena
     * class: other servers of this JVM log a password file of theirs now and then), and their
     * bytes, and keeps the first kilobytes of them.
     */
    static final class Counting extends java.io.OutputStream {
        long bytes;
        long lines;
        final StringBuilder start = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private long lineBytes;

        @Override
        public synchronized void write(int b) {
            lineBytes++;
            if (line.length() < 1000) {
                line.append((char) b);
            }
            if (b == '\n') {
                if (line.indexOf("SERVICE") >= 0 || line.indexOf("org.apache.jena") >= 0) {
                    lines++;
                    bytes += lineBytes;
                    if (start.length() < 4096) {
                        start.append(line);
                    }
                }
                line.setLength(0);
                lineBytes = 0;
            }
        }
    }

    @Test
    void writesWithMissingOrWrongCredentialsAre401() throws Exception {
        long before = writable.size();
        String[] authorizations = {null, basic("alice", "wrong"), basic("mallory", "s3cret-Pa55"), basic("alice", ""),
            "Basic !!!not-base64!!!", "Bearer s3cret-Pa55", "Basic " + Base64.getEncoder().encodeToString("alice".getBytes(StandardCharsets.UTF_8)),
            basic("alice", "s3cret-Pa55".toUpperCase()), basic("ALICE", "s3cret-Pa55"), basic("alice", "s3cret-Pa55" + "x".repeat(4000))};
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"o\" } }";
        for (String auth : authorizations) {
            HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert));
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/data?graph=urn:x:g"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."));
            HttpRequest.Builder delete = HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/data?default")).DELETE();
            for (HttpRequest.Builder b : new HttpRequest.Builder[] {update, put, delete}) {
                if (auth != null) {
                    b.header("Authorization", auth);
                }
                HttpResponse<String> r = send(b);
                assertThat(r.statusCode()).as("%s with %s", b.build().method(), auth == null ? "no credentials"
                        : auth.substring(0, Math.min(auth.length(), 40))).isIn(400, 401);
                assertThat(r.body()).doesNotContain("s3cret-Pa55");
            }
        }
        assertThat(writable.size()).isEqualTo(before);
        assertThat(writable.graphNames()).doesNotContain("urn:x:g");
        Attacks.refused("SPARQL Update and Graph Store writes with --update: no credentials, a wrong password, an unknown user,"
                + " malformed or non-Basic Authorization headers, case changed, a 4 KB password", "401");
    }

    /**
     * The update guard read the body only for {@code application/sparql-update} as written; Fuseki
     * takes the content type in any case, so {@code Application/SPARQL-Update} passed unread: LOAD of
     * any URL, a local file included, and writes to the store's hidden default graph ran (204).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Application/SPARQL-Update", "APPLICATION/SPARQL-UPDATE; charset=UTF-8",
        "application/sparql-update;charset=utf-8", "application/Sparql-Update ; charset=\"utf-8\""})
    void theUpdateGuardReadsEveryUpdateWhateverTheCaseOfItsType(String type) throws Exception {
        int hits = canaryHits.get();
        long before = writable.size();
        String file = Files.writeString(tmp.resolve("local.ttl"), "<urn:x:s> <urn:x:p> <urn:x:o> .").toUri().toString();
        for (String load : new String[] {"LOAD <" + canaryUrl + "> INTO GRAPH <urn:x:loaded>",
            "LOAD <" + file + "> INTO GRAPH <urn:x:loaded>", "LOAD <" + file + ">"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                    .header("Content-Type", type).header("Authorization", basic("alice", "s3cret-Pa55"))
                    .POST(HttpRequest.BodyPublishers.ofString(load)));
            assertThat(r.statusCode()).as(type + ": " + load).isEqualTo(403);
        }
        for (String write : new String[] {"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
            "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:x:a> <urn:x:b> <urn:x:c> } }",
            "INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                    .header("Content-Type", type).header("Authorization", basic("alice", "s3cret-Pa55"))
                    .POST(HttpRequest.BodyPublishers.ofString(write)));
            assertThat(r.statusCode()).as(type + ": " + write).isEqualTo(400);
            assertThat(r.body()).contains("default graph");
        }
        assertThat(canaryHits.get()).isEqualTo(hits);
        assertThat(writable.size()).isEqualTo(before);
        assertThat(writable.graphNames()).doesNotContain("urn:x:loaded");
        Attacks.refused("SPARQL Update with the content type in another case (Application/SPARQL-Update): LOAD of a URL"
                + " or a local file, writes to the default graph", "403, 400");
    }

    /**
     * The default graph is the union of the named graphs. Clearing or dropping it, or moving it,
     * deleted from the union view over and over without end, at full CPU, holding the write
     * transaction: every later write waited for ever. Each form is now answered at once, and a
     * write to a named graph still succeeds after them.
     */
    @Test
    void clearingTheDefaultGraphIsRefusedAtOnceAndWritesGoOn() throws Exception {
        new StoreBuilder().build(new Corpus(Path.of("seeds")), tmp.resolve("defaults"));
        Path passwords = Files.writeString(tmp.resolve("passwords-defaults"), "alice: s3cret-Pa55\n");
        try (GraphStore store = GraphStore.openExisting(tmp.resolve("defaults"));
             SparqlServer srv = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withUpdate(passwords))) {
            long before = store.size();
            String g = "<https://w3id.org/argkg/graph/" + store.documentIds().get(0) + ">";
            // the first update of a new server loads the update machinery: not what is measured below
            send(HttpRequest.newBuilder(URI.create(srv.datasetUrl() + "/update")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("alice", "s3cret-Pa55")).POST(HttpRequest.BodyPublishers.ofString(
                            "DELETE DATA { GRAPH <urn:x:none> { <urn:x:a> <urn:x:b> <urn:x:c> } }")));
            for (String u : new String[] {"CLEAR DEFAULT", "DROP DEFAULT", "CLEAR ALL", "DROP ALL", "CLEAR SILENT DEFAULT",
                "MOVE DEFAULT TO GRAPH <urn:x:m>", "COPY DEFAULT TO GRAPH <urn:x:m>", "ADD DEFAULT TO GRAPH <urn:x:m>",
                "MOVE GRAPH " + g + " TO DEFAULT", "COPY GRAPH " + g + " TO DEFAULT",
                "CLEAR GRAPH <urn:x-arq:DefaultGraph>", "DROP GRAPH <urn:x-arq:UnionGraph>",
                "INSERT { GRAPH ?g { <urn:x:a> <urn:x:b> <urn:x:c> } } WHERE { BIND(<urn:x-arq:DefaultGraph> AS ?g) }"}) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(srv.datasetUrl() + "/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", "s3cret-Pa55"))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(u)));
                assertThat(r.statusCode()).as(u + ": " + r.body()).isEqualTo(400);
                assertThat(r.body()).as(u).contains("default graph");
                // a hang guard on a shared machine: these never ended
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(u).isLessThan(Duration.ofSeconds(15));
            }
            for (String path : new String[] {"/data?default", "/data", "/data?graph=urn:x-arq:DefaultGraph",
                "/data?graph=urn:x-arq:UnionGraph"}) {
                for (String method : new String[] {"PUT", "POST", "DELETE"}) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(srv.datasetUrl() + path))
                            .header("Content-Type", "text/turtle").header("Authorization", basic("alice", "s3cret-Pa55"))
                            .timeout(Duration.ofSeconds(30))
                            .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")));
                    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(400);
                    assertThat(r.body()).as(method + " " + path).contains("default graph");
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
                }
            }
            assertThat(store.size()).isEqualTo(before);
            // the library's own connection goes through the same view: refused too, not a loop
            java.util.concurrent.CompletableFuture<Throwable> direct = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (var conn = store.connect()) {
                    conn.update("CLEAR DEFAULT");
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertThat(direct.get(15, java.util.concurrent.TimeUnit.SECONDS)).as("CLEAR DEFAULT through GraphStore.connect()")
                    .isInstanceOf(org.apache.jena.shared.OperationDeniedException.class);
            // and a write to a named graph still goes through
            HttpResponse<String> insert = send(HttpRequest.newBuilder(URI.create(srv.datasetUrl() + "/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", "s3cret-Pa55"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(
                            "INSERT DATA { GRAPH <https://w3id.org/argkg/graph/x> { <urn:x:s> <urn:x:p> \"o\" } }")));
            assertThat(insert.statusCode()).isBetween(200, 299);
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(srv.datasetUrl() + "/data?graph=" + enc("urn:x:put")))
                    .header("Content-Type", "text/turtle").header("Authorization", basic("alice", "s3cret-Pa55"))
                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")));
            assertThat(put.statusCode()).isBetween(200, 299);
            assertThat(store.size()).isEqualTo(before + 2);
        }
        Attacks.refused("CLEAR, DROP, MOVE, COPY, ADD of DEFAULT or ALL, Graph Store PUT, POST, DELETE on ?default or the"
                + " whole dataset: answered at once, later writes go on", "400");
    }

    /**
     * CORS answered any origin on every path, with credentials allowed: a page of another site could
     * make a logged-in browser write (a form-encoded update needs no preflight) and read the answer.
     * CORS is now for the read endpoints only, with {@code *} and never with credentials, and a write
     * that carries another site's Origin is refused.
     */
    @Test
    void writesFromAnotherSiteAreRefusedAndCorsIsForReadsOnly() throws Exception {
        String evil = "https://evil.example";
        String insert = "INSERT DATA { GRAPH <urn:x:csrf> { <urn:x:s> <urn:x:p> \"o\" } }";
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Origin", evil).header("Authorization", basic("alice", "s3cret-Pa55"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(insert))));
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Origin", "null").header("Authorization", basic("alice", "s3cret-Pa55"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/data?graph=urn:x:csrf"))
                .header("Origin", evil).header("Authorization", basic("alice", "s3cret-Pa55"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));
        for (HttpResponse<String> r : java.util.List.of(form, direct, put)) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri() + ": " + r.body()).isEqualTo(403);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        }
        assertThat(writable.graphNames()).doesNotContain("urn:x:csrf");
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Origin", evil).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as("preflight of a write").isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        // the page's own origin, and clients that send no Origin (scripts, curl): written
        HttpResponse<String> sameOrigin = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Origin", updates.baseUrl()).header("Authorization", basic("alice", "s3cret-Pa55"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(
                        "INSERT DATA { GRAPH <urn:x:same-origin> { <urn:x:s> <urn:x:p> \"o\" } }")));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isBetween(200, 299);
        HttpResponse<String> noOrigin = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Authorization", basic("alice", "s3cret-Pa55")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <urn:x:same-origin>")));
        assertThat(noOrigin.statusCode()).as(noOrigin.body()).isBetween(200, 299);
        assertThat(writable.graphNames()).doesNotContain("urn:x:same-origin");
        // reads: any origin, never with credentials, even when the request carries some
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(updates.queryUrl() + "?query=" + enc("ASK {}")))
                .header("Origin", evil).header("Authorization", basic("alice", "s3cret-Pa55")));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> readPreflight = send(HttpRequest.newBuilder(URI.create(updates.queryUrl()))
                .header("Origin", evil).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(readPreflight.statusCode()).isBetween(200, 299);
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("content-type").doesNotContain("authorization");
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/get?default"))
                .header("Origin", evil).header("Accept", "application/n-triples"));
        assertThat(gsp.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        Attacks.refused("writes (SPARQL Update as a form or a body, Graph Store PUT) with valid credentials from a page of"
                + " another site (Origin not the server's, or null): CSRF; CORS only on the read endpoints, never with"
                + " credentials", "403");
    }

    /**
     * {@code callback=} made the endpoint answer executable script (JSONP) on its own origin, and
     * {@code stylesheet=} was echoed into an {@code xml-stylesheet} instruction; neither is taken now.
     * No response may be sniffed as another type than it says.
     */
    @Test
    void noScriptOrStylesheetIsEchoedAndNothingIsSniffed() throws Exception {
        for (String params : new String[] {"&callback=" + enc("alert(document.domain);//"), "&stylesheet=" + enc("javascript:alert(1)"),
            "&stylesheet=" + enc("https://evil.example/x.xsl") + "&output=xml", "&CALLBACK=x"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + enc("ASK {}") + params)));
            assertThat(r.statusCode()).as(params + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("alert(document", "xml-stylesheet");
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/query"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("ASK {}") + params)));
            assertThat(posted.statusCode()).as("form " + params).isEqualTo(400);
        }
        String[] paths = {"/argkg/sparql?query=" + enc("ASK {}"), "/argkg/sparql?query=nonsense", "/argkg/get?default", "/",
            "/argkg-queries.json", "/no-such-thing", "/argkg/update", "/$/ping"};
        for (String path : paths) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path + " " + r.statusCode()).hasValue("nosniff");
        }
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("x".repeat(1_100_000))));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("X-Content-Type-Options")).as("413").hasValue("nosniff");
        HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(URI.create(updates.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("X-Content-Type-Options")).as("401").hasValue("nosniff");
        Attacks.refused("JSONP (callback=) and stylesheet= on the query endpoints: no script or stylesheet echoed;"
                + " nosniff on every response", "400");
    }

    // ------------------------------------------------------------------ the page's endpoints

    @ParameterizedTest
    @ValueSource(strings = {"/%252e%252e/pom.xml", "/..;/pom.xml", "/%2e%2e%5cpom.xml", "/%c0%ae%c0%ae/pom.xml",
        "/argkg-source/%2e%2e", "/argkg-source/..%2fli-zheng-2024-ai-exception%2f..%2f..%2fpom.xml",
        "/argkg-source/li-zheng-2024-ai-exception%2fsource.md", "/argkg-source/..%5c..%5cpom.xml",
        "/argkg-diagram/..%2f..%2fpom.xml.svg", "/argkg-diagram/%2e%2e%2fpom.dot", "/argkg-queries/%2e%2e%2fpom.xml.rq",
        "/argkg-queries/..%2f..%2fsrc%2fmain%2fresources%2fsimplelogger.properties.rq", "/argkg/../../pom.xml",
        "/argkg-source//etc/passwd", "/argkg-source/%2fetc%2fpasswd"})
    void pathTraversalOnThePagesEndpointsIsRefused(String path) throws Exception {
        var r = org.argkg.support.RawHttp.get(server.baseUrl(), path);
        assertThat(r.statusCode()).as(path).isBetween(400, 404);
        assertThat(r.body()).doesNotContain("<project", "root:", "simpleLogger", "title:");
        Attacks.refused("path traversal on the page's endpoints (/argkg-source, /argkg-diagram, /argkg-queries):"
                + " double-encoded, overlong UTF-8, backslashes, ';' parameters, absolute paths", "400-404");
    }

    /** Labels holding {@code <script>}: SPARQL results carry them as data, escaped for their format. */
    @Test
    void hostileLabelsAreEscapedInQueryResults() throws Exception {
        String q = "SELECT ?l { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(STR(?l), \"<script>\")) }";
        HttpResponse<String> xml = send(HttpRequest.newBuilder(URI.create(updates.queryUrl() + "?query=" + enc(q)))
                .header("Accept", "application/sparql-results+xml"));
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        assertThat(xml.body()).contains("&lt;script&gt;alert(").doesNotContain("<script");
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(updates.queryUrl() + "?query=" + enc(q)))
                .header("Accept", "application/sparql-results+json"));
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        assertThat(json.body()).contains("<script>alert(\\\"x\\\")<\\/script>").doesNotContain("</script");
        Attacks.refused("<script> in labels and titles: escaped in the SVG and the page (WebEndpointsTest, PageIT),"
                + " in XML results, JSON-escaped in JSON results, never served as HTML", "escaped");
    }

    // ------------------------------------------------------------------ HTTP

    /**
     * Sends on a new connection: the server may close a connection after refusing a request whose
     * body it did not read, and a pooled connection closed that way fails the next request before
     * the server sees it ("header parser received no bytes"), which says nothing about the server.
     */
    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return fresh.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
