package org.argkg.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

/** Each limit of the loader ends in one diagnostic that names the limit, before any node is built. */
class YamlLoaderTest {

    static final Path FILE = Path.of("map.yaml");
    static final YamlLimits SMALL = new YamlLimits(1000, 2, 4, 50);

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        assertThat(load(SMALL, "k: " + "x".repeat(1000))).containsExactly(
                "map.yaml:1:1: error: file is larger than the size limit of 1000 characters [YAML_LIMIT]");
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedWhereItStarts() {
        assertThat(load(SMALL, "a: [[[x]]]")).isEmpty();
        assertThat(load(SMALL, "a: [[[[x]]]]")).containsExactly(
                "map.yaml:1:7: error: nesting deeper than the depth limit of 4 levels [YAML_LIMIT]");
    }

    /** Building nodes recurses once per level: 200,000 levels would overflow the stack if they were built. */
    @Test
    void nestingFarPastTheLimitEndsInTheSameDiagnostic() {
        String deep = "a: " + "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(load(new YamlLimits(1_000_000, 0, 64, 100_000), deep)).containsExactly(
                "map.yaml:1:67: error: nesting deeper than the depth limit of 64 levels [YAML_LIMIT]");
    }

    @Test
    void moreNodesThanTheNodeLimitAreRefused() {
        assertThat(load(SMALL, "a: [" + String.join(", ", Collections.nCopies(47, "1")) + "]")).isEmpty();
        assertThat(load(SMALL, "a: [" + String.join(", ", Collections.nCopies(49, "1")) + "]")).containsExactly(
                "map.yaml:1:146: error: more keys, values and list items than the node limit of 50 [YAML_LIMIT]");
    }

    @Test
    void aliasesAreRefusedByDefaultAndCountedAgainstALimitOtherwise() {
        String two = "a: &x [1]\nb: *x\nc: *x\n";
        assertThat(load(YamlLimits.DEFAULT, two)).containsExactly(
                "map.yaml:2:4: error: YAML aliases (*name) are not allowed in argkg files; write the value out [YAML_ALIAS]");
        assertThat(load(SMALL, two)).isEmpty();
        assertThat(load(SMALL, two + "d: *x\n")).containsExactly(
                "map.yaml:4:4: error: more aliases (*name) than the alias limit of 2 [YAML_LIMIT]");
    }

    /** "Billion laughs": nine levels of nine aliases each would expand to 10^9 items; the first alias stops it. */
    @Test
    void anAliasBombNeverExpands() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        assertThat(load(YamlLimits.DEFAULT, bomb.toString())).containsExactly(
                "map.yaml:2:10: error: YAML aliases (*name) are not allowed in argkg files; write the value out [YAML_ALIAS]");
    }

    private static List<String> load(YamlLimits limits, String text) {
        Diagnostics out = new Diagnostics();
        new YamlLoader(limits).load(FILE, text, out);
        return out.sorted().stream().map(Diagnostic::format).toList();
    }
}
