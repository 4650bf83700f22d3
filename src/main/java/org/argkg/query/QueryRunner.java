package org.argkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.system.Txn;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.diagnostics.Position;
import org.argkg.store.GraphStore;
import org.argkg.store.StoreView;
import org.argkg.vocab.Ns;

/**
 * Runs SPARQL queries, named or ad hoc, against the local store or any SPARQL 1.1 endpoint
 * through RDFConnection, so the same named queries work wherever the graph lives.
 */
public final class QueryRunner implements AutoCloseable {

    private final RDFConnection connection;
    private final String where;

    private QueryRunner(RDFConnection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /** Queries the local store; the default graph is the union of the named graphs. */
    public static QueryRunner local(GraphStore store) {
        return over(store);
    }

    /** Queries a store, local or behind an endpoint. */
    public static QueryRunner over(StoreView store) {
        return new QueryRunner(store.connect(), store.where());
    }

    /** Queries a remote SPARQL endpoint (its query URL). */
    public static QueryRunner remote(String endpoint) {
        return new QueryRunner(RDFConnectionRemote.service(endpoint).parseCheckSPARQL(false).build(), endpoint);
    }

    /**
     * Parses a query; a syntax error is invalid input, reported at its line and column of
     * {@code origin} (the query file, or null for a query given on the command line).
     */
    public static Query parse(String text, Path origin) {
        try {
            // argkg's prefixes are known before parsing, so a query may use argkg:, id:… undeclared
            Query q = new Query();
            q.getPrefixMapping().setNsPrefixes(Ns.prefixes());
            QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
            return q;
        } catch (QueryParseException e) {
            Diagnostics d = new Diagnostics();
            String raw = e.getMessage() == null ? "syntax error" : e.getMessage();
            // the parser's message names the offending token's place, which is more precise than getLine()
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)").matcher(raw);
            Position at = m.find() ? Position.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : e.getLine() > 0 ? Position.of(e.getLine(), Math.max(1, e.getColumn())) : Position.UNKNOWN;
            String msg = raw.replaceFirst("(?s)\\s*Was expecting.*", "").replaceAll("\\s*\\R\\s*", " ")
                    .replaceFirst("^Line \\d+, column \\d+: ", "").strip();
            d.error(origin == null ? Path.of("<query>") : origin, at, "SPARQL_SYNTAX", "SPARQL syntax error: " + msg);
            throw new InvalidInputException(d);
        }
    }

    private static Map<String, String> withDefaults(Query q) {
        Map<String, String> m = new java.util.LinkedHashMap<>(Ns.prefixes());
        m.putAll(q.getPrefixMapping().getNsPrefixMap());
        return m;
    }

    /** The prefixes a table writes IRIs with: argkg's, the query's, and graph: for the store's named graphs. */
    private static Map<String, String> displayPrefixes(Query q) {
        Map<String, String> m = withDefaults(q);
        m.putIfAbsent("graph", Ns.GRAPH);
        return m;
    }

    /** Parses and binds a named query with the given parameter values (defaults for the others). */
    public static Query prepare(NamedQuery named, Map<String, String> params, Path origin) {
        return Parameters.bind(parse(named.text(), origin), named, params);
    }

    /**
     * The given parameters whose value is an IRI that occurs nowhere in the store: a value that
     * cannot match anything, most likely a misspelt id.
     */
    public List<String> unmatchedParameters(NamedQuery named, Map<String, String> given) {
        List<String> out = new ArrayList<>();
        Parameters.terms(named, given).forEach((name, node) -> {
            if (node.isURI()) {
                String iri = "<" + Parameters.checkedIri(node.getURI()) + ">";
                Query ask = QueryFactory.create("ASK { { " + iri + " ?p ?o } UNION { ?s ?p " + iri + " } UNION { GRAPH ?g { "
                        + iri + " ?p ?o } } UNION { GRAPH ?g { ?s ?p " + iri + " } } }");
                if (!ask(ask)) {
                    out.add(name);
                }
            }
        });
        return out;
    }

    /** The rows of a SELECT query, fully read (inside a read transaction for the local store). */
    public List<QuerySolution> select(Query query) {
        try {
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution qe = connection.query(query)) {
                    List<QuerySolution> rows = new ArrayList<>();
                    ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                    return rows;
                }
            });
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** The answer of an ASK query. */
    public boolean ask(Query query) {
        try {
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution qe = connection.query(query)) {
                    return qe.execAsk();
                }
            });
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** Runs any query form and writes its result in {@code format} to {@code out}; a table in full. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        run(query, format, out, 0);
    }

    /**
     * Runs any query form and writes its result in {@code format} to {@code out}; a {@code table}
     * is fitted to {@code width} terminal cells (0: no limit, as {@code wide}).
     */
    public void run(Query query, ResultFormat format, OutputStream out, int width) {
        try {
            Txn.executeRead(connection, () -> execute(query, format, out, format == ResultFormat.WIDE ? 0 : width));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private void execute(Query query, ResultFormat format, OutputStream out, int width) {
        try (QueryExecution qe = connection.query(query)) {
            if (query.isSelectType()) {
                // a table sizes its columns on every row first; the other formats stream row by row
                ResultSet rs = qe.execSelect();
                writeRows(rs, query, format, out, width);
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                    case XML -> ResultSetFormatter.outputAsXML(out, b);
                    case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                    default -> text(out, b ? "yes" : "no");
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(withDefaults(query));
                RDFDataMgr.write(out, m, format == ResultFormat.JSON ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY);
            }
        }
    }

    private static void writeRows(ResultSet rs, Query query, ResultFormat format, OutputStream out, int width) {
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            case TURTLE -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RDF_TTL);
            default -> text(out, new TextTable(displayPrefixes(query)).render(rs.getResultVars(), rs, width));
        }
    }

    private static void text(OutputStream out, String s) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ps.print(s.endsWith("\n") ? s : s + "\n");
        ps.flush();
    }

    private RuntimeException failure(RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ArgkgException("query failed against " + where + ": " + msg.replaceAll("\\s*\\R\\s*", " "), e);
    }

    @Override
    public void close() {
        connection.close();
    }
}
