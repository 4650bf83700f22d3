package org.argkg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.io.JsonTree.Arr;
import org.argkg.io.JsonTree.Obj;
import org.argkg.io.JsonTree.Str;
import org.argkg.io.JsonTree.Value;
import org.junit.jupiter.api.Test;

/** The JSON parser keeps positions (columns in code points) and reports syntax errors where they are. */
class JsonTreeTest {

    static final Path FILE = Path.of("x.json");

    @Test
    void valuesCarryLineAndColumnCountingCodePoints() {
        Diagnostics d = new Diagnostics();
        // 𝒜 is outside the Basic Multilingual Plane: one code point, two UTF-16 units
        Value v = JsonTree.parse(FILE, "{\"a\": \"中𝒜\", \"b\": [1, -2.5e3, true, null],\n  \"c\": \"x\\u0041\\n\"}", d).orElseThrow();
        assertThat(d.isEmpty()).isTrue();
        Obj o = (Obj) v;
        assertThat(o.at()).isEqualTo(Position.of(1, 1));
        assertThat(((Str) o.get("a").orElseThrow()).value()).isEqualTo("中𝒜");
        Arr b = (Arr) o.get("b").orElseThrow();
        assertThat(b.at()).isEqualTo(Position.of(1, 18));
        assertThat(b.items()).hasSize(4);
        assertThat(((JsonTree.Num) b.items().get(1)).text()).isEqualTo("-2.5e3");
        assertThat(o.member("c").orElseThrow().keyAt()).isEqualTo(Position.of(2, 3));
        assertThat(((Str) o.get("c").orElseThrow()).value()).isEqualTo("xA\n");
    }

    @Test
    void columnsAfterAnAstralCharacterCountItOnce() {
        Diagnostics d = new Diagnostics();
        Optional<Value> v = JsonTree.parse(FILE, "[\"𝒜\", x]", d);
        assertThat(v).isEmpty();
        assertThat(d.all()).singleElement().hasToString("x.json:1:7: error: expected a value, found 'x' [JSON_SYNTAX]");
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertThat(error("{\"a\": 1,\n}")).isEqualTo("x.json:2:1: error: '}' after a ',': a trailing comma is not allowed in JSON [JSON_SYNTAX]");
        assertThat(error("{\"a\" 1}")).isEqualTo("x.json:1:6: error: expected ':' after the key \"a\", found '1' [JSON_SYNTAX]");
        assertThat(error("{\"a\": \"open")).isEqualTo("x.json:1:12: error: string is not closed before the end of file [JSON_SYNTAX]");
        assertThat(error("[1] [2]")).isEqualTo("x.json:1:5: error: unexpected '[' after the end of the JSON value [JSON_SYNTAX]");
        assertThat(error("{'a': 1}")).isEqualTo("x.json:1:2: error: expected a key in double quotes, found ''' [JSON_SYNTAX]");
        assertThat(error("[01]")).isEqualTo("x.json:1:3: error: expected ',' or ']' after a value in an array, found '1' [JSON_SYNTAX]");
        assertThat(error("[" .repeat(300))).contains("JSON nested more than 256 levels deep");
    }

    @Test
    void duplicateKeysAreReportedAndTheFirstKept() {
        Diagnostics d = new Diagnostics();
        Obj o = (Obj) JsonTree.parse(FILE, "{\"k\": 1,\n \"k\": 2}", d).orElseThrow();
        assertThat(((JsonTree.Num) o.get("k").orElseThrow()).text()).isEqualTo("1");
        assertThat(d.all()).singleElement()
                .hasToString("x.json:2:2: error: key \"k\" appears twice in the same object; the first is used [JSON_DUPLICATE_KEY]");
    }

    private static String error(String json) {
        Diagnostics d = new Diagnostics();
        assertThat(JsonTree.parse(FILE, json, d)).isEmpty();
        assertThat(d.all()).hasSize(1);
        return d.all().get(0).format();
    }
}
