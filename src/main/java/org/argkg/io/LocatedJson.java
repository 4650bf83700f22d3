package org.argkg.io;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;

/**
 * JSON (RFC 8259) read with JSON-P's streaming parser into a tree that keeps the line and column
 * where every value and key starts, so that problems of JSON input can be reported as
 * {@code file:line:col}. Columns count code points, as the YAML diagnostics do. Syntax errors stop
 * the read (there is nothing sensible to recover) with one diagnostic at the offending character
 * that says what was expected there; duplicate keys are reported and the first value kept; numbers
 * keep the text they were written with.
 *
 * <p>The parser checks the grammar and decodes strings; this class only turns its offsets into
 * positions: between two tokens of consecutive events there is nothing but white space and at most
 * one {@code ,} or {@code :}, so a token starts at the first other character after the previous
 * event's end.
 */
public final class LocatedJson {

    /** Deeper nesting is refused rather than building a tree that deep. */
    public static final int MAX_DEPTH = 256;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

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
                return "the string " + JsonOutput.quoted(s.value().length() > 40 ? s.value().substring(0, 40) + "…" : s.value());
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
    private JsonParser parser;

    /** Offset just after the token of the last event. */
    private int end;
    /** The last event the parser gave, the containers open around it and the last key. */
    private Event last;
    private final Deque<Event> open = new ArrayDeque<>();
    private String lastKey;
    /** Where the token of the last event starts. */
    private Position tokenAt;

    /** Offsets to positions, forward only: offset {@code cursor} is at {@code line}:{@code col}. */
    private int cursor;
    private int line = 1;
    private int col = 1;

