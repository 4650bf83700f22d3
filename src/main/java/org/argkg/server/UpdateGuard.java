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
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Checks SPARQL Update requests before the endpoint runs them, on their parsed operations, whatever
 * the case or parameters of their content type (the endpoint takes {@code Application/SPARQL-Update}
 * as well: a check on the exact text let such updates through unread). Refused:
 * <ul>
 * <li>writes to the default graph (400): it is the union of the document graphs, so a triple
 *     written there went to a hidden graph no query sees, and a delete there removed nothing;
 *     updates name their graph ({@code GRAPH <…> { … }} or {@code WITH <…>});</li>
 * <li>{@code CLEAR}, {@code DROP} of {@code DEFAULT} or {@code ALL}, and {@code ADD}, {@code COPY},
 *     {@code MOVE} to or from {@code DEFAULT} (400): deleting from the union never ended;</li>
 * <li>{@code LOAD} (403) of anything but an http(s) URL, and of those unless the endpoint may reach
 *     other hosts ({@code --allow-service}): LOAD makes the server fetch whatever address it is
 *     given, as SERVICE would, and a {@code file:} URL reads the server's own files;</li>
 * <li>{@code SERVICE} in an update's {@code WHERE} (400) unless the endpoint may reach other hosts;</li>
 * <li>a body that is neither {@code application/sparql-update} nor a form (415), and an update that
 *     does not parse (400): what is not read here does not run.</li>
 * </ul>
 * Bodies are already limited in size by {@link RequestGuard}.
 */
final class UpdateGuard implements Filter {

    static final String DEFAULT_GRAPH_WRITE = "the default graph is the union of the document graphs and cannot be "
            + "written: name the graph, GRAPH <https://w3id.org/argkg/graph/DOC-ID> { ... } or WITH <...>";
    static final String DEFAULT_GRAPH_CLEAR = "the default graph is the union of the document graphs and cannot be "
            + "cleared or dropped (nor ALL, which includes it): drop or clear the named graphs, DROP GRAPH <...> or DROP NAMED";
    static final String DEFAULT_GRAPH_COPY = "the default graph is the union of the document graphs: ADD, COPY and MOVE "
            + "take named graphs only, COPY GRAPH <...> TO GRAPH <...>";

    private final boolean allowService;

    UpdateGuard(boolean allowService) {
        this.allowService = allowService;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        if (!"POST".equalsIgnoreCase(http.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String media = mediaType(http.getContentType());
        String update;
        ServletRequest next = req;
        if ("application/sparql-update".equals(media)) {
            byte[] body = http.getInputStream().readAllBytes();
            update = new String(body, StandardCharsets.UTF_8);
            next = new CachedBody(http, body);
        } else if ("application/x-www-form-urlencoded".equals(media)) {
            update = http.getParameter("update"); // the container keeps the parsed form for the endpoint
        } else {
            refuse(out, 415, "an update is sent as application/sparql-update, or as a form with update=...");
            return;
        }
        if (update == null) {
            refuse(out, 400, "no update: send it as the body (application/sparql-update) or as the form field update=...");
            return;
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update);
        } catch (QueryException e) {
            refuse(out, 400, "the update does not parse: " + e.getMessage());
            return;
        }
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load && !loadable(load.getSource())) {
                refuse(out, 403, allowService ? "LOAD reads http(s) URLs only, never the server's files"
                        : "LOAD is refused: this endpoint fetches nothing from other hosts (serve --allow-service allows it)");
                return;
            }
        }
        for (Update op : request.getOperations()) {
            String refused = refusal(op);
            if (refused != null) {
                refuse(out, 400, refused);
                return;
            }
        }
        chain.doFilter(next, resp);
    }

    /**
     * Answers {@code status} with {@code message} as plain text. (Jetty's error page, which
     * {@code sendError} would use, has no body for PUT and DELETE.)
     */
    static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("text/plain;charset=utf-8");
        out.getWriter().println(message);
        out.getWriter().flush();
    }

    /** The type and subtype of a Content-Type, lower case, without parameters; "" when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private boolean loadable(String source) {
        String scheme = source == null ? "" : source.substring(0, Math.max(0, source.indexOf(':'))).toLowerCase(Locale.ROOT);
        return allowService && (scheme.equals("http") || scheme.equals("https"));
    }

    /** Why the endpoint does not run {@code op}, or null when it may. */
    String refusal(Update op) {
        if (op instanceof UpdateDropClear dropClear) {
            return dropClear.isDefault() || dropClear.isAll() || (dropClear.isOneGraph() && isDefault(dropClear.getGraph()))
                    ? DEFAULT_GRAPH_CLEAR : null;
        }
        if (op instanceof UpdateBinaryOp binary) {
            return isDefault(binary.getSrc()) || isDefault(binary.getDest()) ? DEFAULT_GRAPH_COPY : null;
        }
        if (op instanceof UpdateCreate create) {
            return isDefault(create.getGraph()) ? DEFAULT_GRAPH_WRITE : null;
        }
        if (op instanceof UpdateModify modify && !allowService
                && QueryGuard.hasService(Algebra.compile(modify.getWherePattern()))) {
            return QueryGuard.SERVICE_REFUSED;
        }
        return touchesDefaultGraph(op) ? DEFAULT_GRAPH_WRITE : null;
    }

    /** Whether an operation writes to, or deletes from, the default graph. */
    static boolean touchesDefaultGraph(Update op) {
        if (op instanceof UpdateData data) {
            return data.getQuads().stream().anyMatch(q -> isDefault(q.getGraph()));
        }
        if (op instanceof UpdateDeleteWhere deleteWhere) {
            return deleteWhere.getQuads().stream().anyMatch(q -> isDefault(q.getGraph()));
        }
        if (op instanceof UpdateModify modify) {
            if (modify.getWithIRI() != null) {
                return isDefault(modify.getWithIRI());
            }
            return Stream.concat(modify.getInsertQuads().stream(), modify.getDeleteQuads().stream())
                    .anyMatch(q -> isDefault(q.getGraph()));
        }
        if (op instanceof UpdateLoad load) {
            return load.getDest() == null || isDefault(load.getDest());
        }
        return false;
    }

    /** The default graph by any of its names, or the union graph: the same union in this store. */
    static boolean isDefault(Node graph) {
        return graph == null || Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph);
    }

    private static boolean isDefault(Target target) {
        return target.isDefault() || target.isAll() || target.isAllNamed() || (target.isOneNamedGraph() && isDefault(target.getGraph()));
    }

    /**
     * The endpoint's update operation: Fuseki's, with a write the store refuses while the update
     * runs (a {@code GRAPH ?g} template where ?g is the default graph) answered 400 with the store's
     * reason, instead of 500 and a stack trace in the log.
     */
    static final class Operation extends SPARQL_Update {
        @Override
        public void execute(HttpAction action) {
            try {
                super.execute(action);
            } catch (ActionErrorException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof OperationDeniedException denied) {
                        ServletOps.errorBadRequest(denied.getMessage());
                    }
                }
                throw e;
            }
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
