package org.argkg.source;

import org.argkg.vocab.WebUrls;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;
import org.argkg.yaml.YamlLoader;
import org.argkg.yaml.YamlObject;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a {@code source.md}: YAML front matter between two {@code ---} lines, then the body. The
 * body is every character after the newline that ends the closing {@code ---} line.
 */
public final class SourceReader {

    /** Front-matter keys argkg understands. */
    public static final List<String> KEYS = List.of("title", "title_en", "title_zh", "author", "author_en", "affiliation",
            "affiliation_en", "role", "publisher", "original_publisher", "date", "url", "original_date", "original_url", "language", "no_source_text");

    public static final List<String> REQUIRED = List.of("title", "date", "url", "language");

    /** Front-matter flag of a document whose text the project does not hold. */
    public static final String NO_SOURCE_TEXT = "no_source_text";

    private final YamlLoader yaml;

    public SourceReader(YamlLoader yaml) {
        this.yaml = yaml;
    }

    public Optional<SourceDocument> read(Path file, String text, Diagnostics out) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String normalised = text.replace("\r\n", "\n");
        if (normalised.length() != text.length()) {
            out.warning(file, Position.of(1, 1), "SOURCE_CRLF", "the file has Windows line ends (CRLF); argkg reads each as"
                    + " one LF, so quote offsets count the text with LF line ends");
        }
        if (!normalised.startsWith("---\n")) {
            out.error(file, Position.of(1, 1), "SOURCE_FRONT_MATTER",
                    "source file must start with YAML front matter between two '---' lines");
            return Optional.empty();
        }
        int close = normalised.indexOf("\n---\n", 3);
        boolean atEnd = false;
        if (close < 0 && normalised.endsWith("\n---")) {
            close = normalised.length() - 4;
            atEnd = true;
        }
        if (close < 0) {
            out.error(file, Position.of(1, 1), "SOURCE_FRONT_MATTER", "front matter is not closed by a '---' line");
            return Optional.empty();
        }
        String front = normalised.substring(4, close + 1);
        String body = atEnd ? "" : normalised.substring(close + 5);
        int frontLines = (int) front.chars().filter(c -> c == '\n').count();
        int bodyFirstLine = frontLines + 3;

        // parse the front matter with line numbers of the file (it starts on line 2)
        Diagnostics local = new Diagnostics();
        Optional<Node> root = yaml.load(file, "\n" + front, local);
        out.addAll(local);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlObject> obj = YamlObject.of(file, root.get(), "the front matter", KEYS, out);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        YamlObject fm = obj.get();
        fm.requireAllAs("SOURCE_MISSING_KEY", REQUIRED.toArray(String[]::new));
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (key.equals(NO_SOURCE_TEXT)) {
                fm.bool(key).ifPresent(b -> meta.put(key, b.value().toString()));
            } else {
                fm.string(key).map(Located::value).ifPresent(v -> meta.put(key, v));
            }
        }
        if ("true".equals(meta.get(NO_SOURCE_TEXT)) && !body.isBlank()) {
            out.error(file, Position.of(bodyFirstLine, 1), "SOURCE_TEXT_PRESENT",
                    "the front matter says no_source_text: true, but the file has a body; remove one or the other");
        }
        for (String key : List.of("date", "original_date")) {
            fm.string(key).ifPresent(d -> {
                if (!org.argkg.argmap.ArgumentMapReader.isDate(d.value())) {
                    out.error(file, d.at(), "SOURCE_DATE", key.replace('_', ' ') + " '" + d.value()
                            + "' is not a valid calendar date (YYYY-MM-DD)");
                }
            });
        }
        fm.string("language").ifPresent(l -> {
            if (!org.argkg.argmap.ArgumentMapReader.isLanguageTag(l.value())) {
                out.error(file, l.at(), "SOURCE_LANGUAGE", "language '" + l.value()
                        + "' is not a language tag such as zh or en");
                meta.remove("language");
            }
        });
        for (String key : List.of("url", "original_url")) {
            fm.string(key).ifPresent(u -> WebUrls.problem(u.value()).ifPresent(why -> {
                out.error(file, u.at(), "SOURCE_URL", key.replace('_', ' ') + " '"
                        + (u.value().length() <= 80 ? u.value() : u.value().substring(0, 77) + "…") + "' " + why);
            }));
        }
        return Optional.of(new SourceDocument(file, meta, body, bodyFirstLine));
    }
}
