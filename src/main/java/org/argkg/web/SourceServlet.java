package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.store.GraphStore;

/**
 * {@code GET /argkg-source/DOC-ID}: the body of the document's source text (what quote offsets
 * count in), as UTF-8 plain text, as the store keeps it since its last build: what the page shows
 * cannot drift from the graph when the seeds change. 404 when the store has no such document or
 * holds no text for it.
 */
final class SourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]*)");

    private final transient GraphStore store;

    SourceServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        if (!m.matches()) {
            Responses.text(resp, 404, "expected /argkg-source/DOC-ID");
            return;
        }
        String doc = m.group(1);
        if (!store.documentIds().contains(doc)) {
            Responses.text(resp, 404, "the store has no document '" + doc + "'");
            return;
        }
        Optional<String> body = store.sourceText(doc);
        if (body.isEmpty()) {
            Responses.text(resp, 404, "the store holds no source text for '" + doc + "'");
            return;
        }
        Responses.send(resp, 200, "text/plain; charset=utf-8", body.get().getBytes(StandardCharsets.UTF_8));
    }
}
