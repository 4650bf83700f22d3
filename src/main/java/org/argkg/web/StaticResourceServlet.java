package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the page's files from the classpath (inside the jar), under {@code argkg/web/}: {@code /}
 * is {@code index.html}. Only names made of letters, digits, {@code - _ .} in folders of the same,
 * with a known extension, are served: no encoded characters, no {@code ..} or hidden segments, so a
 * request cannot reach any other resource.
 */
final class StaticResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String BASE = "argkg/web/";

    private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");

    static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        String context = req.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        if (!SAFE.matcher(path).matches() || path.contains("..")) {
            Responses.text(resp, 400, "bad path");
            return;
        }
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
        if (type == null) {
            Responses.text(resp, 404, "not found: " + path);
            return;
        }
        byte[] body;
        try (InputStream in = StaticResourceServlet.class.getClassLoader().getResourceAsStream(BASE + path.substring(1))) {
            if (in == null) {
                Responses.text(resp, 404, "not found: " + path);
                return;
            }
            body = in.readAllBytes();
        }
        if (type.startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", Responses.PAGE_POLICY);
            resp.setHeader("Referrer-Policy", "no-referrer");
        }
        Responses.send(resp, 200, type, body);
    }
}
