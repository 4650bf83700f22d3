package org.argkg.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.generate.CorpusGenerator;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.argkg.support.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real external store: the stock {@code jena-fuseki-server} jar, resolved by Maven and started as
 * a separate process on a free loopback port, with a TDB2 dataset whose writes need a password.
 */
@Slow
class PushIT {

    @TempDir
    Path tmp;

    Process fuseki;
    int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (fuseki != null) {
            fuseki.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void pushFillsTheRemoteStoreIdempotentlyAndTheNamedQueriesGiveTheSameAnswers() throws Exception {
        String db = tmp.resolve("db").toString();
        new StoreBuilder().build(new Corpus(Path.of("seeds")), Path.of(db));
        startFuseki();
        String gsp = "http://127.0.0.1:" + port + "/ds/data";
        Path pw = Files.writeString(tmp.resolve("pw"), "s3cret\n");

        // writes need the password
        Run refused = Cli.run("push", "--db", db, "--endpoint", gsp, "--retries", "1");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("refused").contains("401");

        Run first = Cli.run("push", "--db", db, "--endpoint", gsp, "--user", "alice", "--password-file", pw.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("pushed " + (org.argkg.support.Seeds.documentCount() + 2) + " graph(s)").contains("verified");
        long remoteAfterFirst = remoteTriples();

        Run second = Cli.run("push", "--db", db, "--endpoint", gsp, "--user", "alice", "--password-file", pw.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        try (GraphStore s = GraphStore.openExisting(Path.of(db))) {
            assertThat(remoteTriples()).as("no duplicates after a second push").isEqualTo(remoteAfterFirst).isEqualTo(s.size());
        }

        String sparql = "http://127.0.0.1:" + port + "/ds/sparql";
        for (String q : List.of("causes", "timeline", "documents", "actors-across-documents")) {
            Run local = Cli.run("query", "--db", db, q, "--format", "csv");
            Run remote = Cli.run("query", "--endpoint", sparql, q, "--format", "csv");
            assertThat(remote.exit()).isZero();
            assertThat(remote.out()).as(q).isEqualTo(local.out());
        }
    }

    @Test
    void aServerStoppedInTheMiddleOfAPushGivesAClearErrorAndARetryCompletes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(60, 3).write(corpus, n -> { });
        Path db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(corpus), db);
        startFuseki();
        PushTarget target = PushTarget.of(URI.create("http://127.0.0.1:" + port + "/ds/data"))
                .withCredentials("alice", "s3cret").withRetries(3, Duration.ofMillis(100));
        try (GraphStore store = GraphStore.openExisting(db)) {
            AtomicInteger sent = new AtomicInteger();
            assertThatThrownBy(() -> new GraphPusher(target).push(store, List.of(), g -> {
                if (sent.incrementAndGet() == 10) {
                    fuseki.destroyForcibly(); // the external store dies with 10 of 62 graphs sent
                }
            })).isInstanceOf(ArgkgException.class)
                    .hasMessageContaining("failed after 3 attempts")
                    .hasMessageContaining("run the push again");
            fuseki.waitFor(30, TimeUnit.SECONDS);

            startFuseki(); // same port, same TDB2 folder: the graphs sent before are still there
            PushReport report = new GraphPusher(target).push(store, List.of(), g -> { });
            assertThat(report.graphs()).hasSize(62);
            assertThat(report.verified()).isTrue();
            assertThat(remoteTriples()).isEqualTo(store.size());
        }
    }

    private long remoteTriples() throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/ds/sparql?query=" + q)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().strip().split("\r?\n")[1]);
    }

    private void startFuseki() throws IOException, InterruptedException {
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
        }
        Path dir = Files.createDirectories(tmp.resolve("fuseki"));
        Path config = dir.resolve("config.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                <#service> rdf:type fuseki:Service ;
                  fuseki:name "ds" ;
                  fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                  fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ; fuseki:allowedUsers "alice" ] ;
                  fuseki:dataset <#ds> .
                <#ds> rdf:type tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                """.formatted(dir.resolve("tdb2").toString().replace("\\", "/")));
        Path passwd = Files.writeString(dir.resolve("passwd"), "alice: s3cret\n");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar",
                Path.of(System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar")).toAbsolutePath().toString(),
                "--config=" + config.toAbsolutePath(), "--port=" + port, "--localhost", "--passwd=" + passwd.toAbsolutePath(),
                "--auth=basic");
        // Fuseki writes its run folder (FUSEKI_BASE) into the working directory: keep it out of the project
        pb.directory(dir.toFile()).environment().put("FUSEKI_BASE", dir.resolve("run").toAbsolutePath().toString());
        fuseki = pb
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("Fuseki did not start: " + Files.readString(dir.resolve("fuseki.log")));
    }
}
