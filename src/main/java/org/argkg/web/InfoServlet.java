package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.argkg.diagram.Graphviz;
import org.argkg.io.JsonOutput;

/**
 * {@code GET /argkg-info.json}: what the page can offer on this server:
 * {@code {"graphviz": bool, "graphvizVersion": …, "install": …, "sources": bool}}.
 */
final class InfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Graphviz graphviz;
    private final boolean sources;

    InfoServlet(Graphviz graphviz, boolean sources) {
        this.graphviz = graphviz;
        this.sources = sources;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String version = graphviz.version().orElse(null);
        Responses.json(resp, JsonOutput.toString(g -> {
            g.writeStartObject().write("graphviz", version != null);
            JsonOutput.stringOrNull(g, "graphvizVersion", version);
            g.write("install", Graphviz.INSTALL_HINT).write("sources", sources).writeEnd();
        }));
    }
}
