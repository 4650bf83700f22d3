package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.plot.PlotKind;
import org.argkg.plot.Plots;
import org.argkg.store.GraphStore;

/**
 * {@code GET /argkg-plot/factors.svg} or {@code timeline.svg} {@code ?lang=en|zh}: a plot of the
 * whole store, written by {@link Plots} (no Graphviz needed). Plots are kept while the store cannot
 * change.
 */
final class PlotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z]+)\\.svg");

    private final transient GraphStore store;
    private final boolean cache;
    private final transient Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    PlotServlet(GraphStore store, boolean cache) {
        this.store = store;
        this.cache = cache;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        Optional<PlotKind> kind = m.matches() ? PlotKind.parse(m.group(1)) : Optional.empty();
        if (kind.isEmpty()) {
            Responses.text(resp, 404, "expected /argkg-plot/factors.svg or /argkg-plot/timeline.svg");
            return;
        }
        String lang = Optional.ofNullable(req.getParameter("lang")).orElse("en");
        if (!lang.matches("en|zh")) {
            Responses.text(resp, 400, "lang must be en or zh");
            return;
        }
        String key = kind.get() + "|" + lang;
        byte[] body = cache ? drawn.get(key) : null;
        if (body == null) {
            body = Plots.svg(store, kind.get(), lang).getBytes(StandardCharsets.UTF_8);
            if (cache) {
                drawn.put(key, body);
            }
        }
        resp.setHeader("Content-Security-Policy", Responses.SVG_POLICY);
        Responses.send(resp, 200, "image/svg+xml; charset=utf-8", body);
    }
}
