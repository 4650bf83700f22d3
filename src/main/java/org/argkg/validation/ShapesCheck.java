package org.argkg.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.rdf.DocumentGraph;

/**
 * Validates a document graph against the SHACL shapes of {@code ontology/shapes.ttl} with
 * jena-shacl, and reports each result as a diagnostic at the place in the map where the focus node
 * was written.
 */
public final class ShapesCheck {

    private final Shapes shapes;

    public ShapesCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * @param context the graphs the document refers to (ontology, factor scheme, actors, claims of
     *     other documents); validated together with the document, but only the document's own nodes
     *     are reported
     */
    public ValidationReport check(DocumentGraph doc, Graph context, Diagnostics out) {
        // a union view: the shared context is not copied for every document
        Graph g = new org.apache.jena.graph.compose.MultiUnion(new Graph[] {doc.graph().getGraph(), context});
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            String iri = focus.isURI() ? focus.getURI() : null;
            if (iri != null && !doc.origins().containsKey(iri) && !doc.graph().getGraph().contains(focus, Node.ANY, Node.ANY)) {
                continue; // a problem of the shared context, reported when that is checked
            }
            Position at = iri == null ? Position.UNKNOWN : doc.origin(iri);
            String component = e.sourceConstraintComponent() == null ? "Constraint"
                    : e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
            String message = (e.message() == null ? "SHACL constraint violated" : e.message().strip())
                    + " (" + shortName(iri) + (e.resultPath() == null ? "" : ", path " + pathName(e.resultPath())) + ")";
            String code = "SHACL:" + component;
            if (e.severity() == Severity.Violation) {
                out.error(doc.mapFile(), at, code, message);
            } else {
                out.warning(doc.mapFile(), at, code, message);
            }
        }
        return report;
    }

    private static String pathName(org.apache.jena.sparql.path.Path path) {
        if (path instanceof org.apache.jena.sparql.path.P_Link link && link.getNode().isURI()) {
            String iri = link.getNode().getURI();
            String qname = PREFIXES.qnameFor(iri);
            return qname != null ? qname : "<" + iri + ">";
        }
        return path.toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
    }

    private static final org.apache.jena.shared.PrefixMapping PREFIXES = org.argkg.vocab.Ns.prefixMapping();

    private static String shortName(String iri) {
        if (iri == null) {
            return "a blank node";
        }
        String prefix = org.argkg.vocab.Ns.ID;
        return iri.startsWith(prefix) ? "id:" + iri.substring(prefix.length()) : "<" + iri + ">";
    }
}
