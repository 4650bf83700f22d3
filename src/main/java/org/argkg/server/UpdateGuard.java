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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import java.util.stream.Stream;

/**
 * Checks SPARQL Update requests before the endpoint runs them. Refused:
 * <ul>
 * <li>writes to the default graph (400): it is the union of the document graphs, so a triple
 *     written there went to a hidden graph no query sees, and a delete there removed nothing;
 *     updates name their graph ({@code GRAPH <…> { … }} or {@code WITH <…>});</li>
 * <li>{@code LOAD} of a document from a URL (403) unless the endpoint may reach other hosts
 *     ({@code --allow-service}): LOAD makes the server fetch whatever address it is given, as
 *     SERVICE would.</li>
 * </ul>
 * Everything else passes unchanged; a request that does not parse is left for the endpoint to
 * refuse. Bodies are already limited in size by {@link RequestGuard}.
 */
final class UpdateGuard implements Filter {

    private final boolean refuseLoad;

    UpdateGuard(boolean refuseLoad) {
        this.refuseLoad = refuseLoad;
    }

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
        UpdateRequest request = update == null ? null : parse(update);
        if (request != null && refuseLoad && request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            ((HttpServletResponse) resp).sendError(403,
                    "LOAD is refused: this endpoint fetches nothing from other hosts (serve --allow-service allows it)");
            return;
        }
        if (request != null && request.getOperations().stream().anyMatch(UpdateGuard::touchesDefaultGraph)) {
            ((HttpServletResponse) resp).sendError(400, "the default graph is the union of the document graphs and cannot be "
                    + "written: name the graph, GRAPH <https://w3id.org/argkg/graph/DOC-ID> { ... } or WITH <...>");
            return;
        }
        chain.doFilter(next, resp);
    }

    private static UpdateRequest parse(String update) {
        try {
            return UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return null;
        }
    }

    /** Whether an operation writes to, or deletes from, the default graph. */
    static boolean touchesDefaultGraph(Update op) {
        if (op instanceof UpdateData data) {
            return data.getQuads().stream().anyMatch(Quad::isDefaultGraph);
        }
        if (op instanceof UpdateDeleteWhere deleteWhere) {
            return deleteWhere.getQuads().stream().anyMatch(Quad::isDefaultGraph);
        }
        if (op instanceof UpdateModify modify) {
            return modify.getWithIRI() == null && Stream.concat(modify.getInsertQuads().stream(), modify.getDeleteQuads().stream())
                    .anyMatch(Quad::isDefaultGraph);
        }
        if (op instanceof UpdateLoad load) {
            return load.getDest() == null || Quad.isDefaultGraph(load.getDest());
        }
        if (op instanceof UpdateBinaryOp binary) {
            return binary.getDest().isDefault();
        }
        return false;
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
