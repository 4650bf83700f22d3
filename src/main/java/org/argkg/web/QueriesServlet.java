package org.argkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.io.JsonOutput;
import org.argkg.query.NamedQuery;
import org.argkg.query.QueryLibrary;
import org.argkg.query.QueryParam;
import org.argkg.query.QueryRunner;

/**
 * The named queries packaged in the jar, for the page's query panel.
 * <ul>
 * <li>{@code GET /argkg-queries.json}: {@code [{name, title, description, params: [{name, default}], text}]},
 * sorted by name;</li>
 * <li>{@code GET /argkg-queries/NAME.rq?PARAM=VALUE…}: the query with its parameters bound as RDF
 * terms, exactly as {@code argkg query NAME --param PARAM=VALUE} binds them, ready to send to the
 * SPARQL endpoint (which runs it, with its timeout).</li>
 * </ul>
 */
final class QueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern BOUND = Pattern.compile("/([A-Za-z0-9_-]+)\\.rq");

    private final transient QueryLibrary library = QueryLibrary.packaged();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().endsWith(".json")) {
            Responses.json(resp, list());
            return;
        }
        Matcher m = BOUND.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        Optional<NamedQuery> named = m.matches() ? library.get(m.group(1)) : Optional.empty();
        if (named.isEmpty()) {
            Responses.text(resp, 404, "no such named query; the list is at /argkg-queries.json");
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length > 0 && !e.getValue()[0].isBlank()) {
                given.put(e.getKey(), e.getValue()[0]);
            }
        }
        Query q;
        try {
            q = QueryRunner.prepare(named.get(), given, null);
        } catch (IllegalArgumentException e) {
            Responses.text(resp, 400, e.getMessage());
            return;
        } catch (InvalidInputException e) {
            Responses.text(resp, 500, "the named query does not parse");
            return;
        }
        Responses.send(resp, 200, "application/sparql-query; charset=utf-8", q.serialize().getBytes(StandardCharsets.UTF_8));
    }

    private String list() {
        return JsonOutput.toString(g -> {
            g.writeStartArray();
            for (NamedQuery q : library.all()) {
                g.writeStartObject().write("name", q.name()).write("title", q.title()).write("description", q.description())
                        .writeStartArray("params");
                for (QueryParam p : q.params()) {
                    g.writeStartObject().write("name", p.name());
                    JsonOutput.stringOrNull(g, "default", p.defaultValue());
                    g.writeEnd();
                }
                g.writeEnd().write("text", q.text()).writeEnd();
            }
            g.writeEnd();
        });
    }
}
