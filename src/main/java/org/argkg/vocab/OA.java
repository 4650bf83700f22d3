package org.argkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the W3C Web Annotation vocabulary that argkg writes (quotes as annotations with text selectors). */
public final class OA {

    /** The namespace, {@value}. */
    public static final String NS = Ns.OA;

    private OA() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Annotation = r("Annotation");
    public static final Resource SpecificResource = r("SpecificResource");
    public static final Resource TextQuoteSelector = r("TextQuoteSelector");
    public static final Resource TextPositionSelector = r("TextPositionSelector");
    public static final Resource describing = r("describing");
    public static final Property hasBody = p("hasBody");
    public static final Property hasTarget = p("hasTarget");
    public static final Property hasSource = p("hasSource");
    public static final Property hasSelector = p("hasSelector");
    public static final Property motivatedBy = p("motivatedBy");
    public static final Property exact = p("exact");
    public static final Property prefix = p("prefix");
    public static final Property suffix = p("suffix");
    public static final Property start = p("start");
    public static final Property end = p("end");
}
