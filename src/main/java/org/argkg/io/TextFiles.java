package org.argkg.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;

/** Reads text files strictly as UTF-8, turning bad encoding into a diagnostic. */
public final class TextFiles {

    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The text of {@code file}, or empty with a diagnostic when it is missing, too large or not
     * UTF-8. Other I/O failures throw {@link ArgkgException}.
     */
    public static Optional<String> read(Path file, Diagnostics out) {
        try {
            if (!Files.isRegularFile(file)) {
                out.error(file, Position.UNKNOWN, "FILE_MISSING", "file not found");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                out.error(file, Position.of(1, 1), "FILE_TOO_LARGE",
                        "file is " + size + " bytes, larger than the limit of " + MAX_BYTES);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text);
            } catch (CharacterCodingException e) {
                BadByte bad = firstBadByte(bytes);
                out.error(file, bad.at(), "FILE_ENCODING", "file is not valid UTF-8"
                        + (bad.value() >= 0 ? String.format(" (byte 0x%02X)", bad.value()) : "")
                        + "; save it as UTF-8");
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            out.error(file, Position.UNKNOWN, "FILE_MISSING", "file not found");
            return Optional.empty();
        } catch (IOException e) {
            throw new ArgkgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the first byte that is not valid UTF-8 is, and its value. */
    record BadByte(Position at, int value) {
    }

    static BadByte firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        int bad = r.isError() ? in.position() : bytes.length;
        out.flip();
        return new BadByte(Position.after(out, 1), bad < bytes.length ? bytes[bad] & 0xFF : -1);
    }
}
