package org.argkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Refuses SPARQL Update requests that {@code LOAD} a document from a URL (403) unless the endpoint
 * may reach other hosts ({@code --allow-service}): LOAD makes the server fetch whatever address it
 * is given, as SERVICE would. Everything else passes unchanged; a request that does not parse is
 * left for the endpoint to refuse. Bodies are already limited in size by {@link RequestGuard}.
 */
final class LoadGuard implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (!"POST".equals(http.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String type = http.getContentType() == null ? "" : http.getContentType();
        String update;
        ServletRequest next = req;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = http.getInputStream().readAllBytes();
            update = new String(body, StandardCharsets.UTF_8);
            next = new CachedBody(http, body);
        } else {
            update = http.getParameter("update"); // the container keeps the parsed form for the endpoint
        }
        if (update != null && loads(update)) {
            ((HttpServletResponse) resp).sendError(403,
                    "LOAD is refused: this endpoint fetches nothing from other hosts (serve --allow-service allows it)");
            return;
        }
        chain.doFilter(next, resp);
    }

    private static boolean loads(String update) {
        try {
            UpdateRequest request = UpdateFactory.create(update);
            return request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
        } catch (QueryParseException e) {
            return false;
        }
    }

    /** The request with its body read once and served again from memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
