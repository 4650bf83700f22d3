package org.argkg.io;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON as argkg writes it, through JSON-P's generator: pretty-printed (four spaces, one value a
 * line), keys in the order they are written, characters outside ASCII as they are (UTF-8 for
 * streams), and a newline after the value. The same calls give the same bytes. The stream or writer
 * given is flushed, never closed.
 */
public final class JsonOutput {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonGeneratorFactory PRETTY = JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonOutput() {
    }

    /** Writes the value that {@code body} generates to {@code out} as UTF-8. */
    public static void write(OutputStream out, Consumer<JsonGenerator> body) throws IOException {
        write(new OutputStreamWriter(out, StandardCharsets.UTF_8), body); // flushed, and left open as out is
    }

    /** Writes the value that {@code body} generates to {@code out}. */
    public static void write(Writer out, Consumer<JsonGenerator> body) throws IOException {
        try (JsonGenerator g = PRETTY.createGenerator(new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            body.accept(g);
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the generator wraps the writer's
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }

    /** Prints the value that {@code body} generates; like every print to a PrintWriter, errors show in {@code checkError()}. */
    public static void print(PrintWriter out, Consumer<JsonGenerator> body) {
        try {
            write((Writer) out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw them
        }
    }

    /** The text of the value that {@code body} generates, newline included. */
    public static String toString(Consumer<JsonGenerator> body) {
        StringWriter w = new StringWriter();
        try {
            write(w, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw them
        }
        return w.toString();
    }

    /** {@code s} as a JSON string literal, for messages that show a string of JSON input. */
    public static String quoted(String s) {
        return JSON.createValue(s).toString();
    }

    /** Writes {@code value} under {@code key}, or null when it is null. */
    public static void stringOrNull(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }
}
