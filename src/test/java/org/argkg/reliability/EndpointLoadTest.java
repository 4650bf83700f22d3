package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.query.NamedQuery;
import org.argkg.query.QueryLibrary;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.web.WebApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint under load, on loopback, over the seeds: concurrent clients run every named query
 * (with its default parameters, bound by the server as the page binds them) for a fixed time and
 * must get every answer; then, while some of them go on, others send pathological queries — cross
 * joins, unbounded property paths, a huge {@code VALUES} — which the query timeout must cancel while
 * the ordinary clients keep getting answers. Latencies are reported in
 * {@code target/reliability/load.txt}, never asserted: the machine is shared.
 *
 * <p>{@code -Dargkg.load.clients} (default 8), {@code -Dargkg.load.seconds} (20) and
 * {@code -Dargkg.load.attack-seconds} (10) scale it; the soak raises them.
 */
class EndpointLoadTest {

    static final int CLIENTS = Integer.getInteger("argkg.load.clients", 8);
    static final int SECONDS = Integer.getInteger("argkg.load.seconds", 20);
    static final int ATTACK_SECONDS = Integer.getInteger("argkg.load.attack-seconds", 10);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** A request not answered in this time is a hang, whatever the load. */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** How long after its timeout a pathological query may still be answering: a hang guard. */
    static final Duration CANCEL_GUARD = Duration.ofSeconds(15);
    static final Path REPORT = Path.of("target", "reliability", "load.txt");

    static GraphStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> queries = new TreeMap<>();
    static final StringBuilder report = new StringBuilder();

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.openExisting(DiagramFixtures.seedsDb());
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeout(TIMEOUT),
                new WebApp(org.argkg.diagram.Graphviz.fromEnvironment()));
        for (NamedQuery q : QueryLibrary.packaged().all()) {
            HttpResponse<String> bound = http.send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/argkg-queries/" + q.name() + ".rq")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bound.statusCode()).as(q.name()).isEqualTo(200);
            queries.put(q.name(), bound.body());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /** What a group of clients saw. */
    static final class Tally {
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final List<String> errors = new CopyOnWriteArrayList<>();

        void record(String what, long startNanos, int status, String body) {
            micros.add((System.nanoTime() - startNanos) / 1000);
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status != 200 && errors.size() < 20) {
                errors.add(what + ": " + status + " " + body.substring(0, Math.min(200, body.length())));
            }
        }

        long percentile(double p) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        String summary() {
            return String.format("%d requests, statuses %s, median %.1f ms, p99 %.1f ms, max %.1f ms", micros.size(),
                    new TreeMap<>(statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))),
                    percentile(0.5) / 1000.0, percentile(0.99) / 1000.0, percentile(1.0) / 1000.0);
        }
    }

    @Test
    void sustainedLoadIsAnsweredWithoutErrors() throws Exception {
        Tally t = runClients(CLIENTS, SECONDS);
        report.append(String.format("sustained load: %d clients for %d s over the %d named queries of queries/ (seeds store,"
                + " %d triples), loopback: %s, %.1f requests/s%n", CLIENTS, SECONDS, queries.size(), store.size(), t.summary(),
                t.micros.size() / (double) SECONDS));
        assertThat(t.errors).as("errors under load").isEmpty();
        assertThat(t.micros).isNotEmpty();
    }

    @Test
    void pathologicalQueriesAreCancelledWhileOrdinaryClientsAreAnswered() throws Exception {
        String values = IntStream.rangeClosed(1, 30_000).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        Map<String, String> attacks = new TreeMap<>(Map.of(
                "cross join of four triple patterns",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "unbounded property paths, (<p>|!<p>)* twice",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:p>|!<urn:p>)* ?o . ?o (<urn:p>|!<urn:p>)* ?x }",
                "VALUES of 30,000 rows joined with every triple",
                "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?v { " + values + " } ?s ?p ?o . ?s ?q ?w }",
                "ORDER BY RAND() over a cross join",
                "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY RAND() LIMIT 1",
                "REGEX with nested quantifiers over every pair of literals",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c FILTER(REGEX(CONCAT(STR(?o), STR(?c)), \"(.*a){8}x\")) }"));
        Map<String, Tally> byAttack = new TreeMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(ATTACK_SECONDS).toNanos();
        List<Thread> attackers = new ArrayList<>();
        for (Map.Entry<String, String> a : attacks.entrySet()) {
            Tally at = new Tally();
            byAttack.put(a.getKey(), at);
            attackers.add(started(() -> {
                while (System.nanoTime() < end) {
                    send(a.getKey(), a.getValue(), at);
                }
            }));
        }
        Tally ordinary = runClients(Math.max(1, CLIENTS / 2), ATTACK_SECONDS);
        for (Thread th : attackers) {
            th.join(HANG_GUARD.toMillis());
            assertThat(th.isAlive()).as("an attacker still waiting after the hang guard").isFalse();
        }
        report.append(String.format("under attack: %d ordinary clients for %d s while %d others sent pathological queries"
                + " (query timeout %d s): %s%n", Math.max(1, CLIENTS / 2), ATTACK_SECONDS, attacks.size(), TIMEOUT.toSeconds(),
                ordinary.summary()));
        byAttack.forEach((name, at) -> report.append(String.format("  %s: %s%n", name, at.summary())));
        assertThat(ordinary.errors).as("ordinary clients' errors while under attack").isEmpty();
        assertThat(ordinary.micros).isNotEmpty();
        byAttack.forEach((name, at) -> {
            assertThat(at.micros).as(name).isNotEmpty();
            // a hang guard, not a timing: cancelled by the timeout, not long after it (a regular expression
            // running on after its query's timeout took 30 s here before REPLACE and REGEX watched the signal)
            assertThat(at.percentile(1.0) / 1000).as("%s: the slowest answer, ms", name)
                    .isLessThan(TIMEOUT.plus(CANCEL_GUARD).toMillis());
            assertThat(at.statuses.keySet()).as("%s ends answered or cancelled: %s", name, at.errors).isSubsetOf(200, 503);
        });
        assertThat(byAttack.values().stream().mapToInt(at -> at.statuses.getOrDefault(503, new AtomicInteger()).get()).sum())
                .as("cancelled by the timeout").isPositive();
    }

    /** {@code n} clients, each running the named queries in turn (from a different one) for {@code seconds}. */
    private static Tally runClients(int n, int seconds) throws InterruptedException {
        Tally t = new Tally();
        List<String> names = new ArrayList<>(queries.keySet());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int first = c * names.size() / n;
            threads.add(started(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    String name = names.get(i % names.size());
                    send(name, queries.get(name), t);
                }
            }));
        }
        for (Thread th : threads) {
            th.join(Duration.ofSeconds(seconds).plus(HANG_GUARD).toMillis());
            assertThat(th.isAlive()).as("a client still waiting after the hang guard").isFalse();
        }
        return t;
    }

    private static void send(String what, String query, Tally t) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .timeout(HANG_GUARD).POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            t.record(what, start, r.statusCode(), r.body());
        } catch (Exception e) {
            t.record(what, start, -1, String.valueOf(e));
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r, "argkg-load-client");
        t.start();
        return t;
    }
}
