package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.argkg.diagram.Graphviz;
import org.argkg.io.JsonOutput;

/**
 * {@code GET /argkg-info.json}: what the page can offer on this server:
 * {@code {"graphviz": bool, "graphvizVersion": …, "install": …, "sources": bool, "problemCount": n,
 * "problems": […], "watching": bool, "build": n}}: the problems are those of the seeds when the
 * store served is the last one that built; {@code build} changes when {@code serve --watch} swaps a
 * new build in.
 */
final class InfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Problems listed on the page at most; the count says how many there are. */
    static final int MAX_PROBLEMS = 50;

    private final transient Graphviz graphviz;
    private final boolean sources;
    private final transient SeedsState seeds;

    InfoServlet(Graphviz graphviz, boolean sources, SeedsState seeds) {
        this.graphviz = graphviz;
        this.sources = sources;
        this.seeds = seeds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String version = graphviz.version().orElse(null);
        Responses.json(resp, JsonOutput.toString(g -> {
            g.writeStartObject().write("graphviz", version != null);
            JsonOutput.stringOrNull(g, "graphvizVersion", version);
            java.util.List<String> problems = seeds.problems();
            g.write("install", Graphviz.INSTALL_HINT).write("sources", sources).write("problemCount", problems.size())
                    .write("watching", seeds.watching()).write("build", seeds.version());
            g.writeStartArray("problems");
            problems.stream().limit(MAX_PROBLEMS).forEach(g::write);
            g.writeEnd().writeEnd();
        }));
    }
}
