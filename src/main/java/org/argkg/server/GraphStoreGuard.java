package org.argkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;

/**
 * Checks Graph Store Protocol writes ({@code PUT}, {@code POST}, {@code DELETE}, {@code PATCH} on
 * {@code /argkg/data}) before the endpoint runs them: each must name its graph with
 * {@code ?graph=<iri>}. Refused with 400: {@code ?default}, a graph named as the default or the
 * union graph, and no graph at all (a write to the whole dataset). The default graph is the union of
 * the document graphs: a write there went to a hidden graph, and replacing or deleting it never ended.
 */
final class GraphStoreGuard implements Filter {

    private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");
    /** Graph names the endpoint takes for the default or the union graph. */
    private static final Set<String> UNION_NAMES = Set.of("default", "union");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (WRITES.contains(http.getMethod().toUpperCase(Locale.ROOT))) {
            String graph = http.getParameter("graph");
            if (http.getParameter("default") != null || graph == null || UNION_NAMES.contains(graph.strip().toLowerCase(Locale.ROOT))
                    || UpdateGuard.isDefault(NodeFactory.createURI(graph.strip()))) {
                UpdateGuard.refuse((HttpServletResponse) resp, 400, "the default graph is the union of the document graphs and cannot be"
                        + " written, replaced or deleted: name the graph, ?graph=https://w3id.org/argkg/graph/DOC-ID");
                return;
            }
        }
        chain.doFilter(req, resp);
    }
}
