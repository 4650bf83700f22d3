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
import org.argkg.support.Locks;
import org.argkg.support.Slow;
import org.argkg.web.WebApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The endpoint under load, on loopback, over the seeds: concurrent clients run every named query
 * (with its default parameters, bound by the server as the page binds them) for a fixed time and
 * must get every answer; then the same clients run for the same time again while other connections
 * send request bodies one byte at a time (each must end in 408 at its deadline) and others send
 * pathological queries — cross joins, unbounded property paths, a huge {@code VALUES} — which the
 * query timeout must cancel, and the ordinary clients must still get every answer. Latencies are
 * reported in {@code target/reliability/load.txt}, never asserted: the machine is shared.
 *
 * <p>{@code -Dargkg.load.clients} (default 8), {@code -Dargkg.load.seconds} (10),
 * {@code -Dargkg.load.slow-body-bytes} (250,000; the soak declares 1,000,000),
 * {@code -Dargkg.load.slow-bodies} (5), {@code -Dargkg.load.pathological} (4) and
 * {@code -Dargkg.load.timeout-seconds} (the server's query timeout, 3) scale it; the soak raises them.
 */
@Slow
@Isolated("measures latencies under a fixed load: nothing else may run meanwhile")
@ResourceLock(Locks.SEEDS_DB)
class EndpointLoadTest {

    static final int CLIENTS = Integer.getInteger("argkg.load.clients", 8);
    static final int SECONDS = Integer.getInteger("argkg.load.seconds", 10);
    static final int SLOW_BODIES = Integer.getInteger("argkg.load.slow-bodies", 5);
    static final int PATHOLOGICAL = Integer.getInteger("argkg.load.pathological", 4);
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("argkg.load.timeout-seconds", 3));
    /** A slow body declares this many bytes and sends one every {@link #TRICKLE}. */
    static final int SLOW_BODY_BYTES = Integer.getInteger("argkg.load.slow-body-bytes", 250_000);
    static final Duration TRICKLE = Duration.ofSeconds(2);
    /** The endpoint's deadline for such a body: 10 s, plus 1 s per 32 KiB (see RequestGuard). */
    static final Duration SLOW_BODY_DEADLINE = Duration.ofMillis(10_000 + SLOW_BODY_BYTES * 1000L / (32 * 1024));
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

    /** Pathological queries, by name: each ends in 503 at the query timeout (or is answered before it). */
    static Map<String, String> attacks() {
        String values = IntStream.rangeClosed(1, 30_000).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        return new TreeMap<>(Map.of(
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
    }

    /**
     * All the clients for the whole time, while {@link #SLOW_BODIES} connections each declare a body of
     * {@link #SLOW_BODY_BYTES} bytes on {@code POST /argkg/sparql} and send one byte every
     * {@link #TRICKLE} (the endpoint must answer each 408 at its deadline, and answer the others
     * meanwhile), and {@link #PATHOLOGICAL} threads send pathological queries one after another, going
     * through {@link #attacks()} in turn (each must end in 503 at the query timeout, 400, or an answer).
     * The ordinary clients must get every answer.
     */
    @Test
    void ordinaryClientsAreAnsweredWhileSlowBodiesAndPathologicalQueriesRun() throws Exception {
        Map<String, String> attacks = attacks();
        List<String> attackNames = new ArrayList<>(attacks.keySet());
        Map<String, Tally> byAttack = new TreeMap<>();
        attackNames.forEach(a -> byAttack.put(a, new Tally()));
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();

        SlowBodies slow = new SlowBodies(SLOW_BODIES);
        List<Thread> attackers = new ArrayList<>();
        for (int p = 0; p < PATHOLOGICAL; p++) {
            int first = p;
            attackers.add(started(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    String name = attackNames.get(i % attackNames.size());
                    send(name, attacks.get(name), byAttack.get(name));
                }
            }));
        }
        Tally ordinary;
        try {
            ordinary = runClients(CLIENTS, SECONDS);
            for (Thread th : attackers) {
                th.join(HANG_GUARD.toMillis());
                assertThat(th.isAlive()).as("an attacker still waiting after the hang guard").isFalse();
            }
            slow.awaitAnswers();
        } finally {
            slow.close();
        }
        report.append(String.format("under attack: %d ordinary clients for %d s while %d connections sent declared bodies of"
                + " %,d bytes one byte every %d s and %d threads sent pathological queries (query timeout %d s): %s, %.1f"
                + " requests/s%n", CLIENTS, SECONDS, SLOW_BODIES, SLOW_BODY_BYTES, TRICKLE.toSeconds(), PATHOLOGICAL,
                TIMEOUT.toSeconds(), ordinary.summary(), ordinary.micros.size() / (double) SECONDS));
        report.append(String.format("  slow bodies: %s%n", slow.summary()));
        byAttack.forEach((name, at) -> report.append(String.format("  %s: %s%n", name, at.summary())));

        assertThat(ordinary.errors).as("ordinary clients' errors while under attack").isEmpty();
        assertThat(ordinary.micros).isNotEmpty();
        assertThat(slow.statuses).as("how the slow bodies ended: %s", slow.summary()).hasSize(SLOW_BODIES)
                .allMatch(st -> st == 408);
        if (PATHOLOGICAL > 0) {
            byAttack.forEach((name, at) -> {
                // a hang guard, not a timing: cancelled by the timeout, not long after it (a regular expression
                // running on after its query's timeout took 30 s here before REPLACE and REGEX watched the signal)
                assertThat(at.percentile(1.0) / 1000).as("%s: the slowest answer, ms", name)
                        .isLessThan(TIMEOUT.plus(CANCEL_GUARD).toMillis());
                assertThat(at.statuses.keySet()).as("%s ends answered, refused or cancelled: %s", name, at.errors)
                        .isSubsetOf(200, 400, 503);
            });
            assertThat(byAttack.values().stream().mapToInt(at -> at.statuses.getOrDefault(503, new AtomicInteger()).get()).sum())
                    .as("cancelled by the timeout").isPositive();
        }
    }

    /**
     * Connections that each declare a body on {@code POST /argkg/sparql} and send it one byte every
     * {@link #TRICKLE}; each records the status the server ends it with ({@code -1}: closed without
     * an answer, {@code -2}: no answer within the body's deadline and the hang guard).
     */
    static final class SlowBodies implements AutoCloseable {
        final List<java.net.Socket> sockets = new ArrayList<>();
        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        final List<Long> millis = new CopyOnWriteArrayList<>();
        final List<Thread> readers = new ArrayList<>();
        final java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        SlowBodies(int n) throws Exception {
            URI base = URI.create(server.baseUrl());
            int guard = (int) SLOW_BODY_DEADLINE.plus(HANG_GUARD).toMillis();
            for (int i = 0; i < n; i++) {
                java.net.Socket s = new java.net.Socket(base.getHost(), base.getPort());
                s.setSoTimeout(guard);
                long start = System.nanoTime();
                s.getOutputStream().write(("POST /argkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: " + SLOW_BODY_BYTES + "\r\n\r\nA")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                sockets.add(s);
                readers.add(started(() -> {
                    int status;
                    try {
                        byte[] head = s.getInputStream().readNBytes(12);
                        String line = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
                        status = line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
                    } catch (java.net.SocketTimeoutException e) {
                        status = -2;
                    } catch (Exception e) {
                        status = -1;
                    }
                    statuses.add(status);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }));
            }
            trickle.scheduleAtFixedRate(() -> sockets.forEach(s -> {
                try {
                    s.getOutputStream().write('S');
                } catch (java.io.IOException closedByTheServer) {
                    // answered and closed: what should happen at the deadline
                }
            }), TRICKLE.toMillis(), TRICKLE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        /** Waits for every connection's answer (a hang guard past the body's deadline). */
        void awaitAnswers() throws InterruptedException {
            for (Thread r : readers) {
                r.join(SLOW_BODY_DEADLINE.plus(HANG_GUARD).plusSeconds(5).toMillis());
            }
        }

        String summary() {
            Map<Integer, Long> by = new TreeMap<>(statuses.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting())));
            return String.format("%d connections, statuses %s, answered after %.1f–%.1f s (deadline of a %,d-byte body %.1f s)",
                    sockets.size(), by, millis.stream().mapToLong(Long::longValue).min().orElse(0) / 1000.0,
                    millis.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0, SLOW_BODY_BYTES,
                    SLOW_BODY_DEADLINE.toMillis() / 1000.0);
        }

        @Override
        public void close() throws Exception {
            trickle.shutdownNow();
            for (java.net.Socket s : sockets) {
                s.close();
            }
        }
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
