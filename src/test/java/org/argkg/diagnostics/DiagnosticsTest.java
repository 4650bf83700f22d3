package org.argkg.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    static final Path FILE = Path.of("map.yaml");

    @Test
    void aMessageStaysOnOneLineAndCannotReorderATerminal() {
        Diagnostic d = Diagnostic.error(FILE, Position.of(2, 3), "MAP_UNKNOWN_KEY", "unknown key 'a\nb\r\tc\u202Ed\u0000'");
        assertThat(d.format()).isEqualTo("map.yaml:2:3: error: unknown key 'a\\nb\\r\\tc\\u202Ed\\u0000' [MAP_UNKNOWN_KEY]");
        assertThat(Diagnostic.error(FILE, Position.of(1, 1), "X", "中文 😀 plain").format()).endsWith("中文 😀 plain [X]");
    }

    /** A file broken everywhere gets the first problems and one that counts the rest, not millions of lines. */
    @Test
    void problemsPastTheLimitOfAFileAreCountedNotKept() {
        Diagnostics all = new Diagnostics();
        Diagnostics local = new Diagnostics();
        for (int i = 1; i <= Diagnostics.MAX_PER_FILE + 500; i++) {
            local.error(FILE, Position.of(i, 1), "MAP_TYPE", "wrong");
        }
        all.error(Path.of("other.yaml"), Position.of(1, 1), "MAP_TYPE", "wrong");
        all.addAll(local);
        List<Diagnostic> sorted = all.sorted();
        assertThat(sorted).hasSize(Diagnostics.MAX_PER_FILE + 2);
        assertThat(sorted.get(sorted.size() - 1).format()).isEqualTo("map.yaml:1001:1: error: 500 more problem(s) in this file"
                + " from here on are not shown (the first 1000 are); fix those and check again [TOO_MANY_PROBLEMS]");
        assertThat(all.errorCount()).isEqualTo(Diagnostics.MAX_PER_FILE + 501);
        assertThat(all.hasErrors()).isTrue();
    }
}
