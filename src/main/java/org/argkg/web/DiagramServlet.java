package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagram.DiagramFormat;
import org.argkg.diagram.DiagramLang;
import org.argkg.diagram.DiagramOptions;
import org.argkg.diagram.DiagramScope;
import org.argkg.diagram.Diagrams;
import org.argkg.diagram.Graphviz;
import org.argkg.diagram.GraphvizMissingException;
import org.argkg.store.GraphStore;

/**
 * {@code GET /argkg-diagram/DOC-ID.svg} (or {@code .dot})
 * {@code ?lang=zh|en|both&statements=true|false&scope=own|linked|all}:
 * the argument map of a document drawn by Graphviz on the server. When Graphviz is not installed,
 * the SVG request answers 503 with a message saying so and how to install it. Drawings are kept
 * while the store cannot change (no {@code --update}).
 */
final class DiagramServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]*)\\.(svg|dot)");

    private final transient GraphStore store;
    private final transient Graphviz graphviz;
    private final boolean cache;
    private final transient Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    DiagramServlet(GraphStore store, Graphviz graphviz, boolean cache) {
        this.store = store;
        this.graphviz = graphviz;
        this.cache = cache;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        if (!m.matches()) {
            Responses.text(resp, 404, "expected /argkg-diagram/DOC-ID.svg or .dot");
            return;
        }
        String doc = m.group(1);
        DiagramFormat format = DiagramFormat.parse(m.group(2)).orElseThrow();
        Optional<DiagramLang> lang = DiagramLang.parse(Optional.ofNullable(req.getParameter("lang")).orElse("both"));
        String statements = Optional.ofNullable(req.getParameter("statements")).orElse("true");
        Optional<DiagramScope> scope = DiagramScope.parse(Optional.ofNullable(req.getParameter("scope")).orElse("own"));
        if (lang.isEmpty() || !statements.matches("true|false") || scope.isEmpty()) {
            Responses.text(resp, 400, "lang must be zh, en or both, statements true or false, and scope own, linked or all");
            return;
        }
        if (!store.documentIds().contains(doc)) {
            Responses.text(resp, 404, "the store has no document '" + doc + "'");
            return;
        }
        DiagramOptions options = new DiagramOptions(lang.get(), Boolean.parseBoolean(statements), scope.get());
        String key = doc + "|" + format + "|" + lang.get() + "|" + statements + "|" + scope.get();
        byte[] body = cache ? drawn.get(key) : null;
        if (body == null) {
            try {
                body = Diagrams.render(store, doc, format, options, graphviz);
            } catch (GraphvizMissingException e) {
                Responses.text(resp, 503, e.getMessage());
                return;
            } catch (ArgkgException e) {
                Responses.text(resp, 500, e.getMessage());
                return;
            }
            if (cache) {
                drawn.put(key, body);
            }
        }
        if (format == DiagramFormat.SVG) {
            resp.setHeader("Content-Security-Policy", Responses.SVG_POLICY);
        }
        Responses.send(resp, 200, format.mediaType(), body);
    }
}
