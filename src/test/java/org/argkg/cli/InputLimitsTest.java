package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argkg.support.Cli;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that once got past {@code validate} or crashed a command are refused early, with a located reason. */
class InputLimitsTest {

    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    Path tmp;

    @Test
    void aSourceLinkedFromOutsideTheSeedsIsNotBuilt() throws Exception {
        Path seeds = Seeds.copyTo(tmp);
        Path outside = tmp.resolve("elsewhere.md");
        Path source = seeds.resolve(DOC).resolve("source.md");
        Files.move(source, outside);
        Files.createSymbolicLink(source, outside);
        Cli.Run validate = Cli.run("validate", seeds.toString());
        assertThat(validate.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(validate.out() + validate.err()).contains("is a link to a file outside the seeds folder", "[SOURCE_OUTSIDE]");
        Cli.Run build = Cli.run("build", "--seeds", seeds.toString(), "--db", tmp.resolve("db").toString());
        assertThat(build.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    @Test
    void aHugeIdFailsValidateAsItWouldFailBuild() throws Exception {
        Path seeds = Seeds.copyTo(tmp);
        Path map = seeds.resolve(DOC).resolve("map.yaml");
        String id = "x".repeat(40_000);
        Files.writeString(map, Files.readString(map, StandardCharsets.UTF_8).replace("id: cause-security", "id: " + id)
                .replace("cause-security", id), StandardCharsets.UTF_8);
        Cli.Run validate = Cli.run("validate", seeds.toString());
        assertThat(validate.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(validate.out() + validate.err()).contains("is 40000 characters long; ids are at most 200", "[MAP_BAD_ID]");
        Cli.Run build = Cli.run("build", "--seeds", seeds.toString(), "--db", tmp.resolve("db").toString());
        assertThat(build.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void aFrameworkLargerThanTheHeapIsRefusedAtItsHeader() throws Exception {
        Path af = tmp.resolve("big.i23");
        Files.writeString(af, "p af 20000000\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("evaluate", "--af", af.toString(), "--task", "SE-GR");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out() + r.err()).contains("big.i23:1:6:", "needs about", "give Java more with -Xmx", "[AF_HEADER]");
    }
}
