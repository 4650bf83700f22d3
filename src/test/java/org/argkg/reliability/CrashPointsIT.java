package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.argkg.export.ExportFormat;
import org.argkg.export.Exporter;
import org.argkg.search.TextIndexes;
import org.argkg.store.GraphStore;
import org.argkg.vocab.Ns;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file-system call that matters, a crash point, as SQLite and LMDB test theirs: {@code build},
 * {@code load}, {@code import} and {@code export} of the packaged jar run once under
 * {@code strace -f} to count their renames, fsyncs, unlinks, mkdirs and rmdirs, then once per crash
 * point with strace killing the process (SIGKILL) when it enters that call. strace counts the calls
 * of each system call in each thread ("per syscall and per tracee"), so a crash point is "the first
 * time a thread enters its k-th call of S", for every S and every k up to the most calls of S any
 * thread made. After every kill the folder is opened as argkg opens it and must be one generation:
 * the content (its N-Quads export) is the previous one or the new one, whole; the claims the
 * full-text index holds are exactly the store's, and a search finds only claims of the store; the
 * index, the source texts and {@code argkg-build.properties} carry the store's generation; the
 * source texts and the fingerprint are those of that content; no staged or old folder is left; an
 * export file is absent or complete. Counts go to {@code target/reliability/crash-points.txt}.
 *
 * <p>A build makes some 300 such calls (most of them the dataset's and the index's fsyncs and the
 * unlinks of a compaction), and a killed run costs a JVM start, so by default every rename, and at
 * most {@code -Dargkg.crash-points-per-call=N} (default 10) points of each other call, evenly spread
 * and always the last, are tested; 0 tests every point. {@code -Dargkg.crash-documents=N} (default 8)
 * sizes the generated corpora.
 */
@Slow
@Tag("crash-points")
class CrashPointsIT {

    static final int DOCUMENTS = Integer.getInteger("argkg.crash-documents", 8);
    static final int PER_CALL = Integer.getInteger("argkg.crash-points-per-call", 10);
    static final Path STRACE = Path.of("/usr/bin/strace");
    static final String CALLS = "rename,renameat,renameat2,fsync,fdatasync,unlink,unlinkat,mkdir,rmdir";
    static final Path REPORT = Path.of("target", "reliability", "crash-points.txt");
    static final Path OVA = Path.of("src/test/fixtures/aif/valid/ova-chip-controls/nodeset.json").toAbsolutePath();

    @TempDir
    Path tmp;

    /** What a folder holds once opened: content, texts, fingerprint. */
    record State(String nquads, Map<String, String> sources, String fingerprint) {
    }

    /** One command and the states its store may be in after a kill. */
    record Scenario(String name, List<String> args, List<State> allowed, Path out) {
    }

