package org.argkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the argkg ontology ({@code ontology/argkg.ttl}). The standards it aligns with have their own
 * classes: Jena's {@code DCTerms}, {@code SKOS}, {@code RDF}, {@code RDFS} and {@code OWL}, and ours
 * for those Jena does not ship ({@link Aif}, {@link OA}, {@link Schema}).
 */
public final class Argkg {

    private Argkg() {
    }

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    // argkg classes
    public static final Resource Document = r(Ns.ARGKG, "Document");
    public static final Resource Claim = r(Ns.ARGKG, "Claim");
    public static final Resource Actor = r(Ns.ARGKG, "Actor");
    public static final Resource ActorGroup = r(Ns.ARGKG, "ActorGroup");
    public static final Resource Relation = r(Ns.ARGKG, "Relation");
    public static final Resource Support = r(Ns.ARGKG, "Support");
    public static final Resource Attack = r(Ns.ARGKG, "Attack");
    public static final Resource Explicit = r(Ns.ARGKG, "Explicit");
    public static final Resource Interpretive = r(Ns.ARGKG, "Interpretive");
    public static final Resource DocumentRelation = r(Ns.ARGKG, "DocumentRelation");

    // argkg properties
    public static final Property supports = p(Ns.ARGKG, "supports");
    public static final Property attacks = p(Ns.ARGKG, "attacks");
    public static final Property factor = p(Ns.ARGKG, "factor");
    public static final Property involves = p(Ns.ARGKG, "involves");
    public static final Property statedIn = p(Ns.ARGKG, "statedIn");
    public static final Property statement = p(Ns.ARGKG, "statement");
    public static final Property basis = p(Ns.ARGKG, "basis");
    public static final Property genre = p(Ns.ARGKG, "genre");
    public static final Property originalPublisher = p(Ns.ARGKG, "originalPublisher");
    public static final Property originalPublication = p(Ns.ARGKG, "originalPublication");
    public static final Property heldBy = p(Ns.ARGKG, "heldBy");
    public static final Property revokes = p(Ns.ARGKG, "revokes");
    public static final Property implements_ = p(Ns.ARGKG, "implements");
    public static final Property respondsTo = p(Ns.ARGKG, "respondsTo");
    public static final Property relationKind = p(Ns.ARGKG, "relationKind");
    public static final Property fromDocument = p(Ns.ARGKG, "fromDocument");
    public static final Property toDocument = p(Ns.ARGKG, "toDocument");

    // ELI, the European Legislation Identifier ontology
    public static final Property eliRepeals = p(Ns.ELI, "repeals");
    public static final Property eliAmends = p(Ns.ELI, "amends");
    public static final Property eliCites = p(Ns.ELI, "cites");

}
