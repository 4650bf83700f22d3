package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.argkg.support.Cli;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: {@code argkg build} and {@code argkg export --out}, run from the packaged jar as
 * child processes, are killed with SIGKILL at random moments, many times. After every kill the
 * store holds exactly what it held before or exactly what the build was writing (its export byte
 * for byte, and its answers to a named query and to a full-text search), never a mixture, and
 * opens and answers; the export file is whole. A last build gives the same content as a clean
 * build. Exports stopped with SIGTERM instead leave no temporary file behind. Counts go to
 * {@code target/reliability/kill.txt}.
 *
 * <p>{@code -Dargkg.kills=N} (default 12) and {@code -Dargkg.kill-documents=N} (default 30, the
 * size of the generated corpora) scale it; the soak raises both.
 */
@Slow
class KillIT {

    static final int KILLS = Integer.getInteger("argkg.kills", 12);
    static final int DOCUMENTS = Integer.getInteger("argkg.kill-documents", 30);
    static final long SEED = Long.getLong("argkg.kill-seed", System.nanoTime());
    static final Path REPORT = Path.of("target", "reliability", "kill.txt");

    @TempDir
    Path tmp;

    /** What a store holds, as seen from outside: its N-Quads export, a named query's answer and a text search's. */
    record Content(String nquads, String documents, String search) {

        static Content of(Path db) {
            Cli.Run export = Cli.run("export", "--db", db.toString(), "--format", "nquads");
            assertThat(export.exit()).as("the store opens and exports: %s", export.err()).isZero();
            Cli.Run docs = Cli.run("query", "documents", "--db", db.toString(), "--format", "csv");
            assertThat(docs.exit()).as("the store answers a named query: %s", docs.err()).isZero();
            Cli.Run search = Cli.run("query", "search-claims", "--db", db.toString(), "--param", "text=export", "--format", "csv");
            assertThat(search.exit()).as("the store answers a full-text search: %s", search.err()).isZero();
            return new Content(export.out(), docs.out(), search.out());
        }

        long quads() {
            return nquads.lines().count();
        }
    }

