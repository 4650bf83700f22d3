package org.argkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the argkg ontology ({@code ontology/argkg.ttl}) and of the standards it aligns with. */
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

    // AIF
    public static final Property aifPremise = p(Ns.AIF, "Premise");
    public static final Property aifConclusion = p(Ns.AIF, "Conclusion");

    // Dublin Core terms
    public static final Property dcTitle = p(Ns.DCTERMS, "title");
    public static final Property dcCreator = p(Ns.DCTERMS, "creator");
    public static final Property dcDate = p(Ns.DCTERMS, "date");
    public static final Property dcPublisher = p(Ns.DCTERMS, "publisher");
    public static final Property dcSource = p(Ns.DCTERMS, "source");
    public static final Property dcLanguage = p(Ns.DCTERMS, "language");

    // schema.org
    public static final Resource schemaOpinionNewsArticle = r(Ns.SCHEMA, "OpinionNewsArticle");
    public static final Resource schemaLegislation = r(Ns.SCHEMA, "Legislation");
    public static final Resource schemaCreativeWork = r(Ns.SCHEMA, "CreativeWork");
    public static final Resource schemaCountry = r(Ns.SCHEMA, "Country");
    public static final Resource schemaOrganization = r(Ns.SCHEMA, "Organization");
    public static final Resource schemaCorporation = r(Ns.SCHEMA, "Corporation");
    public static final Resource schemaPerson = r(Ns.SCHEMA, "Person");
    public static final Resource schemaPeriodical = r(Ns.SCHEMA, "Periodical");
    public static final Property schemaAffiliation = p(Ns.SCHEMA, "affiliation");
    public static final Property schemaJobTitle = p(Ns.SCHEMA, "jobTitle");

    // W3C Web Annotation
    public static final Resource oaAnnotation = r(Ns.OA, "Annotation");
    public static final Resource oaSpecificResource = r(Ns.OA, "SpecificResource");
    public static final Resource oaTextQuoteSelector = r(Ns.OA, "TextQuoteSelector");
    public static final Resource oaTextPositionSelector = r(Ns.OA, "TextPositionSelector");
    public static final Resource oaDescribing = r(Ns.OA, "describing");
    public static final Property oaHasBody = p(Ns.OA, "hasBody");
    public static final Property oaHasTarget = p(Ns.OA, "hasTarget");
    public static final Property oaHasSource = p(Ns.OA, "hasSource");
    public static final Property oaHasSelector = p(Ns.OA, "hasSelector");
    public static final Property oaMotivatedBy = p(Ns.OA, "motivatedBy");
    public static final Property oaExact = p(Ns.OA, "exact");
    public static final Property oaPrefix = p(Ns.OA, "prefix");
    public static final Property oaSuffix = p(Ns.OA, "suffix");
    public static final Property oaStart = p(Ns.OA, "start");
    public static final Property oaEnd = p(Ns.OA, "end");

    // SKOS
    public static final Resource skosConcept = r(Ns.SKOS, "Concept");
    public static final Property skosNotation = p(Ns.SKOS, "notation");
    public static final Property skosInScheme = p(Ns.SKOS, "inScheme");
    public static final Property skosBroader = p(Ns.SKOS, "broader");
    public static final Property skosTopConceptOf = p(Ns.SKOS, "topConceptOf");
    public static final Property skosPrefLabel = p(Ns.SKOS, "prefLabel");
    public static final Property skosDefinition = p(Ns.SKOS, "definition");
}
