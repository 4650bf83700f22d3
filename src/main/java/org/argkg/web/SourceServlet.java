package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.io.TextFiles;
import org.argkg.map.DocumentMap;
import org.argkg.map.MapReader;
import org.argkg.source.SourceDocument;
import org.argkg.source.SourceReader;
import org.argkg.store.GraphStore;
import org.argkg.yaml.YamlLoader;

/**
 * {@code GET /argkg-source/DOC-ID}: the body of the document's source text (what quote offsets
 * count in), as UTF-8 plain text, read from the seeds folder the server was started with. 404 when
 * the server has no seeds folder, the store has no such document, or the document has no text.
 */
final class SourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]*)");

    private final transient GraphStore store;
    private final transient Path seeds;

    SourceServlet(GraphStore store, Path seeds) {
        this.store = store;
        this.seeds = seeds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        if (!m.matches()) {
            Responses.text(resp, 404, "expected /argkg-source/DOC-ID");
            return;
        }
        String doc = m.group(1);
        if (seeds == null) {
            Responses.text(resp, 404, "the server was started without a seeds folder");
            return;
        }
        if (!store.documentIds().contains(doc)) {
            Responses.text(resp, 404, "the store has no document '" + doc + "'");
            return;
        }
        Optional<SourceDocument> source = read(doc);
        if (source.isEmpty()) {
            Responses.text(resp, 404, "no source text for '" + doc + "' in " + seeds);
            return;
        }
        if (source.get().hasNoText()) {
            Responses.text(resp, 404, "the project does not hold the text of '" + doc + "'");
            return;
        }
        Responses.send(resp, 200, "text/plain; charset=utf-8", source.get().body().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<SourceDocument> read(String doc) {
        Path folder = seeds.resolve(doc).normalize();
        Path mapFile = folder.resolve(Corpus.MAP_FILE);
        if (!folder.startsWith(seeds.normalize()) || !Files.isRegularFile(mapFile)) {
            return Optional.empty();
        }
        Diagnostics ignored = new Diagnostics();
        YamlLoader yaml = new YamlLoader();
        String sourceName = TextFiles.read(mapFile, ignored).flatMap(t -> new MapReader(yaml).read(mapFile, t, ignored))
                .map(DocumentMap::document).map(d -> d.source()).orElse("source.md");
        Path sourceFile = folder.resolve(sourceName).normalize();
        if (!sourceFile.startsWith(folder) || !Files.isRegularFile(sourceFile)) {
            return Optional.empty();
        }
        return TextFiles.read(sourceFile, ignored).flatMap(t -> new SourceReader(yaml).read(sourceFile, t, ignored));
    }
}
