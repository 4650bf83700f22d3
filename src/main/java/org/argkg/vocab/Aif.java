package org.argkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Argument Interchange Format ontology that argkg writes. */
public final class Aif {

    /** The namespace, {@value}. */
    public static final String NS = Ns.AIF;

    private Aif() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Property Premise = p("Premise");
    public static final Property Conclusion = p("Conclusion");
}
