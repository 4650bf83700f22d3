package org.argkg.evaluation.iccma;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.diagnostics.Position;
import org.argkg.evaluation.af.ArgumentationFramework;

/**
 * Reads argumentation frameworks in the ICCMA formats ({@link AfFormat}). Every problem is reported
 * with its line and column (columns count code points from 1), all of them, not only the first;
 * a file with errors raises {@link InvalidInputException}. Duplicate arguments and attacks are
 * warnings: a relation is a set, so they change nothing.
 *
 * <p>Codes: {@code AF_SYNTAX} (a line or statement of the wrong shape), {@code AF_HEADER} (the
 * {@code p af N} line of the 2023 format), {@code AF_UNDECLARED_ARGUMENT} (an attack names an
 * argument the file does not declare), {@code AF_ARGUMENT_RANGE} (2023 format: an argument outside
 * 1..N), {@code AF_ENCODING} (not UTF-8); warnings {@code AF_DUPLICATE_ARGUMENT},
 * {@code AF_DUPLICATE_ATTACK}.
 */
public final class AfParser {

    /** The largest framework the 2023 header may announce (the names alone of more would not fit a small heap). */
    public static final int MAX_ARGUMENTS = 20_000_000;

    /**
     * What one declared argument costs while reading and solving, measured: 20,000,000 arguments took
     * about 5 GB. A header that declares more than the heap can hold is refused before anything is
     * allocated, instead of ending in an OutOfMemoryError.
     */
    static final long BYTES_PER_ARGUMENT = 256;

    /** The most arguments this JVM's heap can hold, by {@link #BYTES_PER_ARGUMENT}. */
    static long affordableArguments() {
        return Math.min(MAX_ARGUMENTS, Runtime.getRuntime().maxMemory() / BYTES_PER_ARGUMENT);
    }

    private AfParser() {
    }

    /** Reads a file in the given format, or in the format its extension says when {@code format} is null. */
    public static ParsedFramework read(Path file, AfFormat format) {
        AfFormat f = format != null ? format : AfFormat.ofFile(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + file + " from its extension; expected .tgf, .apx, .i23 or .af (or give the format)"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArgkgException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new ArgkgException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(decode(bytes, file), file, f);
    }

    /** Parses a text; {@code file} is only used in the diagnostics. */
    public static ParsedFramework parse(String content, Path file, AfFormat format) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Reader r = new Reader(file);
        switch (format) {
            case TGF -> r.tgf(text);
            case APX -> r.apx(text);
            case I23 -> r.i23(text);
            default -> throw new IllegalStateException(format.toString());
        }
        return r.finish();
    }

    private static String decode(byte[] bytes, Path file) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult res = dec.decode(in, out, true);
        if (res.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            Diagnostics d = new Diagnostics();
            d.error(file, Position.of(line, before.codePointCount(0, before.length()) + 1), "AF_ENCODING",
                    String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xff));
            throw new InvalidInputException(d);
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** At most this many errors are listed; the rest are counted in one last diagnostic. */
    public static final int MAX_ERRORS = 200;

    /**
     * Accumulates arguments, attacks and diagnostics for one file. Names are numbered as they are
     * met (an attack may come before the declaration of its arguments in the APX format); attacks
     * are kept as numbers in flat arrays, so that files of millions of attacks read fast and small.
     */
    private static final class Reader {

        private final Path file;
        private final Diagnostics diagnostics = new Diagnostics();
        private int errors;
        private final ArgumentationFramework.Builder builder = ArgumentationFramework.builder();
        private final Map<String, Integer> nameIds = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        /** Per name id: its argument index once declared (else -1), and the line of the declaration. */
        private int[] declared = new int[16];
        private int[] declaredLine = new int[16];
        private int[] atFrom = new int[16];
        private int[] atTo = new int[16];
        private int[] atLine = new int[16];
        private int[] atFromCol = new int[16];
        private int[] atToCol = new int[16];
        private int attacks;

        Reader(Path file) {
            this.file = file;
        }

        void error(int line, int col, String code, String message) {
            if (++errors <= MAX_ERRORS) {
                diagnostics.error(file, Position.of(line, col), code, message);
            }
        }