    @Test
    void killedBuildsAndExportsLoseNothing() throws Exception {
        Random random = new Random(SEED);
        Path[] corpus = {tmp.resolve("corpus-a"), tmp.resolve("corpus-b")};
        for (int i = 0; i < 2; i++) {
            Cli.Run g = Cli.run("generate", "--documents", Integer.toString(DOCUMENTS), "--seed", Integer.toString(i + 1),
                    "--out", corpus[i].toString());
            assertThat(g.exit()).as(g.err()).isZero();
        }
        // clean builds of both corpora: what a store may hold, and how long a build takes
        Content[] clean = new Content[2];
        long buildMillis = 0;
        for (int i = 0; i < 2; i++) {
            Child b = Child.run(tmp.resolve("clean-" + i + ".log"), 600, "build", "--seeds", corpus[i].toString(),
                    "--db", tmp.resolve("clean-" + i).toString());
            assertThat(b.exit()).as(b.output()).isZero();
            buildMillis = Math.max(buildMillis, b.millis());
            clean[i] = Content.of(tmp.resolve("clean-" + i));
        }
        assertThat(clean[0]).isNotEqualTo(clean[1]);

        // the store under test holds corpus a; the export file its export
        Path db = tmp.resolve("db");
        Path out = tmp.resolve("export").resolve("argkg.nq");
        Files.createDirectories(out.getParent());
        FuzzBase.copyTree(tmp.resolve("clean-0"), db);
        Child firstExport = Child.run(tmp.resolve("export.log"), 600, "export", "--db", db.toString(), "--format", "nquads",
                "--out", out.toString());
        assertThat(firstExport.exit()).isZero();
        long exportMillis = firstExport.millis();
        int state = 0;
        byte[] exported = Files.readAllBytes(out);
        Object exportedFile = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
        assertThat(new String(exported, StandardCharsets.UTF_8)).isEqualTo(clean[0].nquads());

        int buildKills = 0;
        int buildsKilledRunning = 0;
        int buildsCommitted = 0;
        int exportKills = 0;
        int exportsKilledRunning = 0;
        int exportsReplaced = 0;
        for (int k = 0; k < KILLS; k++) {
            if (k % 3 == 2) {
                // an export killed at a random moment: the file is the old export or the whole new one
                Child e = Child.start(tmp.resolve("kill-" + k + ".log"), "export", "--db", db.toString(), "--format", "nquads",
                        "--out", out.toString());
                // most of an export's time is the JVM starting: aim at the end, where the file is written
                Thread.sleep((long) ((0.6 + random.nextDouble() * 0.8) * exportMillis));
                exportsKilledRunning += e.kill() ? 1 : 0;
                exportKills++;
                byte[] now = Files.readAllBytes(out);
                String expected = clean[state].nquads();
                assertThat(Arrays.equals(now, exported) || new String(now, StandardCharsets.UTF_8).equals(expected))
                        .as("after kill %d the export file is the previous export or the complete new one", k).isTrue();
                Object file = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
                exportsReplaced += file.equals(exportedFile) ? 0 : 1; // renamed into place: another file
                exportedFile = file;
                exported = now;
            } else {
                // a build of the other corpus killed at a random moment: the store holds one corpus or the other, whole
                int target = 1 - state;
                Child b = Child.start(tmp.resolve("kill-" + k + ".log"), "build", "--seeds", corpus[target].toString(),
                        "--db", db.toString());
                Thread.sleep((long) (random.nextDouble() * 1.2 * buildMillis));
                buildsKilledRunning += b.kill() ? 1 : 0;
                buildKills++;
                Content now = Content.of(db);
                assertThat(now).as("after kill %d (%s) the store holds the previous content or the new one, whole",
                        k, b.output().strip()).isIn(clean[state], clean[target]);
                if (now.equals(clean[target])) {
                    buildsCommitted++;
                    state = target;
                }
            }
        }

        // exports stopped with SIGTERM at the same moments: besides a whole file, nothing is left beside it
        Path termOut = tmp.resolve("export-term").resolve("argkg.nq");
        Files.createDirectories(termOut.getParent());
        int exportTerms = 0;
        int exportsTermedRunning = 0;
        for (int k = 0; k < Math.max(3, KILLS / 4); k++) {
            Child e = Child.start(tmp.resolve("term-" + k + ".log"), "export", "--db", db.toString(), "--format", "nquads",
                    "--out", termOut.toString());
            Thread.sleep((long) ((0.6 + random.nextDouble() * 0.8) * exportMillis));
            exportsTermedRunning += e.terminate() ? 1 : 0;
            exportTerms++;
            if (Files.exists(termOut)) {
                assertThat(Files.readString(termOut)).as("after SIGTERM %d the export file is whole", k)
                        .isEqualTo(clean[state].nquads());
            }
            try (Stream<Path> left = Files.list(termOut.getParent())) {
                assertThat(left.filter(p -> !p.equals(termOut)).toList())
                        .as("temporary files left by an export stopped with SIGTERM (%s)", e.output().strip()).isEmpty();
            }
        }

        // a last build, not killed, gives what a clean build gives
        Child last = Child.run(tmp.resolve("last.log"), 600, "build", "--seeds", corpus[1].toString(), "--db", db.toString());
        assertThat(last.exit()).as(last.output()).isZero();
        assertThat(Content.of(db)).isEqualTo(clean[1]);
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(out.getParent())) {
            leftovers = s.filter(p -> !p.equals(out)).toList();
        }

        String report = String.format("""
                kills (SIGKILL at a random moment, seed %d): %d
                  builds killed: %d (%d while running, %d after they had ended); corpora of %d generated documents,
                    %d and %d quads; a clean build took %d ms; kills at 0-120%% of that
                  of those, builds that had committed the new content: %d; the others left the previous content
                  exports killed: %d (%d while running, at 60-140%% of an export's time); of those, exports that had
                    renamed the new file into place: %d
                lost or mixed content after a kill: 0 (store checked by its N-Quads export byte for byte, a named query
                  and a full-text search; export file byte for byte)
                store unreadable after a kill: 0
                last build after the kills equals a clean build: yes (N-Quads export byte for byte, query and search answers)
                temporary files left beside the export by killed exports: %d (SIGKILL gives no chance to remove them)
                exports stopped with SIGTERM at the same moments: %d (%d while running); temporary files left: 0
                """, SEED, buildKills + exportKills, buildKills, buildsKilledRunning, buildKills - buildsKilledRunning, DOCUMENTS,
                clean[0].quads(), clean[1].quads(), buildMillis, buildsCommitted, exportKills, exportsKilledRunning,
                exportsReplaced, leftovers.size(), exportTerms, exportsTermedRunning);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }
}
