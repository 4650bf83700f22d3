package org.argkg.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.argkg.diagnostics.Position;

/**
 * A source text: metadata from its YAML front matter and the body, kept verbatim. Offsets into the
 * body count Unicode code points (not UTF-16 units), as the W3C Web Annotation selectors require.
 *
 * @param file the source file
 * @param metadata front-matter keys and their string values, in file order
 * @param body everything after the front matter, verbatim
 * @param bodyFirstLine the 1-based line of the file where the body starts
 */
public record SourceDocument(Path file, Map<String, String> metadata, String body, int bodyFirstLine) {

    /** True for a document whose text the project does not hold ({@code no_source_text: true}). */
    public boolean hasNoText() {
        return "true".equals(metadata.get(SourceReader.NO_SOURCE_TEXT));
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** The body as code points, for offset arithmetic. */
    public int[] codePoints() {
        return body.codePoints().toArray();
    }

    /** Length of the body in code points. */
    public int length() {
        return body.codePointCount(0, body.length());
    }

    /** Where a code-point offset of the body is in the file, for messages. */
    public Position positionOf(int codePointOffset) {
        int end = body.offsetByCodePoints(0, Math.min(codePointOffset, length()));
        return Position.after(body.substring(0, end), bodyFirstLine);
    }
}
