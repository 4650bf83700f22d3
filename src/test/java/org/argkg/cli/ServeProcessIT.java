package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.store.GraphStore;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it: {@code serve} on a missing store builds it from the seeds
 * and answers SPARQL and serves the browser page from inside the jar; a change to the seeds triggers
 * a rebuild on the next start; SIGTERM closes the store cleanly.
 */
@Slow
class ServeProcessIT {

    static final Pattern QUERY_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/argkg/sparql)");

    @TempDir
    Path tmp;

    @Test
    void serveBuildsAMissingStoreAnswersAndStopsCleanly() throws Exception {
        Path seeds = copySeeds();
        Path db = tmp.resolve("db");
        Served first = serve(seeds, db);
        try {
            assertThat(first.log).anyMatch(l -> l.startsWith("built the store from"));
            assertThat(countCauses(first.url)).isEqualTo("4");
            assertPageServedFromTheJar(first.url.replaceFirst("/argkg/sparql$", "/"));
            // another process reads the held store through the server, and may not write it
            Ran query = argkg("query", "causes", "--db", db.toString());
            assertThat(query.exit).as(query.err).isZero();
            assertThat(query.out).contains("cause-security");
            assertThat(query.err).contains("held by 'argkg serve' (pid " + first.process.pid(), "reading through it");
            Ran build = argkg("build", "--seeds", seeds.toString(), "--db", db.toString());
            assertThat(build.exit).isEqualTo(3);
            assertThat(build.err).contains("held by 'argkg serve' (pid " + first.process.pid(), "stop it");
        } finally {
            first.stop();
        }
        assertThat(first.exit).as("SIGTERM ends the server").isIn(0, 143);
        assertThat(db.resolve(org.argkg.store.ServerRecord.FILE)).as("the note goes with the server").doesNotExist();
        // the store was closed cleanly: it opens again in this process, with its content
        try (GraphStore store = GraphStore.openExisting(db)) {
            assertThat(store.documentIds()).hasSize(org.argkg.support.Seeds.documentCount()).contains("li-zheng-2024-ai-exception");
        }

        // unchanged seeds: no rebuild; changed seeds: rebuilt before serving
        Served second = serve(seeds, db);
        second.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: the note stays, stale
        Ran afterKill = argkg("query", "causes", "--db", db.toString());
        assertThat(afterKill.exit).as("a dead server's note is not an error: " + afterKill.err).isZero();
        assertThat(afterKill.err).doesNotContain("reading through");
        assertThat(second.log).noneMatch(l -> l.startsWith("built the store from"));
        Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        Files.writeString(map, Files.readString(map).replaceFirst("role: cause", "role: premise"));
        Served third = serve(seeds, db);
        try {
            assertThat(third.log).anyMatch(l -> l.startsWith("built the store from"));
            assertThat(countCauses(third.url)).isEqualTo("3");
        } finally {
            third.stop();
        }
    }

    /** The browser page and its endpoints come from inside the jar. */
    private static void assertPageServedFromTheJar(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] expect : new String[][] {
            {"", "text/html", "<script src=\"app.js\""}, {"app.js", "text/javascript", "use strict"},
            {"app.css", "text/css", "--accent"}, {"argkg-queries.json", "application/json", "\"name\": \"causes\""},
            {"argkg-source/li-zheng-2024-ai-exception", "text/plain", "AI可能会终结后发国家的赶超优势"},
            {"argkg-diagram/li-zheng-2024-ai-exception.dot", "text/vnd.graphviz", "digraph"}}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + expect[0])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(expect[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(expect[0]).startsWith(expect[1]);
            assertThat(r.body()).as(expect[0]).contains(expect[2]);
        }
    }

    private static String countCauses(String url) throws Exception {
        String q = "PREFIX argkg: <https://w3id.org/argkg/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a argkg:Cause }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().strip().split("\r?\n")[1];
    }

    /** What a finished command printed. */
    record Ran(int exit, String out, String err) {
    }

    /** Runs the packaged jar to the end. */
    private Ran argkg(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", System.getProperty("argkg.jar", "target/argkg.jar")));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A running {@code argkg serve} process and what it printed until it was ready. */
    static final class Served {
        Process process;
        String url;
        final List<String> log = new ArrayList<>();
        int exit = -1;

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            exit = process.exitValue();
        }
    }

    private Served serve(Path seeds, Path db) throws Exception {
        Served s = new Served();
        s.process = new ProcessBuilder("java", "-jar", System.getProperty("argkg.jar", "target/argkg.jar"), "serve",
                "--seeds", seeds.toString(), "--db", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(s.process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while (s.url == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
            s.log.add(line);
            Matcher m = QUERY_URL.matcher(line);
            if (m.find()) {
                s.url = m.group(1);
            }
        }
        // keep draining so the process never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (java.io.IOException closed) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        assertThat(s.url).as("serve printed its query URL; output: %s", s.log).isNotNull();
        return s;
    }

    private Path copySeeds() throws IOException {
        return org.argkg.support.Seeds.copyTo(tmp);
    }
}
