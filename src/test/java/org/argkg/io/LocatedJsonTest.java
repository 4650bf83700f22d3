package org.argkg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.io.LocatedJson.Arr;
import org.argkg.io.LocatedJson.Obj;
import org.argkg.io.LocatedJson.Str;
import org.argkg.io.LocatedJson.Value;
import org.junit.jupiter.api.Test;

/** The JSON reader keeps positions (columns in code points) and reports syntax errors where they are. */
class LocatedJsonTest {

    static final Path FILE = Path.of("x.json");

    @Test
    void valuesCarryLineAndColumnCountingCodePoints() {
        Diagnostics d = new Diagnostics();
        // 𝒜 is outside the Basic Multilingual Plane: one code point, two UTF-16 units
        Value v = LocatedJson.parse(FILE, "{\"a\": \"中𝒜\", \"b\": [1, -2.5e3, true, null],\n  \"c\": \"x\\u0041\\n\"}", d).orElseThrow();
        assertThat(d.isEmpty()).isTrue();
        Obj o = (Obj) v;
        assertThat(o.at()).isEqualTo(Position.of(1, 1));
        assertThat(((Str) o.get("a").orElseThrow()).value()).isEqualTo("中𝒜");
        Arr b = (Arr) o.get("b").orElseThrow();
        assertThat(b.at()).isEqualTo(Position.of(1, 18));
        assertThat(b.items()).hasSize(4);
        assertThat(((LocatedJson.Num) b.items().get(1)).text()).isEqualTo("-2.5e3");
        assertThat(o.member("c").orElseThrow().keyAt()).isEqualTo(Position.of(2, 3));
        assertThat(((Str) o.get("c").orElseThrow()).value()).isEqualTo("xA\n");
    }

    @Test
    void columnsAfterAnAstralCharacterCountItOnce() {
        Diagnostics d = new Diagnostics();
        Optional<Value> v = LocatedJson.parse(FILE, "[\"𝒜\", x]", d);
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
        assertThat(error("[" .repeat(300))).isEqualTo("x.json:1:258: error: JSON nested more than 256 levels deep [JSON_SYNTAX]");
    }

    @Test
    void errorsInsideATokenAreAtTheCharacterThatIsWrong() {
        assertThat(error("[\"a\\q\"]")).isEqualTo("x.json:1:5: error: unknown escape \\q in a string [JSON_SYNTAX]");
        assertThat(error("[\"\\u12G4\"]")).isEqualTo("x.json:1:4: error: \\u must be followed by four hexadecimal digits [JSON_SYNTAX]");
        assertThat(error("[\"a\u0001\"]")).isEqualTo("x.json:1:4: error: control character U+0001 in a string; write it escaped [JSON_SYNTAX]");
        assertThat(error("[\"a\\\t\"]")).isEqualTo("x.json:1:5: error: control character U+0009 in a string; write it escaped [JSON_SYNTAX]");
        assertThat(error("[-a]")).isEqualTo("x.json:1:3: error: expected a digit, found 'a' [JSON_SYNTAX]");
        assertThat(error("[1.]")).isEqualTo("x.json:1:4: error: expected a digit after '.', found ']' [JSON_SYNTAX]");
        assertThat(error("[1e+]")).isEqualTo("x.json:1:5: error: expected a digit in the exponent, found ']' [JSON_SYNTAX]");
        assertThat(error("[tru]")).isEqualTo("x.json:1:2: error: expected a value, found 't' [JSON_SYNTAX]");
        assertThat(error("[truex]")).isEqualTo("x.json:1:6: error: expected ',' or ']' after a value in an array, found 'x' [JSON_SYNTAX]");
    }