        private int nameId(String name) {
            Integer id = nameIds.get(name);
            if (id != null) {
                return id;
            }
            int k = names.size();
            names.add(name);
            nameIds.put(name, k);
            if (k == declared.length) {
                declared = Arrays.copyOf(declared, k * 2);
                declaredLine = Arrays.copyOf(declaredLine, k * 2);
            }
            declared[k] = -1;
            return k;
        }

        void argument(String name, int line, int col) {
            int id = nameId(name);
            if (declared[id] >= 0) {
                diagnostics.warning(file, Position.of(line, col), "AF_DUPLICATE_ARGUMENT",
                        "argument '" + name + "' is declared again (first at line " + declaredLine[id] + ")");
                return;
            }
            declared[id] = builder.addArgument(name);
            declaredLine[id] = line;
        }

        void attack(String from, int fromLine, int fromCol, String to, int toLine, int toCol) {
            attackIds(nameId(from), nameId(to), fromLine, fromCol, toCol);
        }

        void attackIds(int from, int to, int line, int fromCol, int toCol) {
            if (attacks == atFrom.length) {
                int cap = attacks * 2;
                atFrom = Arrays.copyOf(atFrom, cap);
                atTo = Arrays.copyOf(atTo, cap);
                atLine = Arrays.copyOf(atLine, cap);
                atFromCol = Arrays.copyOf(atFromCol, cap);
                atToCol = Arrays.copyOf(atToCol, cap);
            }
            atFrom[attacks] = from;
            atTo[attacks] = to;
            atLine[attacks] = line;
            atFromCol[attacks] = fromCol;
            atToCol[attacks] = toCol;
            attacks++;
        }

        ParsedFramework finish() {
            long[] keys = new long[attacks];
            int valid = 0;
            for (int k = 0; k < attacks; k++) {
                int a = declared[atFrom[k]];
                int b = declared[atTo[k]];
                if (a < 0) {
                    error(atLine[k], atFromCol[k], "AF_UNDECLARED_ARGUMENT",
                            "attack from '" + names.get(atFrom[k]) + "', which is not declared as an argument");
                }
                if (b < 0) {
                    error(atLine[k], atToCol[k], "AF_UNDECLARED_ARGUMENT",
                            "attack on '" + names.get(atTo[k]) + "', which is not declared as an argument");
                }
                if (a >= 0 && b >= 0) {
                    keys[valid++] = ((long) a << 32) | b;
                    builder.addAttack(a, b);
                }
            }
            ArgumentationFramework af = builder.build();
            // duplicates (the framework has fewer attacks than were given): sort the keys to find
            // them, then name each repeat in file order
            Set<Long> repeated = new HashSet<>();
            if (af.attackCount() < valid) {
                long[] sorted = Arrays.copyOf(keys, valid);
                Arrays.sort(sorted);
                for (int k = 1; k < valid; k++) {
                    if (sorted[k] == sorted[k - 1]) {
                        repeated.add(sorted[k]);
                    }
                }
            }
            if (!repeated.isEmpty()) {
                Set<Long> seen = new HashSet<>();
                for (int k = 0; k < attacks; k++) {
                    int a = declared[atFrom[k]];
                    int b = declared[atTo[k]];
                    if (a >= 0 && b >= 0) {
                        long key = ((long) a << 32) | b;
                        if (repeated.contains(key) && !seen.add(key)) {
                            diagnostics.warning(file, Position.of(atLine[k], atFromCol[k]), "AF_DUPLICATE_ATTACK",
                                    "attack " + names.get(atFrom[k]) + " -> " + names.get(atTo[k]) + " is given again");
                        }
                    }
                }
            }
            if (errors > MAX_ERRORS) {
                diagnostics.add(new Diagnostic(org.argkg.diagnostics.Severity.ERROR, file, 0, 0, "AF_TOO_MANY_ERRORS",
                        "and " + (errors - MAX_ERRORS) + " more errors, not listed"));
            }
            if (diagnostics.hasErrors()) {
                throw new InvalidInputException(diagnostics);
            }
            return new ParsedFramework(af, diagnostics.sorted());
        }

        // ------------------------------------------------------------ TGF

