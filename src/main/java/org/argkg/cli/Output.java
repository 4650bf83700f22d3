package org.argkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/**
 * Bytes written by the core (query results, exports) go straight to the command's writer, decoded as
 * UTF-8 as they come, so large results are never held whole in memory and tests still capture them.
 */
final class Output {

    private Output() {
    }

    /** An output stream into {@code out}; closing it flushes {@code out} but does not close it. */
    static OutputStream to(PrintWriter out) {
        try {
            return WriterOutputStream.builder().setWriter(new NonClosing(out)).setCharset(StandardCharsets.UTF_8)
                    .setBufferSize(8192).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