    private LocatedJson(Path file, String text, Diagnostics out) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.out = out;
    }

    /** The value of a JSON text, or empty with a diagnostic ({@code JSON_SYNTAX}) when it is not JSON. */
    public static Optional<Value> parse(Path file, String text, Diagnostics out) {
        LocatedJson r = new LocatedJson(file, text, out);
        try (JsonParser p = PARSERS.createParser(new StringReader(r.text))) {
            r.parser = p;
            Value v = r.value(r.next(), 0);
            if (p.hasNext()) { // the parser throws on content after the value; this is in case it does not
                r.syntaxError();
                return Optional.empty();
            }
            return Optional.of(v);
        } catch (JsonException e) { // JsonParsingException among them
            r.syntaxError();
            return Optional.empty();
        } catch (SyntaxError e) {
            return Optional.empty();
        }
    }

    /** A syntax error already reported. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private Event next() {
        Event e = parser.next();
        int start = skip(end, " \t\n\r,:");
        // once the parser has met the end of the text, its offsets run past it
        end = (int) Math.max(start + 1, Math.min(parser.getLocation().getStreamOffset(), text.length()));
        tokenAt = position(start);
        last = e;
        switch (e) {
            case START_OBJECT, START_ARRAY -> open.push(e);
            case END_OBJECT, END_ARRAY -> open.pop();
            case KEY_NAME -> lastKey = parser.getString();
            default -> {
            }
        }
        return e;
    }

    private Value value(Event e, int depth) {
        Position at = tokenAt;
        return switch (e) {
            case START_OBJECT -> object(at, deep(depth));
            case START_ARRAY -> array(at, deep(depth));
            case VALUE_STRING -> new Str(parser.getString(), at);
            case VALUE_NUMBER -> new Num(parser.getString(), at);
            case VALUE_TRUE -> new Bool(true, at);
            case VALUE_FALSE -> new Bool(false, at);
            case VALUE_NULL -> new Null(at);
            default -> throw new IllegalStateException("JSON parser gave " + e + " where a value starts");
        };
    }

    private int deep(int depth) {
        if (depth > MAX_DEPTH) {
            out.error(file, tokenAt, "JSON_SYNTAX", "JSON nested more than " + MAX_DEPTH + " levels deep");
            throw new SyntaxError();
        }
        return depth;
    }

    private Obj object(Position at, int depth) {
        List<Member> members = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String key = parser.getString();
            Position keyAt = tokenAt;
            Value v = value(next(), depth + 1);
            if (keys.add(key)) {
                members.add(new Member(key, keyAt, v));
            } else {
                out.error(file, keyAt, "JSON_DUPLICATE_KEY", "key \"" + key + "\" appears twice in the same object; the first is used");
            }
        }
        return new Obj(List.copyOf(members), at);
    }

    private Arr array(Position at, int depth) {
        List<Value> items = new ArrayList<>();
        for (Event e = next(); e != Event.END_ARRAY; e = next()) {
            items.add(value(e, depth + 1));
        }
        return new Arr(List.copyOf(items), at);
    }

    // ---- syntax errors ---------------------------------------------------------------------

    /**
     * Reports the error the parser found after the last event. Where it is and what was expected
     * follow from that event and the text after it, not from the parser's offset of the error,
     * which is not exact once the parser has met the end of the text.
     */
    private void syntaxError() {
        int i = skip(end, " \t\n\r");
        if (last == null) {
            expectValue(i, false);
        } else if (last == Event.START_OBJECT) {
            expectKey(i, false);
        } else if (last == Event.START_ARRAY) {
            expectValue(i, false);
        } else if (last == Event.KEY_NAME) {
            if (charAt(i) == ':') {
                expectValue(skip(i + 1, " \t\n\r"), false);
            } else {
                error(i, "expected ':' after the key \"" + lastKey + "\", found " + found(i));
            }
        } else {
            afterValue(i);
        }
    }

    private void afterValue(int i) {
        if (open.isEmpty()) {
            error(i, "unexpected " + found(i) + " after the end of the JSON value");
            return;
        }
        boolean object = open.peek() == Event.START_OBJECT;
        if (charAt(i) != ',') {
            error(i, "expected ',' or '" + (object ? '}' : ']') + "' after a value in " + (object ? "an object" : "an array")
                    + ", found " + found(i));
        } else if (object) {
            expectKey(skip(i + 1, " \t\n\r"), true);
        } else {
            expectValue(skip(i + 1, " \t\n\r"), true);
        }
    }

    private void expectKey(int i, boolean afterComma) {
        if (afterComma && charAt(i) == '}') {
            error(i, "'}' after a ',': a trailing comma is not allowed in JSON");
        } else if (charAt(i) != '"') {
            error(i, "expected a key in double quotes, found " + found(i));
        } else {
            int after = badString(i);
            if (after >= 0) {
                int j = skip(after, " \t\n\r");
                error(j, "expected ':' after the key " + text.substring(i, after) + ", found " + found(j));
            }
        }
    }

    private void expectValue(int i, boolean afterComma) {
        int c = charAt(i);
        if (afterComma && c == ']') {
            error(i, "']' after a ',': a trailing comma is not allowed in JSON");
        } else if (c == '"') {
            int after = badString(i);
            if (after >= 0) {
                afterValue(skip(after, " \t\n\r"));
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            badNumber(i);
        } else if (c == 't' || c == 'f' || c == 'n') {
            String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            if (text.startsWith(word, i)) {
                afterValue(skip(i + word.length(), " \t\n\r"));
            } else {
                error(i, "expected a value, found " + found(i));
            }
        } else {
            error(i, "expected a value, found " + found(i));
        }
    }

    /**
     * Reports the first thing wrong in the string that starts at {@code start}; when there is
     * none, reports nothing and gives the offset after the string, else -1.
     */
    private int badString(int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            int at = c == '\\' ? i + 1 : i;
            if (at < text.length() && text.charAt(at) < 0x20) {
                error(at, "control character " + String.format("U+%04X", (int) text.charAt(at)) + " in a string; write it escaped");
                return -1;
            }
            if (c == '\\' && ++i < text.length()) {
                char e = text.charAt(i);
                if (e == 'u' && !(i + 5 <= text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}"))) {
                    error(i, "\\u must be followed by four hexadecimal digits");
                    return -1;
                }
                if ("\"\\/bfnrtu".indexOf(e) < 0) {
                    error(i, "unknown escape \\" + e + " in a string");
                    return -1;
                }
            }
        }
        error(text.length(), "string is not closed before the end of file");
        return -1;
    }

    /** Reports the first thing wrong in the number that starts at {@code start}, or after it. */
    private void badNumber(int start) {
        int i = charAt(start) == '-' ? start + 1 : start;
        if (!digit(i)) {
            error(i, "expected a digit, found " + found(i));
            return;
        }
        i = charAt(i) == '0' ? i + 1 : digits(i);
        if (charAt(i) == '.') {
            if (!digit(i + 1)) {
                error(i + 1, "expected a digit after '.', found " + found(i + 1));
                return;
            }
            i = digits(i + 1);
        }
        if (charAt(i) == 'e' || charAt(i) == 'E') {
            i += charAt(i + 1) == '+' || charAt(i + 1) == '-' ? 2 : 1;
            if (!digit(i)) {
                error(i, "expected a digit in the exponent, found " + found(i));
                return;
            }
            i = digits(i);
        }
        afterValue(skip(i, " \t\n\r"));
    }

    private boolean digit(int i) {
        return charAt(i) >= '0' && charAt(i) <= '9';
    }

    private int digits(int i) {
        while (digit(i)) {
            i++;
        }
        return i;
    }

    private void error(int offset, String message) {
        out.error(file, position(offset), "JSON_SYNTAX", message);
    }

    private int charAt(int i) {
        return i < text.length() ? text.charAt(i) : -1;
    }

    private int skip(int i, String chars) {
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private String found(int i) {
        if (i >= text.length()) {
            return "end of file";
        }
        int c = text.codePointAt(i);
        if (c < 0x20) {
            return String.format("control character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    /** The line and column of {@code offset}, which is never before the last one asked for. */
    private Position position(int offset) {
        while (cursor < offset) {
            char c = text.charAt(cursor++);
            if (c == '\n') {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return Position.of(line, col);
    }
}
