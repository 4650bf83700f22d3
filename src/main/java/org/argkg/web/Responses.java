package org.argkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing responses with the headers every resource of the page gets. */
final class Responses {

    /** Scripts, styles and data from this server only; no plugins, no framing, no inline script. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** For a drawing opened on its own: nothing runs, nothing loads. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private Responses() {
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpServletResponse resp, String json) throws IOException {
        send(resp, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }
}