        void tgf(String text) {
            boolean edges = false;
            int hashLine = 0;
            int lineNo = 0;
            for (int start = 0; start <= text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                lineNo++;
                String line = stripCr(text.substring(start, end));
                start = end + 1;
                List<Token> tokens = tokens(line);
                if (tokens.isEmpty()) {
                    if (end == text.length()) {
                        break;
                    }
                    continue;
                }
                if (tokens.get(0).text.equals("#")) {
                    if (tokens.size() > 1) {
                        error(lineNo, tokens.get(1).col, "AF_SYNTAX", "expected '#' alone on its line");
                    }
                    if (edges) {
                        error(lineNo, tokens.get(0).col, "AF_SYNTAX", "a second '#' line (the first is line " + hashLine + ")");
                    }
                    if (!edges) {
                        edges = true;
                        hashLine = lineNo;
                    }
                } else if (!edges) {
                    if (tokens.size() != 1) {
                        error(lineNo, tokens.get(1).col, "AF_SYNTAX", tokens.size() == 2
                                ? "expected one argument per line before '#'; an attack 'a b' comes after the '#' line"
                                : "expected one argument per line before '#', found " + tokens.size() + " fields");
                    } else if (tokens.get(0).text.startsWith("#")) {
                        error(lineNo, tokens.get(0).col, "AF_SYNTAX", "expected '#' alone on its line, found '" + tokens.get(0).text + "'");
                    } else {
                        argument(tokens.get(0).text, lineNo, tokens.get(0).col);
                    }
                } else {
                    if (tokens.size() != 2) {
                        error(lineNo, tokens.get(tokens.size() == 1 ? 0 : 2).col, "AF_SYNTAX",
                                "expected an attack 'attacker target' after '#', found " + tokens.size() + " field" + (tokens.size() == 1 ? "" : "s"));
                    } else {
                        Token a = tokens.get(0);
                        Token b = tokens.get(1);
                        attack(a.text, lineNo, a.col, b.text, lineNo, b.col);
                    }
                }
                if (end == text.length()) {
                    break;
                }
            }
        }

        // ------------------------------------------------------------ ICCMA 2023