    @Test
    void everyCrashPointLeavesOneGeneration() throws Exception {
        assertThat(Files.isExecutable(STRACE)).as("strace is needed (.ci/run installs it)").isTrue();
        Path corpusA = tmp.resolve("corpus-a");
        Path corpusB = tmp.resolve("corpus-b");
        run("generate", "--documents", Integer.toString(DOCUMENTS), "--seed", "1", "--out", corpusA.toString());
        run("generate", "--documents", Integer.toString(DOCUMENTS), "--seed", "2", "--out", corpusB.toString());
        Path refA = tmp.resolve("ref-a");
        Path refB = tmp.resolve("ref-b");
        run("build", "--seeds", corpusA.toString(), "--db", refA.toString());
        run("build", "--seeds", corpusB.toString(), "--db", refB.toString());
        Path dump = tmp.resolve("b.nq");
        run("export", "--db", refB.toString(), "--format", "nquads", "--out", dump.toString());
        Path refLoad = copy(refA, tmp.resolve("ref-load"));
        run("load", "--db", refLoad.toString(), dump.toString());
        Path refImport = copy(refA, tmp.resolve("ref-import"));
        List<String> importArgs = List.of("import", "--format", "aif", OVA.toString(), "--doc-id", "ova-chips");
        run(with(importArgs, "--db", refImport.toString()));
        State a = state(refA);
        State b = state(refB);
        State loaded = state(refLoad);
        State imported = state(refImport);
        assertThat(Set.of(a, b, loaded, imported)).hasSize(4);
        assertThat(loaded.sources()).isEmpty();
        assertThat(loaded.fingerprint()).isEqualTo("loaded:b.nq");

        List<Scenario> scenarios = List.of(
                new Scenario("build", List.of("build", "--seeds", corpusB.toString()), List.of(a, b), null),
                new Scenario("load", List.of("load", dump.toString()), List.of(a, loaded), null),
                new Scenario("import", importArgs, List.of(a, imported), null),
                new Scenario("export", List.of("export", "--format", "nquads"), List.of(a), tmp.resolve("out").resolve("a.nq")));

        StringBuilder report = new StringBuilder();
        int totalPoints = 0;
        int totalKills = 0;
        int tested = 0;
        for (Scenario s : scenarios) {
            // the count: one run under strace, not killed
            Path db = copy(refA, tmp.resolve(s.name() + "-count"));
            Path trace = tmp.resolve(s.name() + ".trace");
            int exit = traced(s, db, List.of("-o", trace.toString(), "-e", "trace=" + CALLS), tmp.resolve(s.name() + "-count.log"));
            assertThat(exit).as("%s under strace: %s", s.name(), Files.readString(tmp.resolve(s.name() + "-count.log"))).isZero();
            Map<String, Integer> points = points(trace);
            Map<String, Integer> killed = new TreeMap<>();
            Map<String, Integer> finished = new TreeMap<>();
            for (Map.Entry<String, Integer> p : points.entrySet()) {
                String call = p.getKey();
                for (int k : chosen(call, p.getValue())) {
                    tested++;
                    Path work = copy(refA, tmp.resolve("work"));
                    if (s.out() != null) {
                        Files.createDirectories(s.out().getParent());
                        Files.deleteIfExists(s.out());
                    }
                    Path log = tmp.resolve("kill.log");
                    int code = traced(s, work, List.of("-o", "/dev/null", "-e", "trace=" + call,
                            "-e", "inject=" + call + ":signal=SIGKILL:when=" + k), log);
                    String what = s.name() + " killed at " + call + " #" + k + " (exit " + code + ")";
                    if (code == 0) {
                        finished.merge(call, 1, Integer::sum); // this run made fewer such calls
                    } else {
                        assertThat(code).as("%s: %s", what, Files.readString(log)).isEqualTo(128 + 9);
                        killed.merge(call, 1, Integer::sum);
                    }
                    check(what, work, s);
                    deleteTree(work);
                }
            }
            int sum = points.values().stream().mapToInt(Integer::intValue).sum();
            int kills = killed.values().stream().mapToInt(Integer::intValue).sum();
            totalPoints += sum;
            totalKills += kills;
            report.append(String.format("%-7s crash points %3d %s; killed at %3d %s; ran to the end (fewer calls that run) %s%n",
                    s.name(), sum, points, kills, killed, finished));
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        }
        report.append(String.format("total: %d crash points, %d kills; after every one the folder opened as one generation%n",
                totalPoints, totalKills));
        report.append(String.format("corpora of %d generated documents; points tested: every rename, %s%n", DOCUMENTS,
                PER_CALL == 0 ? "every other point" : "at most " + PER_CALL + " evenly spread points of each other call"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.print(report);
        assertThat(totalKills).as("kills (the other tested runs made fewer calls than counted)")
                .isGreaterThanOrEqualTo(tested * 9 / 10);
    }

    /** Which of the {@code count} points of {@code call} to kill at. */
    static List<Integer> chosen(String call, int count) {
        if (PER_CALL == 0 || call.startsWith("rename") || count <= PER_CALL) {
            return java.util.stream.IntStream.rangeClosed(1, count).boxed().toList();
        }
        return java.util.stream.IntStream.rangeClosed(1, PER_CALL).map(i -> (int) Math.round((double) i * count / PER_CALL))
                .distinct().boxed().toList();
    }

    /** The folder, opened as argkg opens it, is one generation and one of the allowed states. */
    private static void check(String what, Path db, Scenario s) throws IOException {
        assertThat(GraphStore.exists(db)).as("%s: the store is there", what).isTrue();
        State now;
        try (GraphStore store = GraphStore.open(db)) {
            long g = store.generation();
            Set<String> claims = new HashSet<>();
            List<String> words = new ArrayList<>();
            try (var conn = store.connect()) {
                conn.querySelect("PREFIX argkg: <https://w3id.org/argkg/ontology#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?o { GRAPH ?g { ?s ?p ?o } "
                        + "FILTER(?p IN (argkg:statement, rdfs:label) && isLiteral(?o) && STRSTARTS(STR(?s), \"" + Ns.ID + "\")) }",
                        r -> {
                            claims.add(r.getResource("s").getURI());
                            if (words.isEmpty() && r.getLiteral("o").getLanguage().equals("en")) {
                                Stream.of(r.getLiteral("o").getLexicalForm().split("[^A-Za-z]+")).filter(w -> w.length() > 5)
                                        .findFirst().ifPresent(words::add);
                            }
                        });
                Path index = db.resolve(TextIndexes.DIRECTORY);
                assertThat(indexed(index)).as("%s: the claims in the text index are the store's", what).isEqualTo(claims);
                assertThat(TextIndexes.generation(index)).as("%s: the index's generation", what).hasValue(g);
                for (String word : words) {
                    List<String> hits = new ArrayList<>();
                    conn.querySelect("PREFIX text: <http://jena.apache.org/text#> PREFIX argkg: <https://w3id.org/argkg/ontology#> "
                            + "SELECT ?c { ?c text:query (argkg:statement \"" + word + "\") }",
                            r -> hits.add(r.getResource("c").getURI()));
                    assertThat(hits).as("%s: a search for '%s' finds claims, all in the store", what, word).isNotEmpty();
                    assertThat(claims).as(what).containsAll(hits);
                }
            }
            String generation = Files.readAllLines(db.resolve("sources").resolve("GENERATION")).get(0);
            assertThat(generation).as("%s: the source texts' generation", what).isEqualTo(Long.toString(g));
            assertThat(Files.readString(db.resolve("argkg-build.properties")))
                    .as("%s: the build information's generation", what).contains("generation=" + g);
            now = new State(nquads(store), sources(db), store.fingerprint().orElse(null));
        }
        assertThat(now).as("%s: the folder holds the previous generation or the new one, whole", what).isIn(s.allowed());
        try (Stream<Path> files = Files.list(db)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".new") || n.endsWith(".old")))
                    .as("%s: staged or old folders left after opening", what).isEmpty();
        }
        if (s.out() != null && Files.exists(s.out())) {
            String exported = Files.readString(s.out());
            assertThat(exported).as("%s: the export file is whole", what).isEqualTo(s.allowed().get(0).nquads());
            RDFParser.fromString(exported, Lang.NQUADS).parse(DatasetGraphFactory.create());
        }
    }

    private static State state(Path db) throws IOException {
        try (GraphStore store = GraphStore.open(db)) {
            return new State(nquads(store), sources(db), store.fingerprint().orElse(null));
        }
    }

    private static String nquads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(ExportFormat.parse("nquads").orElseThrow(), null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> sources(Path db) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Path dir = db.resolve("sources");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    texts.put(f.getFileName().toString(), Files.readString(f));
                }
            }
        }
        return texts;
    }

    /** The claims the index holds (its entities' URIs). */
    private static Set<String> indexed(Path index) throws IOException {
        Set<String> uris = new HashSet<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData()).containsKey("argkg.generation");
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        uris.add(stored.document(i).get("uri"));
                    }
                }
            }
        }
        return uris;
    }

    /** How many crash points each call has: the most calls of it that one thread made. */
    static Map<String, Integer> points(Path trace) throws IOException {
        Pattern call = Pattern.compile("^(\\d+)\\s+(\\w+)\\(");
        Map<String, Map<String, Integer>> perThread = new LinkedHashMap<>();
        for (String line : Files.readAllLines(trace)) {
            Matcher m = call.matcher(line);
            if (m.find()) {
                perThread.computeIfAbsent(m.group(2), c -> new TreeMap<>()).merge(m.group(1), 1, Integer::sum);
            }
        }
        Map<String, Integer> points = new TreeMap<>();
        perThread.forEach((c, threads) -> points.put(c, threads.values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        return points;
    }

    /** Runs the scenario's command on {@code db} under strace with {@code straceOptions}; its exit code. */
    private static int traced(Scenario s, Path db, List<String> straceOptions, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(STRACE.toString(), "-f", "-qq"));
        cmd.addAll(straceOptions);
        cmd.addAll(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-jar", jar()));
        cmd.addAll(s.args());
        cmd.addAll(List.of("--db", db.toString()));
        if (s.out() != null) {
            cmd.addAll(List.of("--out", s.out().toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("still running after 300 s: " + cmd);
        }
        return p.exitValue();
    }

    private void run(String... args) throws Exception {
        run(List.of(args));
    }

    private void run(List<String> args) throws Exception {
        Path log = tmp.resolve("run.log");
        Child c = Child.run(log, 300, args.toArray(String[]::new));
        assertThat(c.exit()).as("%s: %s", args, c.output()).isZero();
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static String jar() {
        return Path.of(System.getProperty("argkg.jar", "target/argkg.jar")).toAbsolutePath().toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        deleteTree(to);
        FuzzBase.copyTree(from, to);
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
