package org.argkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.argkg.diagnostics.ArgkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running {@code dot} as a process: missing, failing, hanging, and what it is given. Needs no Graphviz. */
class GraphvizProcessTest {

    @TempDir
    Path tmp;

    private Path script(String name, String body) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void aMissingDotSaysHowToInstallIt() {
        Graphviz g = new Graphviz(tmp.resolve("nothing/dot").toString(), Duration.ofSeconds(5));
        assertThat(g.available()).isFalse();
        assertThat(g.version()).isEmpty();
        assertThatThrownBy(() -> g.render("digraph { }", DiagramFormat.SVG)).isInstanceOf(GraphvizMissingException.class)
                .hasMessageContaining("Graphviz is not installed").hasMessageContaining("apt-get install graphviz fonts-noto-cjk");
        assertThat(new Graphviz("no-such-dot-on-the-path", Duration.ofSeconds(5)).available()).isFalse();
        // DOT needs no Graphviz
        assertThat(new String(g.render("digraph { }", DiagramFormat.DOT), StandardCharsets.UTF_8)).isEqualTo("digraph { }");
    }

    @Test
    void theDotSourceGoesToStandardInputAndTheFormatIsAsked() throws Exception {
        // a stand-in that echoes its argument and its input
        Path fake = script("dot", "echo \"$1\"; cat");
        byte[] out = new Graphviz(fake.toString(), Duration.ofSeconds(10)).render("digraph { \"中\" }", DiagramFormat.PNG);
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("-Tpng\ndigraph { \"中\" }");
    }

    @Test
    void aFailureReportsWhatDotSaid() throws Exception {
        Path fake = script("dot", "cat >/dev/null; echo 'Error: syntax error in line 1' >&2; exit 1");
        assertThatThrownBy(() -> new Graphviz(fake.toString(), Duration.ofSeconds(10)).render("x", DiagramFormat.SVG))
                .isInstanceOf(ArgkgException.class).hasMessageContaining("Graphviz failed (exit 1): Error: syntax error in line 1");
    }

    @Test
    void aHangingDotIsStoppedAtTheTimeout() throws Exception {
        Path fake = script("dot", "sleep 30");
        long start = System.nanoTime();
        assertThatThrownBy(() -> new Graphviz(fake.toString(), Duration.ofSeconds(1)).render("digraph { }", DiagramFormat.SVG))
                .isInstanceOf(ArgkgException.class).hasMessageContaining("did not finish within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void muchOutputOnBothStreamsDoesNotBlock() throws Exception {
        // more than a pipe holds, on stderr and stdout at once
        Path fake = script("dot", "cat >/dev/null; i=0; while [ $i -lt 3000 ]; do echo \"warning $i ..............................\" >&2; echo \"line $i\"; i=$((i+1)); done");
        byte[] out = new Graphviz(fake.toString(), Duration.ofSeconds(20)).render("digraph { }", DiagramFormat.SVG);
        assertThat(new String(out, StandardCharsets.UTF_8)).startsWith("line 0\n").endsWith("line 2999\n");
    }
}