        void i23(String text) {
            int n = -1;
            int headerLine = 0;
            int lineNo = 0;
            boolean reportedMissing = false;
            for (int start = 0; start <= text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                lineNo++;
                if (n >= 0 && fastAttack(text, start, end, n, lineNo)) {
                    start = end + 1;
                    if (end == text.length()) {
                        break;
                    }
                    continue;
                }
                String line = stripCr(text.substring(start, end));
                start = end + 1;
                List<Token> tokens = tokens(line);
                boolean last = end == text.length();
                if (tokens.isEmpty() || tokens.get(0).text.startsWith("#")) {
                    if (last) {
                        break;
                    }
                    continue;
                }
                if (tokens.get(0).text.equals("p")) {
                    if (n >= 0 || headerLine > 0) {
                        error(lineNo, tokens.get(0).col, "AF_HEADER", "a second 'p af N' line (the first is line " + headerLine + ")");
                    } else {
                        headerLine = lineNo;
                        if (tokens.size() != 3 || !tokens.get(1).text.equals("af")) {
                            error(lineNo, tokens.get(0).col, "AF_HEADER", "expected the header 'p af N'");
                        } else {
                            long v = number(tokens.get(2).text);
                            if (v < 0) {
                                error(lineNo, tokens.get(2).col, "AF_HEADER", "expected the number of arguments, found '" + tokens.get(2).text + "'");
                            } else if (v > MAX_ARGUMENTS) {
                                error(lineNo, tokens.get(2).col, "AF_HEADER", "too many arguments: " + v + " (at most " + MAX_ARGUMENTS + ")");
                            } else if (v > affordableArguments()) {
                                error(lineNo, tokens.get(2).col, "AF_HEADER", "a framework of " + v + " arguments needs about "
                                        + (v * BYTES_PER_ARGUMENT >> 20) + " MiB of memory and this JVM has "
                                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (at most " + affordableArguments()
                                        + " arguments); give Java more with -Xmx");
                            } else {
                                n = (int) v;
                                for (int i = 1; i <= n; i++) {
                                    argument(Integer.toString(i), lineNo, tokens.get(2).col);
                                }
                            }
                        }
                    }
                } else if (headerLine == 0) {
                    if (!reportedMissing) {
                        error(lineNo, tokens.get(0).col, "AF_HEADER", "expected the header 'p af N' before the first attack");
                        reportedMissing = true;
                    }
                } else if (tokens.size() != 2) {
                    error(lineNo, tokens.get(tokens.size() == 1 ? 0 : 2).col, "AF_SYNTAX",
                            "expected an attack 'i j' of two argument numbers, found " + tokens.size() + " field" + (tokens.size() == 1 ? "" : "s"));
                } else if (n >= 0) {
                    int[] ij = new int[2];
                    boolean ok = true;
                    for (int k = 0; k < 2; k++) {
                        Token t = tokens.get(k);
                        long v = number(t.text);
                        if (v < 0) {
                            error(lineNo, t.col, "AF_SYNTAX", "expected an argument number, found '" + t.text + "'");
                            ok = false;
                        } else if (v < 1 || v > n) {
                            error(lineNo, t.col, "AF_ARGUMENT_RANGE", "argument " + t.text + " is outside 1.." + n);
                            ok = false;
                        } else {
                            ij[k] = (int) v;
                        }
                    }
                    if (ok) {
                        // the names 1..N have the ids 0..N-1: they were declared first, in order
                        attackIds(ij[0] - 1, ij[1] - 1, lineNo, tokens.get(0).col, tokens.get(1).col);
                    }
                }
                if (last) {
                    break;
                }
            }
            if (headerLine == 0 && !reportedMissing) {
                error(1, 1, "AF_HEADER", "missing the header 'p af N'");
            }
        }

        /**
         * The common line of a 2023 file, {@code i j} with both in 1..n, read without making strings;
         * false for anything else (which the general path then reads, and reports).
         */
        private boolean fastAttack(String text, int start, int end, int n, int lineNo) {
            int p = start;
            long i = 0;
            int d = 0;
            while (p < end && text.charAt(p) >= '0' && text.charAt(p) <= '9' && d < 10) {
                i = i * 10 + (text.charAt(p++) - '0');
                d++;
            }
            if (d == 0 || p >= end || text.charAt(p) != ' ') {
                return false;
            }
            int jCol = p - start + 2;
            p++;
            long j = 0;
            d = 0;
            while (p < end && text.charAt(p) >= '0' && text.charAt(p) <= '9' && d < 10) {
                j = j * 10 + (text.charAt(p++) - '0');
                d++;
            }
            if (p < end && text.charAt(p) == '\r') {
                p++;
            }
            if (d == 0 || p != end || i < 1 || i > n || j < 1 || j > n) {
                return false;
            }
            attackIds((int) i - 1, (int) j - 1, lineNo, 1, jCol);
            return true;
        }

        /** A non-negative decimal number, or -1. */
        private static long number(String s) {
            if (s.isEmpty() || s.length() > 12) {
                return -1;
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        // ------------------------------------------------------------ APX

        /** Scans {@code arg(a).} and {@code att(a,b).} facts; {@code %} starts a comment to the end of the line. */
        void apx(String text) {
            Scanner s = new Scanner(text);
            while (true) {
                s.skipBlanks();
                if (s.atEnd()) {
                    return;
                }
                int line = s.line;
                int col = s.col;
                String word = s.word();
                if (word.isEmpty()) {
                    error(line, col, "AF_SYNTAX", "expected arg(…) or att(…), found " + s.found());
                    s.skipLine();
                    continue;
                }
                if (!word.equals("arg") && !word.equals("att")) {
                    error(line, col, "AF_SYNTAX", "unknown statement '" + word + "'; expected arg(…) or att(…)");
                    s.skipLine();
                    continue;
                }
                int want = word.equals("arg") ? 1 : 2;
                int afterLine = s.line;
                int afterCol = s.col;
                s.skipSpaces();
                if (!s.accept('(')) {
                    error(afterLine, afterCol, "AF_SYNTAX", "expected '(' after '" + word + "'");
                    s.recover(afterLine);
                    continue;
                }
                List<Token> names = new ArrayList<>();
                List<int[]> at = new ArrayList<>();
                boolean bad = false;
                while (true) {
                    int beforeLine = s.line;
                    int beforeCol = s.col;
                    s.skipSpaces();
                    int nl = s.line;
                    int nc = s.col;
                    String name = s.name();
                    if (name.isEmpty()) {
                        if (nl > beforeLine || s.atEnd()) {
                            error(beforeLine, beforeCol, "AF_SYNTAX", "unfinished " + word + "(…) at the end of the line");
                            s.recover(beforeLine);
                        } else {
                            error(nl, nc, "AF_SYNTAX", "expected an argument name in " + word + "(…), found " + s.found());
                            s.recover(nl);
                        }
                        bad = true;
                        break;
                    }
                    names.add(new Token(name, nc));
                    at.add(new int[] {nl, nc});
                    int endLine = s.line;
                    int endCol = s.col;
                    s.skipSpaces();
                    if (s.accept(',')) {
                        continue;
                    }
                    if (s.accept(')')) {
                        break;
                    }
                    if (s.line > endLine || s.atEnd()) {
                        error(endLine, endCol, "AF_SYNTAX", "expected ',' or ')' after '" + name + "' in " + word + "(…)");
                    } else {
                        error(s.line, s.col, "AF_SYNTAX", "expected ',' or ')' after '" + name + "' in " + word + "(…), found " + s.found());
                    }
                    s.recover(endLine);
                    bad = true;
                    break;
                }
                if (bad) {
                    continue;
                }
                if (names.size() != want) {
                    error(line, col, "AF_SYNTAX", word + " takes " + (want == 1 ? "one argument" : "two arguments")
                            + ", found " + names.size());
                    s.accept('.');
                    continue;
                }
                int endLine = s.line;
                int endCol = s.col;
                s.skipSpaces();
                if (!s.accept('.')) {
                    // report it where the '.' belongs, and read on from the next statement
                    error(endLine, endCol, "AF_SYNTAX", "expected '.' after " + word + "(…)");
                }
                if (want == 1) {
                    argument(names.get(0).text, at.get(0)[0], at.get(0)[1]);
                } else {
                    attack(names.get(0).text, at.get(0)[0], at.get(0)[1], names.get(1).text, at.get(1)[0], at.get(1)[1]);
                }
            }
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** A whitespace-separated field and its 1-based column in code points. */
    private record Token(String text, int col) {
    }

    private static List<Token> tokens(String line) {
        List<Token> out = new ArrayList<>(3);
        int col = 1;
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (c == ' ' || c == '\t') {
                i += Character.charCount(c);
                col++;
                continue;
            }
            int s = i;
            int sc = col;
            while (i < line.length()) {
                int d = line.codePointAt(i);
                if (d == ' ' || d == '\t') {
                    break;
                }
                i += Character.charCount(d);
                col++;
            }
            out.add(new Token(line.substring(s, i), sc));
        }
        return out;
    }

    /** A character scanner that keeps the line and the column (in code points). */
    private static final class Scanner {

        private final String text;
        private int pos;
        int line = 1;
        int col = 1;

        Scanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        private void advance() {
            int c = text.codePointAt(pos);
            pos += Character.charCount(c);
            if (c == '\n') {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }

        /** Whitespace, newlines and {@code %} comments. */
        void skipBlanks() {
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (c == '%') {
                    while (!atEnd() && text.charAt(pos) != '\n') {
                        advance();
                    }
                } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                    advance();
                } else {
                    return;
                }
            }
        }

        /** Spaces and tabs within a statement (statements may also span lines). */
        void skipSpaces() {
            skipBlanks();
        }

        /** After an error on line {@code errorLine}: skip the rest of that line, unless the scanner has already left it. */
        void recover(int errorLine) {
            if (line == errorLine) {
                skipLine();
            }
        }

        void skipLine() {
            while (!atEnd() && text.charAt(pos) != '\n') {
                advance();
            }
        }

        boolean accept(char c) {
            if (!atEnd() && text.charAt(pos) == c) {
                advance();
                return true;
            }
            return false;
        }

        /** A lower-case identifier. */
        String word() {
            int s = pos;
            while (!atEnd() && Character.isLetter(text.charAt(pos))) {
                advance();
            }
            return text.substring(s, pos);
        }

        /** An argument name: anything up to whitespace, a comma, a parenthesis or a comment. */
        String name() {
            int s = pos;
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c) || c == ',' || c == '(' || c == ')' || c == '%') {
                    break;
                }
                advance();
            }
            return text.substring(s, pos);
        }

        /** The rest of the current token, quoted, for messages. */
        String found() {
            if (atEnd()) {
                return "the end of the file";
            }
            int e = pos;
            while (e < text.length() && e - pos < 20 && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            return "'" + (e == pos ? text.substring(pos, pos + 1) : text.substring(pos, e)) + "'";
        }
    }
}
