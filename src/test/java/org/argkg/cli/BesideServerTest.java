package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.store.ServerRecord;
import org.argkg.support.Cli;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that only reads works while {@code argkg serve} holds the store, through the
 * server, with the same output as on the store itself; commands that write say who holds it.
 */
class BesideServerTest {

    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;

    static Path db;
    static Path seeds;
    static Path paragraph;
    /** Output of each read command on the store itself, before the server started. */
    static final Map<String, Cli.Run> direct = new LinkedHashMap<>();
    static final Map<String, String> directFiles = new LinkedHashMap<>();
    static GraphStore store;
    static SparqlServer server;

    static List<String[]> reads() {
        List<String[]> list = new ArrayList<>();
        list.add(new String[] {"query", "causes"});
        list.add(new String[] {"query", "timeline", "--format", "json"});
        list.add(new String[] {"query", "-e", "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "--format", "csv"});
        list.add(new String[] {"export", "--format", "turtle"});
        list.add(new String[] {"export", "--format", "trig"});
        list.add(new String[] {"export", "--format", "jsonld", "--graph", DOC});
        list.add(new String[] {"export", "--format", "aif", "--graph", DOC});
        list.add(new String[] {"export", "--format", "dot", "--graph", DOC});
        list.add(new String[] {"link", paragraph.toString()});
        list.add(new String[] {"link", "--suggest", "--limit", "5"});
        list.add(new String[] {"evaluate", "--semantics", "grounded", "--no-write", "--format", "table"});
        list.add(new String[] {"evaluate", "--semantics", "preferred", "--no-write", "--format", "json"});
        return list;
    }

    static String key(String[] args) {
        return String.join(" ", args);
    }

    static Cli.Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        return Cli.run(all);
    }

    @BeforeAll
    static void buildThenServe() throws Exception {
        seeds = Seeds.copyTo(tmp);
        db = tmp.resolve("db");
        paragraph = tmp.resolve("paragraph.md");
        Files.writeString(paragraph, "Export controls on advanced chips aim to keep the lead of first movers.\n\n"
                + "后发国家担心在人工智能时代被边缘化。\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("build", "--seeds", seeds.toString(), "--db", db.toString()).exit()).isZero();
        for (String[] args : reads()) {
            Cli.Run r = run(args);
            assertThat(r.exit()).as(key(args) + "\n" + r.err()).isZero();
            direct.put(key(args), r);
        }
        Path svg = tmp.resolve("direct.svg");
        assertThat(run("export", "--format", "svg", "--graph", DOC, "--out", svg.toString()).exit()).isZero();
        directFiles.put("svg", Files.readString(svg, StandardCharsets.UTF_8));

        store = GraphStore.openExisting(db);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theServerLeavesANoteInTheStoreFolder() {
        assertThat(ServerRecord.live(db)).hasValueSatisfying(r -> {
            assertThat(r.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(r.queryUrl()).isEqualTo(server.queryUrl());
        });
    }

    @Test
    void readCommandsGoThroughTheServerWithTheSameOutput() {
        for (String[] args : reads()) {
            Cli.Run r = run(args);
            assertThat(r.exit()).as(key(args) + "\n" + r.err()).isZero();
            assertThat(r.out()).as(key(args)).isEqualTo(direct.get(key(args)).out());
            assertThat(r.err()).as(key(args)).contains("held by 'argkg serve' (pid " + ProcessHandle.current().pid(),
                    server.baseUrl(), "reading through it");
        }
    }

    @Test
    void diagramsDrawnThroughTheServerAreTheSame() throws Exception {
        Path svg = tmp.resolve("served.svg");
        Cli.Run r = run("export", "--format", "svg", "--graph", DOC, "--out", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).isEqualTo(directFiles.get("svg"));
    }

    @Test
    void anExplicitEndpointGivesTheSameAnswers() {
        Cli.Run r = Cli.run("query", "causes", "--endpoint", server.queryUrl());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(direct.get("query causes").out());
        Cli.Run e = Cli.run("export", "--format", "turtle", "--endpoint", server.queryUrl());
        assertThat(e.out()).isEqualTo(direct.get("export --format turtle").out());
    }

    @Test
    void thePageShowsTheStoredSourceTextWhenTheSeedsAreGone() throws Exception {
        String source = Files.readString(Path.of("seeds", DOC, "source.md"), StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("\n---\n") + 5);
        Path moved = tmp.resolve("seeds-moved");
        Files.move(seeds, moved);
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/argkg-source/" + DOC))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(body).contains("强者恒强");
        } finally {
            Files.move(moved, seeds);
        }
    }

    @Test
    void aPlainEvaluatePrintsItsResultAndSaysItWroteNothing() {
        Cli.Run r = run("evaluate", "--semantics", "grounded", "--format", "table");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(direct.get("evaluate --semantics grounded --no-write --format table").out());
        assertThat(r.err()).contains("was not written", "'argkg serve' (pid ").doesNotContain("wrote graph");
    }

    @Test
    void commandsThatWriteNameTheServer() throws Exception {
        Path nq = tmp.resolve("backup.trig");
        Files.writeString(nq, direct.get("export --format trig").out(), StandardCharsets.UTF_8);
        Path aif = tmp.resolve("seed.aif.json");
        Files.writeString(aif, direct.get("export --format aif --graph " + DOC).out(), StandardCharsets.UTF_8);
        for (String[] args : List.of(
                new String[] {"build", "--seeds", seeds.toString()},
                new String[] {"load", nq.toString()},
                new String[] {"import", "--format", "aif", aif.toString(), "--doc-id", "copy-of-seed"})) {
            Cli.Run r = run(args);
            assertThat(r.exit()).as(key(args)).isEqualTo(ExitCodes.IO);
            assertThat(r.err()).as(key(args)).contains("held by 'argkg serve' (pid " + ProcessHandle.current().pid(),
                    server.baseUrl(), "stop it");
        }
        // the served store is untouched
        assertThat(run("query", "causes").out()).isEqualTo(direct.get("query causes").out());
    }
}