    @Test
    void errorsBetweenTokensAndAtTheEnd() {
        assertThat(error("")).isEqualTo("x.json:1:1: error: expected a value, found end of file [JSON_SYNTAX]");
        assertThat(error(" \n ")).isEqualTo("x.json:2:2: error: expected a value, found end of file [JSON_SYNTAX]");
        assertThat(error("{\"a\":1 \"b\":2}")).isEqualTo("x.json:1:8: error: expected ',' or '}' after a value in an object, found '\"' [JSON_SYNTAX]");
        assertThat(error("{\"a\": }")).isEqualTo("x.json:1:7: error: expected a value, found '}' [JSON_SYNTAX]");
        assertThat(error("[1,\n  ]")).isEqualTo("x.json:2:3: error: ']' after a ',': a trailing comma is not allowed in JSON [JSON_SYNTAX]");
        assertThat(error("[1")).isEqualTo("x.json:1:3: error: expected ',' or ']' after a value in an array, found end of file [JSON_SYNTAX]");
        assertThat(error("{\"a\"")).isEqualTo("x.json:1:5: error: expected ':' after the key \"a\", found end of file [JSON_SYNTAX]");
        assertThat(error("{\"a\":1}}")).isEqualTo("x.json:1:8: error: unexpected '}' after the end of the JSON value [JSON_SYNTAX]");
        assertThat(error("\"s\" x")).isEqualTo("x.json:1:5: error: unexpected 'x' after the end of the JSON value [JSON_SYNTAX]");
        assertThat(error("[1.5\n, \"中𝒜\" \u0007]")).isEqualTo("x.json:2:8: error: expected ',' or ']' after a value in an array, found control character U+0007 [JSON_SYNTAX]");
    }

    @Test
    void aByteOrderMarkIsSkippedAndNestingUpToTheLimitIsRead() {
        Diagnostics d = new Diagnostics();
        assertThat(LocatedJson.parse(FILE, "\uFEFF[true]", d).orElseThrow().at()).isEqualTo(Position.of(1, 1));
        String deep = "[".repeat(LocatedJson.MAX_DEPTH + 1) + "]".repeat(LocatedJson.MAX_DEPTH + 1);
        assertThat(LocatedJson.parse(FILE, deep, d)).isPresent();
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void positionsStayExactFarIntoALargeText() {
        // far past the parser's buffer, with escapes and astral characters on the way
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("  {\"k\\\"𝒜\": \"").append("中".repeat(i % 97)).append("\\u00e9\", \"n\": -1.5e").append(i % 10).append("},\n");
        }
        sb.append("  {\"last\": [null, \n false]}\n]");
        Diagnostics d = new Diagnostics();
        Arr a = (Arr) LocatedJson.parse(FILE, sb.toString(), d).orElseThrow();
        assertThat(d.isEmpty()).isTrue();
        Obj o = (Obj) a.items().get(4321);
        assertThat(o.at()).isEqualTo(Position.of(4323, 3));
        assertThat(o.member("n").orElseThrow().keyAt()).isEqualTo(Position.of(4323, 75));
        assertThat(o.members().get(0).key()).isEqualTo("k\"𝒜");
        assertThat(((LocatedJson.Num) o.get("n").orElseThrow()).text()).isEqualTo("-1.5e1");
        Arr last = (Arr) ((Obj) a.items().get(5000)).get("last").orElseThrow();
        assertThat(last.items().get(1).at()).isEqualTo(Position.of(5003, 2));
    }

    @Test
    void duplicateKeysAreReportedAndTheFirstKept() {
        Diagnostics d = new Diagnostics();
        Obj o = (Obj) LocatedJson.parse(FILE, "{\"k\": 1,\n \"k\": 2}", d).orElseThrow();
        assertThat(((LocatedJson.Num) o.get("k").orElseThrow()).text()).isEqualTo("1");
        assertThat(d.all()).singleElement()
                .hasToString("x.json:2:2: error: key \"k\" appears twice in the same object; the first is used [JSON_DUPLICATE_KEY]");
    }

    private static String error(String json) {
        Diagnostics d = new Diagnostics();
        assertThat(LocatedJson.parse(FILE, json, d)).isEmpty();
        assertThat(d.all()).hasSize(1);
        return d.all().get(0).format();
    }
}
