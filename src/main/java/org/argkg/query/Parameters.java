package org.argkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.argkg.vocab.Ns;

/**
 * Binds query parameters as RDF terms, never by pasting text into the query, so that a value
 * cannot change the query's structure. A value is read as a term when it is one
 * ({@code <https://…>}, {@code id:doc}, {@code "text"@en}, {@code 42}); anything else is a plain
 * string literal.
 */
final class Parameters {

    private Parameters() {
    }

    /** The term a parameter value stands for. */
    public static Node term(String value) {
        return term(value, false);
    }

    /**
     * The term a parameter value stands for; when the parameter names a document (or a claim), a
     * bare id ({@code li-zheng-2024-ai-exception}, {@code doc-id/node-id}, {@code doc-id#node-id})
     * stands for its {@code id:} IRI, as {@code --graph} takes it everywhere else.
     */
    public static Node term(String value, boolean bareIdIsIri) {
        String v = value.strip();
        if (bareIdIsIri && v.matches("[A-Za-z0-9][A-Za-z0-9._\\-]*([/#][A-Za-z0-9._\\-]+)*")
                && !v.matches("\\d{4}-\\d{2}-\\d{2}") && !v.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            return NodeFactory.createURI(Ns.ID + v.replace('#', '/'));
        }
        if (v.matches("(https?|urn|mailto):\\S+")) {
            return NodeFactory.createURI(checkedIri(v)); // a bare absolute IRI
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        }
        // a prefixed name of argkg's prefixes, such as id:li-zheng-2024-ai-exception or factor:cost
        int colon = v.indexOf(':');
        if (colon > 0 && !v.startsWith("<") && !v.startsWith("\"")) {
            String ns = Ns.prefixes().get(v.substring(0, colon));
            String local = v.substring(colon + 1);
            if (ns != null && local.matches("[A-Za-z0-9_\\-./#]*")) {
                return NodeFactory.createURI(ns + local);
            }
        }
        if (v.startsWith("<") || v.startsWith("\"") || v.matches("[+-]?[0-9]+(\\.[0-9]+)?")
                || v.equals("true") || v.equals("false")) {
            Node n = null;
            try {
                n = NodeFactoryExtra.parseNode(v);
            } catch (RiotException | IllegalArgumentException e) {
                // not a term: a plain literal, below
            }
            if (n != null && n.isURI() && !n.getURI().matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                throw new IllegalArgumentException("'" + v + "' is not an absolute IRI");
            }
            if (n != null && n.isURI()) {
                checkedIri(n.getURI());
            }
            if (n != null && (n.isURI() || n.isLiteral())) {
                return n;
            }
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * An IRI as SPARQL and Turtle can write it between angle brackets: none of {@code <>"{}|^`\},
     * no spaces or control characters. A query bound locally never shows its IRIs as text, but one
     * sent to an endpoint (or printed with {@code --show}) does, and such a character would end the
     * IRI early and let the rest of the value be read as SPARQL.
     */
    static String checkedIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("'" + iri + "' is not a valid IRI: it contains "
                        + (c <= 0x20 ? "a space or control character" : "'" + c + "'"));
            }
        }
        return iri;
    }

    /**
     * True when a parameter names a document or a claim: it is called doc, document, claim or
     * evaluation, or its default is an {@code id:} name.
     */
    static boolean namesAResource(NamedQuery named, String param) {
        if (java.util.Set.of("doc", "document", "claim", "evaluation").contains(param)) {
            return true;
        }
        return named.param(param).map(QueryParam::defaultValue).map(d -> d.startsWith("id:")).orElse(false);
    }

    /** The terms the given parameters are bound to, by name (defaults left out). */
    public static Map<String, Node> terms(NamedQuery named, Map<String, String> given) {
        Map<String, Node> out = new LinkedHashMap<>();
        given.forEach((k, v) -> out.put(k, term(v, namesAResource(named, k))));
        return out;
    }

    /**
     * The query with each parameter's variable replaced by its value: the given ones, else the
     * defaults of the named query. Unknown parameter names are refused.
     */
    public static Query bind(Query query, NamedQuery named, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParam p : named.params()) {
            if (p.defaultValue() != null && !p.optional()) {
                values.put(p.name(), p.defaultValue());
            }
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (named.param(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("query '" + named.name() + "' has no parameter '" + e.getKey() + "'"
                        + (named.params().isEmpty() ? "" : "; parameters: "
                        + String.join(", ", named.params().stream().map(QueryParam::name).toList())));
            }
            values.put(e.getKey(), e.getValue());
        }
        for (QueryParam p : named.params()) {
            if (!values.containsKey(p.name()) && !p.optional()) {
                throw new IllegalArgumentException("query '" + named.name() + "' needs --param " + p.name() + "=VALUE");
            }
        }
        if (values.isEmpty()) {
            return query;
        }
        Map<Var, Node> substitution = new LinkedHashMap<>();
        values.forEach((k, v) -> substitution.put(Var.alloc(k), term(v, namesAResource(named, k))));
        Query bound = QueryTransformOps.replaceVars(query, substitution);
        // ORDER BY ?doc becomes ORDER BY <iri>: a no-op, and not valid SPARQL once the query is
        // written out again (for --show, or to send to an endpoint), so it is dropped
        if (bound.hasOrderBy()) {
            bound.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
        return bound;
    }
}
