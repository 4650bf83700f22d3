package org.argkg.rdf;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.argkg.vocab.OA;
import org.argkg.vocab.Schema;
import org.argkg.vocab.Aif;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.actors.Actor;
import org.argkg.actors.ActorRegistry;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.DocumentRelationKind;
import org.argkg.argmap.DocumentRelationSpec;
import org.argkg.argmap.DocumentSpec;
import org.argkg.argmap.FactorSpec;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.RelationSpec;
import org.argkg.argmap.Text;
import org.argkg.quote.Anchor;
import org.argkg.quote.AnchoredQuote;
import org.argkg.source.SourceDocument;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;
import org.argkg.yaml.Located;

/**
 * Turns a checked map and its source into the RDF graph of the document. Every IRI is derived from
 * ids; no blank nodes are created, so the same input always gives the same graph.
 */
public final class GraphMapper {

    /**
     * Maps one document.
     *
     * @param anchors the quotes of each node, anchored in the source by the checks
     */
    public DocumentGraph map(ArgumentMap map, SourceDocument source, Map<String, List<AnchoredQuote>> anchors) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Ns.prefixMapping());
        Map<String, Position> origins = new HashMap<>();
        String docId = map.docId();
        DocumentSpec spec = map.document();

        Resource doc = m.createResource(Iris.document(docId));
        origins.put(doc.getURI(), spec.idAt());
        doc.addProperty(RDF.type, Argkg.Document);
        if (spec.genre() != null) {
            doc.addProperty(RDF.type, m.createResource(Ns.SCHEMA + spec.genre().schemaClass()));
            doc.addProperty(Argkg.genre, spec.genre().word());
        }
        String lang = source.meta("language").orElse("und");
        source.meta("title").ifPresent(t -> doc.addProperty(DCTerms.title, t, lang));
        if (!lang.equals("en")) {
            source.meta("title_en").ifPresent(t -> doc.addProperty(DCTerms.title, t, "en"));
        }
        if (!lang.equals("zh")) {
            source.meta("title_zh").ifPresent(t -> doc.addProperty(DCTerms.title, t, "zh"));
        }
        source.meta("date").ifPresent(d -> doc.addProperty(DCTerms.date, m.createTypedLiteral(d, XSDDatatype.XSDdate)));
        source.meta("url").ifPresent(u -> doc.addProperty(DCTerms.source, m.createResource(u)));
        source.meta("language").ifPresent(l -> doc.addProperty(DCTerms.language, l));
        actorLink(m, doc, DCTerms.creator, spec.creator());
        actorLink(m, doc, DCTerms.publisher, spec.publisher());
        actorLink(m, doc, Argkg.originalPublisher, spec.originalPublisher());
        if (source.meta("original_date").isPresent() || source.meta("original_url").isPresent()) {
            // a repost: the first publication is a resource of its own, with its own date and URL
            Resource original = m.createResource(Iris.originalPublication(docId));
            origins.put(original.getURI(), spec.idAt());
            doc.addProperty(Argkg.originalPublication, original);
            original.addProperty(RDF.type, Schema.CreativeWork);
            source.meta("original_date").ifPresent(d -> original.addProperty(DCTerms.date, m.createTypedLiteral(d, XSDDatatype.XSDdate)));
            source.meta("original_url").ifPresent(u -> original.addProperty(Schema.url, m.createResource(u)));
        }
        for (DocumentRelationSpec r : spec.relations()) {
            mapDocumentRelation(m, origins, docId, doc, source.meta("date").orElse(null), r);
        }

        for (NodeSpec node : map.nodes()) {
            Resource claim = m.createResource(Iris.node(docId, node.id()));
            origins.put(claim.getURI(), node.at());
            claim.addProperty(RDF.type, m.createResource(Ns.ARGKG + node.role().className()));
            // the classes the role class is a subclass of, written out: the endpoint runs no inference,
            // and "?c a argkg:Claim" is the first query anyone writes
            claim.addProperty(RDF.type, Argkg.Claim);
            claim.addProperty(RDF.type, m.createResource(Ns.AIF + "I-node"));
            claim.addProperty(RDF.type, m.createResource(Ns.SCHEMA + "Claim"));
            addText(claim, RDFS.label, node.label());
            addText(claim, Argkg.statement, node.statement());
            claim.addProperty(Argkg.statedIn, doc);
            if (node.factor() != null) {
                claim.addProperty(Argkg.factor, m.createResource(Iris.factor(node.factor().value())));
            }
            for (Located<String> a : node.actors()) {
                claim.addProperty(Argkg.involves, m.createResource(Iris.actor(a.value())));
            }
            for (Located<String> a : node.heldBy()) {
                claim.addProperty(Argkg.heldBy, m.createResource(Iris.actor(a.value())));
            }
            if (node.date() != null) {
                claim.addProperty(DCTerms.date, m.createTypedLiteral(node.date().value(), XSDDatatype.XSDdate));
            }
            for (RelationSpec r : node.relations()) {
                mapRelation(m, origins, docId, node, claim, r);
            }
            if (node.sourceUrl() != null && source.hasNoText()) {
                // no text to anchor in: the annotation targets the source itself
                Resource ann = m.createResource(Iris.quote(docId, node.id(), 1));
                origins.put(ann.getURI(), node.sourceUrl().at());
                ann.addProperty(RDF.type, OA.Annotation);
                ann.addProperty(OA.motivatedBy, OA.describing);
                ann.addProperty(OA.hasBody, claim);
                ann.addProperty(OA.hasTarget, m.createResource(node.sourceUrl().value()));
            }
            for (AnchoredQuote q : anchors.getOrDefault(node.id(), List.of())) {
                mapQuote(m, origins, docId, node, claim, doc, q.number(), q.anchor(), q.at());
            }
        }
        for (FactorSpec f : map.factors()) {
            Resource c = m.createResource(Iris.factor(f.id()));
            origins.put(c.getURI(), f.at());
            c.addProperty(RDF.type, SKOS.Concept);
            c.addProperty(SKOS.inScheme, m.createResource(Iris.FACTOR_SCHEME));
            c.addProperty(SKOS.broader, m.createResource(Iris.factor(f.broader().value())));
            c.addProperty(SKOS.notation, f.id());
            addText(c, SKOS.prefLabel, f.label());
            addText(c, SKOS.definition, f.definition());
        }
        return new DocumentGraph(docId, map.file(), m, origins, source.hasNoText() ? null : source.body());
    }

    private static void actorLink(Model m, Resource doc, org.apache.jena.rdf.model.Property p, Located<String> actor) {
        if (actor != null) {
            doc.addProperty(p, m.createResource(Iris.actor(actor.value())));
        }
    }

    private static void addText(Resource r, org.apache.jena.rdf.model.Property p, Text text) {
        text.byLanguage().forEach((lang, value) -> r.addProperty(p, value, lang));
    }

    private static void mapRelation(Model m, Map<String, Position> origins, String docId, NodeSpec node,
            Resource claim, RelationSpec r) {
        Resource target = m.createResource(Iris.node(r.target().docId(), r.target().nodeId()));
        claim.addProperty(m.createProperty(Ns.ARGKG + r.kind().property()), target);
        Resource rel = m.createResource(Iris.relation(docId, node.id(), r.kind().word(), r.target().docId(), r.target().nodeId()));
        origins.put(rel.getURI(), r.at());
        rel.addProperty(RDF.type, m.createResource(Ns.ARGKG + r.kind().className()));
        // its superclasses, written out as for claims: argkg:Relation and the AIF scheme node classes
        rel.addProperty(RDF.type, Argkg.Relation);
        rel.addProperty(RDF.type, m.createResource(Ns.AIF + r.kind().aifNodeClass()));
        rel.addProperty(RDF.type, m.createResource(Ns.AIF + "S-node"));
        rel.addProperty(Aif.Premise, claim);
        rel.addProperty(Aif.Conclusion, target);
        rel.addProperty(Argkg.basis, m.createResource(Ns.ARGKG + r.basis().individual()));
        rel.addProperty(Argkg.statedIn, m.createResource(Iris.document(docId)));
        if (r.note() != null && !r.note().isBlank()) {
            rel.addProperty(RDFS.comment, r.note().strip(), "en");
        }
    }

    /**
     * A relation between documents: the direct triples (argkg and ELI / Dublin Core terms) and a
     * qualified node carrying kind, date, basis and note. Never a relation between claims.
     */
    private static void mapDocumentRelation(Model m, Map<String, Position> origins, String docId, Resource doc,
            String docDate, DocumentRelationSpec r) {
        Resource other = m.createResource(Iris.document(r.target().value()));
        for (org.apache.jena.rdf.model.Property p : directProperties(r.kind())) {
            doc.addProperty(p, other);
        }
        Resource rel = m.createResource(Iris.documentRelation(docId, r.kind().word(), r.target().value()));
        origins.put(rel.getURI(), r.at());
        rel.addProperty(RDF.type, Argkg.DocumentRelation);
        rel.addProperty(Argkg.relationKind, r.kind().word());
        rel.addProperty(Argkg.fromDocument, doc);
        rel.addProperty(Argkg.toDocument, other);
        rel.addProperty(Argkg.statedIn, doc);
        String date = r.date() != null ? r.date().value() : docDate;
        if (date != null) {
            rel.addProperty(DCTerms.date, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        }
        if (r.basis() != null) {
            rel.addProperty(Argkg.basis, m.createResource(Ns.ARGKG + r.basis().individual()));
        }
        if (r.note() != null && !r.note().isBlank()) {
            rel.addProperty(RDFS.comment, r.note().strip(), "en");
        }
    }

    /** The direct properties of a kind of relation between documents, most specific first. */
    static List<org.apache.jena.rdf.model.Property> directProperties(DocumentRelationKind kind) {
        return switch (kind) {
            case REVOKES -> List.of(Argkg.revokes, Argkg.eliRepeals);
            case REPEALS -> List.of(Argkg.eliRepeals);
            case AMENDS -> List.of(Argkg.eliAmends);
            case IMPLEMENTS -> List.of(Argkg.implements_, DCTerms.references);
            case RESPONDS_TO -> List.of(Argkg.respondsTo, DCTerms.references);
            case CITES -> List.of(Argkg.eliCites, DCTerms.references);
        };
    }

    private static void mapQuote(Model m, Map<String, Position> origins, String docId, NodeSpec node, Resource claim,
            Resource doc, int n, Anchor a, Position at) {
        String base = Iris.quote(docId, node.id(), n);
        Resource ann = m.createResource(base);
        Resource target = m.createResource(base + "/target");
        Resource tq = m.createResource(base + "/text-quote");
        Resource tp = m.createResource(base + "/text-position");
        for (Resource r : List.of(ann, target, tq, tp)) {
            origins.put(r.getURI(), at);
        }
        ann.addProperty(RDF.type, OA.Annotation);
        ann.addProperty(OA.motivatedBy, OA.describing);
        ann.addProperty(OA.hasBody, claim);
        ann.addProperty(OA.hasTarget, target);
        target.addProperty(RDF.type, OA.SpecificResource);
        target.addProperty(OA.hasSource, doc);
        target.addProperty(OA.hasSelector, tq);
        target.addProperty(OA.hasSelector, tp);
        tq.addProperty(RDF.type, OA.TextQuoteSelector);
        tq.addProperty(OA.exact, a.exact());
        if (!a.prefix().isEmpty()) {
            tq.addProperty(OA.prefix, a.prefix());
        }
        if (!a.suffix().isEmpty()) {
            tq.addProperty(OA.suffix, a.suffix());
        }
        tp.addProperty(RDF.type, OA.TextPositionSelector);
        tp.addProperty(OA.start, m.createTypedLiteral(Integer.toString(a.start()), XSDDatatype.XSDnonNegativeInteger));
        tp.addProperty(OA.end, m.createTypedLiteral(Integer.toString(a.end()), XSDDatatype.XSDnonNegativeInteger));
    }

    /** The shared actor registry as RDF, for the actors graph. */
    public Model mapActors(ActorRegistry registry) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Ns.prefixMapping());
        for (Actor a : registry.all()) {
            Resource r = m.createResource(Iris.actor(a.id()));
            r.addProperty(RDF.type, Argkg.Actor);
            r.addProperty(RDF.type, m.createResource(a.kind().classIri()));
            addText(r, RDFS.label, a.label());
            if (a.wikidata() != null) {
                r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(a.wikidata())));
            }
            if (a.affiliation() != null) {
                r.addProperty(Schema.affiliation, m.createResource(Iris.actor(a.affiliation())));
            }
        }
        return m;
    }
}
