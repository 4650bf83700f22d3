package org.argkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argkg.support.Cli;
import org.argkg.support.Locks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code argkg export --format dot|svg|png}: outputs, exit codes, and what happens without Graphviz. */
@Isolated("sets the system property argkg.dot, which every use of Graphviz reads")
@ResourceLock(Locks.HOSTILE_DB)
class DiagramExportTest {

    @TempDir
    static Path tmp;

    static String db;

    @BeforeAll
    static void build() {
        db = DiagramFixtures.hostileDb().toString();
    }

    @Test
    void dotGoesToStdoutAndIsTheLibrarysDot() {
        Cli.Run r = Cli.run("export", "--db", db, "--format", "dot", "--graph", "hostile-doc", "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("digraph \"argkg\" {").endsWith("}\n").contains("\"hostile-doc/cause\" [");
        assertThat(r.out()).doesNotContain("成本高");
        Cli.Run again = Cli.run("export", "--db", db, "--format", "dot", "--graph", "hostile-doc", "--lang", "en");
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void svgAndPngAreWrittenToFiles() throws Exception {
        if (System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Graphviz.fromEnvironment().available(), "Graphviz is not installed");
        }
        Path svg = tmp.resolve("out/map.svg");
        Cli.Run r = Cli.run("export", "--db", db, "--format", "svg", "--graph", "hostile-doc", "--out", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8).replace("&#45;", "-");
        assertThat(text).startsWith("<?xml").contains("<svg", "id=\"claim:hostile-doc/thesis\"", "&lt;script&gt;");
        Path png = tmp.resolve("out/map.png");
        assertThat(Cli.run("export", "--db", db, "--format", "png", "--graph", "hostile-doc", "--out", png.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        // SVG is text: without --out it goes to stdout
        Cli.Run toStdout = Cli.run("export", "--db", db, "--format", "svg", "--graph", "hostile-doc", "--lang", "zh");
        assertThat(toStdout.exit()).isZero();
        assertThat(toStdout.out()).contains("<svg", "成本高").doesNotContain("High cost");
    }

    @Test
    void withoutGraphvizSvgAndPngExitThreeSayingHowToInstallItAndDotStillWorks() {
        String before = System.getProperty("argkg.dot");
        System.setProperty("argkg.dot", tmp.resolve("no-such-dir/dot").toString());
        try {
            Path png = tmp.resolve("missing.png");
            for (String format : new String[] {"svg", "png"}) {
                Cli.Run r = Cli.run("export", "--db", db, "--format", format, "--graph", "hostile-doc", "--out", png.toString());
                assertThat(r.exit()).isEqualTo(3);
                assertThat(r.err()).contains("Graphviz is not installed", "apt-get install graphviz fonts-noto-cjk", "--format dot");
                assertThat(png).doesNotExist();
            }
            Cli.Run dot = Cli.run("export", "--db", db, "--format", "dot", "--graph", "hostile-doc");
            assertThat(dot.exit()).isZero();
            assertThat(dot.out()).startsWith("digraph");
        } finally {
            if (before == null) {
                System.clearProperty("argkg.dot");
            } else {
                System.setProperty("argkg.dot", before);
            }
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Run lang = Cli.run("export", "--db", db, "--format", "dot", "--graph", "hostile-doc", "--lang", "fr");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("Invalid value for option '--lang': expected one of [zh, en, both] (case-insensitive) but was 'fr'");
        Cli.Run rdfWithLang = Cli.run("export", "--db", db, "--format", "turtle", "--lang", "en");
        assertThat(rdfWithLang.exit()).isEqualTo(2);
        assertThat(rdfWithLang.err()).contains("apply to diagrams");
        Cli.Run noGraph = Cli.run("export", "--db", db, "--format", "dot");
        assertThat(noGraph.exit()).isEqualTo(2);
        assertThat(noGraph.err()).contains("give --graph DOC-ID", "hostile-doc", "other-doc");
        Cli.Run unknown = Cli.run("export", "--db", db, "--format", "dot", "--graph", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no document 'nope'");
        Cli.Run badFormat = Cli.run("export", "--db", db, "--format", "gif");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("dot, svg, png");
    }

    @Test
    void aStoreWithOneDocumentNeedsNoGraphOption() {
        String one = tmp.resolve("one").toString();
        assertThat(Cli.run("build", "--seeds", "src/test/fixtures/valid/minimal/seeds", "--db", one).exit()).isZero();
        Cli.Run r = Cli.run("export", "--db", one, "--format", "dot");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"tiny-doc/thesis\" [");
    }
}
