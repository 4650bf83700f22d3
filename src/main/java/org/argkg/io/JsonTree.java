package org.argkg.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;

/**
 * A small JSON parser (RFC 8259) that keeps the line and column of every value and key, so that
 * problems of JSON input can be reported as {@code file:line:col}. Columns count code points, as
 * the YAML diagnostics do. Syntax errors stop the parse (there is nothing sensible to recover);
 * duplicate keys are reported and the first value kept.
 */
public final class JsonTree {

    /** Deeper nesting is refused rather than risking the stack. */
    public static final int MAX_DEPTH = 256;

    /** A JSON value and where it starts. */
    public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        Position at();

        /** How the value is named in messages: "a string", "an object", … */
        default String describe() {
            if (this instanceof Obj) {
                return "an object";
            } else if (this instanceof Arr) {
                return "an array";
            } else if (this instanceof Str s) {
                return "the string " + Json.string(s.value().length() > 40 ? s.value().substring(0, 40) + "…" : s.value());
            } else if (this instanceof Num n) {
                return "the number " + n.text();
            } else if (this instanceof Bool b) {
                return b.value() ? "true" : "false";
            }
            return "null";
        }
    }

    /** One key of an object, with where the key was written. */
    public record Member(String key, Position keyAt, Value value) {
    }

    public record Obj(List<Member> members, Position at) implements Value {

        public Optional<Member> member(String key) {
            return members.stream().filter(m -> m.key().equals(key)).findFirst();
        }

        public Optional<Value> get(String key) {
            return member(key).map(Member::value);
        }

        public boolean has(String key) {
            return member(key).isPresent();
        }
    }

    public record Arr(List<Value> items, Position at) implements Value {
    }

    public record Str(String value, Position at) implements Value {
    }

    /** A number, kept as written. */
    public record Num(String text, Position at) implements Value {

        public boolean isInteger() {
            return text.matches("-?(0|[1-9][0-9]*)");
        }
    }

    public record Bool(boolean value, Position at) implements Value {
    }

    public record Null(Position at) implements Value {
    }

    private final Path file;
    private final String text;
    private final Diagnostics out;
    private int i;
    private int line = 1;
    private int col = 1;

    private JsonTree(Path file, String text, Diagnostics out) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.out = out;
    }

    /** The value of a JSON text, or empty with a diagnostic ({@code JSON_SYNTAX}) when it is not JSON. */
    public static Optional<Value> parse(Path file, String text, Diagnostics out) {
        JsonTree p = new JsonTree(file, text, out);
        try {
            p.skipSpace();
            Value v = p.value(0);
            p.skipSpace();
            if (p.i < p.text.length()) {
                throw p.error("unexpected " + p.found() + " after the end of the JSON value");
            }
            return Optional.of(v);
        } catch (SyntaxError e) {
            return Optional.empty();
        }
    }

    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private SyntaxError error(String message) {
        out.error(file, here(), "JSON_SYNTAX", message);
        return new SyntaxError();
    }

    private Position here() {
        return Position.of(line, col);
    }

    private String found() {
        if (i >= text.length()) {
            return "end of file";
        }
        int c = text.codePointAt(i);
        if (c < 0x20) {
            return String.format("control character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private void advance() {
        char c = text.charAt(i++);
        if (c == '\n') {
            line++;
            col = 1;
        } else if (!Character.isLowSurrogate(c)) {
            col++;
        }
    }

    private void skipSpace() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else {
                break;
            }
        }
    }

    private Value value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested more than " + MAX_DEPTH + " levels deep");
        }
        if (i >= text.length()) {
            throw error("expected a value, found end of file");
        }
        char c = text.charAt(i);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> {
                Position at = here();
                yield new Str(string(), at);
            }
            case 't' -> literal("true", new Bool(true, here()));
            case 'f' -> literal("false", new Bool(false, here()));
            case 'n' -> literal("null", new Null(here()));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("expected a value, found " + found());
            }
        };
    }

    private Value literal(String word, Value v) {
        if (!text.startsWith(word, i)) {
            throw error("expected a value, found " + found());
        }
        for (int k = 0; k < word.length(); k++) {
            advance();
        }
        return v;
    }

    private Obj object(int depth) {
        Position at = here();
        advance(); // {
        List<Member> members = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        skipSpace();
        if (peek('}')) {
            advance();
            return new Obj(List.copyOf(members), at);
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("expected a key in double quotes, found " + found());
            }
            Position keyAt = here();
            String key = string();
            skipSpace();
            if (!peek(':')) {
                throw error("expected ':' after the key \"" + key + "\", found " + found());
            }
            advance();
            skipSpace();
            Value v = value(depth + 1);
            if (keys.add(key)) {
                members.add(new Member(key, keyAt, v));
            } else {
                out.error(file, keyAt, "JSON_DUPLICATE_KEY", "key \"" + key + "\" appears twice in the same object; the first is used");
            }
            skipSpace();
            if (peek(',')) {
                advance();
                skipSpace();
                if (peek('}')) {
                    throw error("'}' after a ',': a trailing comma is not allowed in JSON");
                }
                continue;
            }
            if (peek('}')) {
                advance();
                return new Obj(List.copyOf(members), at);
            }
            throw error("expected ',' or '}' after a value in an object, found " + found());
        }
    }

    private Arr array(int depth) {
        Position at = here();
        advance(); // [
        List<Value> items = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
            advance();
            return new Arr(List.copyOf(items), at);
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            if (peek(',')) {
                advance();
                skipSpace();
                if (peek(']')) {
                    throw error("']' after a ',': a trailing comma is not allowed in JSON");
                }
                continue;
            }
            if (peek(']')) {
                advance();
                return new Arr(List.copyOf(items), at);
            }
            throw error("expected ',' or ']' after a value in an array, found " + found());
        }
    }

    private boolean peek(char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private String string() {
        advance(); // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw error("string is not closed before the end of file");
            }
            char c = text.charAt(i);
            if (c == '"') {
                advance();
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character " + String.format("U+%04X", (int) c) + " in a string; write it escaped");
            }
            if (c != '\\') {
                sb.append(c);
                advance();
                continue;
            }
            advance();
            if (i >= text.length()) {
                throw error("string is not closed before the end of file");
            }
            char e = text.charAt(i);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 5 > text.length() || !text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        throw error("\\u must be followed by four hexadecimal digits");
                    }
                    sb.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    for (int k = 0; k < 4; k++) {
                        advance();
                    }
                }
                default -> throw error("unknown escape \\" + e + " in a string");
            }
            advance();
        }
    }

    private Num number() {
        Position at = here();
        int start = i;
        if (peek('-')) {
            advance();
        }
        if (peek('0')) {
            advance();
        } else if (digit()) {
            while (digit()) {
                advance();
            }
        } else {
            throw error("expected a digit, found " + found());
        }
        if (peek('.')) {
            advance();
            if (!digit()) {
                throw error("expected a digit after '.', found " + found());
            }
            while (digit()) {
                advance();
            }
        }
        if (peek('e') || peek('E')) {
            advance();
            if (peek('+') || peek('-')) {
                advance();
            }
            if (!digit()) {
                throw error("expected a digit in the exponent, found " + found());
            }
            while (digit()) {
                advance();
            }
        }
        return new Num(text.substring(start, i), at);
    }

    private boolean digit() {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
