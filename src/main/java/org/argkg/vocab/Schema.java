package org.argkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of schema.org that argkg writes, in its {@code https://schema.org/} namespace (Jena's {@code SchemaDO} uses {@code http://}). */
public final class Schema {

    /** The namespace, {@value}. */
    public static final String NS = Ns.SCHEMA;

    private Schema() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource OpinionNewsArticle = r("OpinionNewsArticle");
    public static final Resource Legislation = r("Legislation");
    public static final Resource CreativeWork = r("CreativeWork");
    public static final Resource Country = r("Country");
    public static final Resource Organization = r("Organization");
    public static final Resource Corporation = r("Corporation");
    public static final Resource Person = r("Person");
    public static final Resource Periodical = r("Periodical");
    public static final Property affiliation = p("affiliation");
    public static final Property jobTitle = p("jobTitle");
    public static final Property url = p("url");
}
