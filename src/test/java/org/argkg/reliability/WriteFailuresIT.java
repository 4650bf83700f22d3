package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.argkg.support.Cli;
import org.argkg.support.Seeds;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that cannot happen end in exit 3 and a message naming the path and the reason, and leave
 * what was there: a store or export path below a regular file, a path that is a folder, a
 * read-only folder, and a full disk (a small tmpfs, where the machine lets the test mount one).
 * ({@code CliTest} covers an export below a regular file.)
 */
@Slow
class WriteFailuresIT {

    @TempDir
    Path tmp;

    @Test
    void aStoreOrExportWhereAFileIsInTheWayIsAnIoError() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Cli.Run below = Cli.run("build", "--db", file.resolve("db").toString());
        assertThat(below.exit()).isEqualTo(3);
        assertThat(below.err()).startsWith("argkg: error: cannot open the store at " + file.resolve("db")).doesNotContain("\tat ");
        Cli.Run onFile = Cli.run("build", "--db", file.toString());
        assertThat(onFile.exit()).isEqualTo(3);
        assertThat(onFile.err()).startsWith("argkg: error: cannot open the store at " + file).doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("x");

        Path db = tmp.resolve("db");
        assertThat(Cli.run("build", "--db", db.toString()).exit()).isZero();
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Files.writeString(folder.resolve("keep"), "kept");
        Cli.Run ontoFolder = Cli.run("export", "--db", db.toString(), "--format", "nquads", "--out", folder.toString());
        assertThat(ontoFolder.exit()).isEqualTo(3);
        assertThat(ontoFolder.err()).startsWith("argkg: error: cannot write " + folder).doesNotContain("\tat ");
        assertThat(listing(folder)).containsExactly(folder.resolve("keep"));
        IoReport.add("store below a regular file", below.err());
        IoReport.add("export onto a folder", ontoFolder.err());
    }

    @Test
    void aReadOnlyFolderIsAnIoError() throws IOException {
        Path ro = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro),
                    "this user (root?) can write into a read-only folder; the regular-file and full-disk cases stand in");
            Path db = tmp.resolve("db");
            assertThat(Cli.run("build", "--db", db.toString()).exit()).isZero();
            Cli.Run build = Cli.run("build", "--db", ro.resolve("db").toString());
            assertThat(build.exit()).isEqualTo(3);
            assertThat(build.err()).contains("cannot open the store at " + ro.resolve("db")).doesNotContain("\tat ");
            Cli.Run export = Cli.run("export", "--db", db.toString(), "--format", "nquads", "--out", ro.resolve("x.nq").toString());
            assertThat(export.exit()).isEqualTo(3);
            assertThat(export.err()).contains("cannot write " + ro.resolve("x.nq")).contains("denied").doesNotContain("\tat ");
            assertThat(listing(ro)).isEmpty();
            IoReport.add("export into a read-only folder", export.err());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A rebuild and an export on a full disk: a tmpfs of a few megabytes, filled up. TDB2 writes
     * through memory-mapped files, so the store meets the full disk as a fault in the JVM, not an
     * exception; it must still end in exit 3, and the store keep its last build.
     */
    @Test
    void aFullDiskIsAnIoErrorAndTheStoreKeepsItsLastBuild() throws Exception {
        onASmallDisk(disk -> {
            Path db = disk.resolve("db");
            Path seeds = Seeds.copyTo(tmp);
            Child first = Child.run(tmp.resolve("first.log"), 300, "build", "--seeds", seeds.toString(), "--db", db.toString());
            assertThat(first.exit()).as(first.output()).isZero();
            Path out = disk.resolve("argkg.nq");
            assertThat(Child.run(tmp.resolve("export.log"), 300, "export", "--db", db.toString(), "--format", "nquads",
                    "--out", out.toString()).exit()).isZero();
            KillIT.Content before = KillIT.Content.of(db);
            byte[] exported = Files.readAllBytes(out);

            fill(disk);
            Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
            Files.writeString(map, Files.readString(map).replace("role: cause", "role: premise"));
            Child rebuild = Child.run(tmp.resolve("rebuild.log"), 300, "build", "--seeds", seeds.toString(), "--db", db.toString());
            assertThat(rebuild.exit()).as(rebuild.output()).isEqualTo(3);
            assertThat(rebuild.output()).startsWith("argkg: error: cannot write the store").contains("disk")
                    .doesNotContain("\tat ");
            Files.delete(disk.resolve("filler"));
            fill(disk);
            Child export = Child.run(tmp.resolve("export-full.log"), 300, "export", "--db", db.toString(), "--format",
                    "nquads", "--out", out.toString());
            assertThat(export.exit()).as(export.output()).isEqualTo(3);
            assertThat(export.output()).startsWith("argkg: error: cannot write " + out).contains("No space left on device");
            assertThat(Files.readAllBytes(out)).isEqualTo(exported);
            // a first build on the full disk fails the same way and leaves no half-written store behind
            Path fresh = disk.resolve("fresh-db");
            Child first2 = Child.run(tmp.resolve("first-full.log"), 300, "build", "--seeds", seeds.toString(), "--db",
                    fresh.toString());
            assertThat(first2.exit()).as(first2.output()).isEqualTo(3);
            assertThat(fresh).doesNotExist();
            assertThat(listing(disk)).containsExactlyInAnyOrder(db, out, disk.resolve("filler"));
            Files.delete(disk.resolve("filler"));
            assertThat(KillIT.Content.of(db)).as("the store keeps its last build").isEqualTo(before);
            IoReport.add("rebuild on a full disk", rebuild.output());
            IoReport.add("export on a full disk", export.output());
        });
    }

    /** What runs on a small disk. */
    @FunctionalInterface
    interface OnDisk {
        void run(Path disk) throws Exception;
    }

    /** Runs {@code body} on a tmpfs of 24 MB, mounted for it (skipped where the machine does not allow it). */
    private static void onASmallDisk(OnDisk body) throws Exception {
        Path disk = Files.createTempDirectory("argkg-full-disk");
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString()) == 0;
        try {
            Assumptions.assumeTrue(mounted, "mounting a small tmpfs (a disk to fill) needs root; not allowed here");
            body.run(disk);
        } finally {
            if (mounted) {
                run("umount", disk.toString());
            }
            Files.deleteIfExists(disk);
        }
    }

    /**
     * A load on a full disk: the export of a larger store does not fit. It ends in exit 3 and leaves
     * the previous generation whole: content, search, fingerprint, and nothing staged once the store
     * is opened again.
     */
    @Test
    void aLoadOnAFullDiskFailsAndLeavesThePreviousGeneration() throws Exception {
        onASmallDisk(disk -> {
            Path db = disk.resolve("db");
            Child first = Child.run(tmp.resolve("first.log"), 300, "build", "--seeds", Seeds.copyTo(tmp).toString(),
                    "--db", db.toString());
            assertThat(first.exit()).as(first.output()).isZero();
            KillIT.Content before = KillIT.Content.of(db);
            String info = Files.readString(db.resolve("argkg-build.properties"));
            Path corpus = tmp.resolve("corpus");
            assertThat(Cli.run("generate", "--documents", "60", "--seed", "3", "--out", corpus.toString()).exit()).isZero();
            Path big = tmp.resolve("big");
            assertThat(Child.run(tmp.resolve("big.log"), 300, "build", "--seeds", corpus.toString(), "--db", big.toString())
                    .exit()).isZero();
            Path dump = tmp.resolve("big.nq");
            assertThat(Cli.run("export", "--db", big.toString(), "--format", "nquads", "--out", dump.toString()).exit()).isZero();

            fill(disk);
            Child load = Child.run(tmp.resolve("load.log"), 300, "load", "--db", db.toString(), dump.toString());
            assertThat(load.exit()).as(load.output()).isEqualTo(3);
            assertThat(load.output()).startsWith("argkg: error: cannot").contains("disk").doesNotContain("\tat ");
            Files.delete(disk.resolve("filler"));
            assertThat(KillIT.Content.of(db)).as("the store keeps its last build, its index too").isEqualTo(before);
            assertThat(Files.readString(db.resolve("argkg-build.properties"))).isEqualTo(info);
            assertThat(listing(db).stream().map(p -> p.getFileName().toString()))
                    .as("nothing staged is left once the store was opened").noneMatch(n -> n.endsWith(".new") || n.endsWith(".old"));
            IoReport.add("load on a full disk", load.output());
        });
    }

    /** The messages seen, for {@code target/reliability/io.txt}. */
    static final class IoReport {
        private static final java.util.Map<String, String> SEEN = new java.util.TreeMap<>();

        static synchronized void add(String what, String output) throws IOException {
            SEEN.put(what, output.strip().lines().findFirst().orElse(""));
            StringBuilder sb = new StringBuilder();
            SEEN.forEach((w, m) -> sb.append(w).append(": exit 3: ").append(m).append('\n'));
            Path report = Path.of("target", "reliability", "io.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, sb);
        }
    }

    /** Fills the file system of {@code dir} but for a few kilobytes. */
    private static void fill(Path dir) throws IOException {
        long free = Files.getFileStore(dir).getUsableSpace();
        try (var ch = Files.newByteChannel(dir.resolve("filler"), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(64 * 1024);
            long left = free - 8 * 1024;
            while (left > 0) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), left));
                left -= ch.write(zeros);
            }
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
