package org.argkg.aif;

import org.apache.jena.vocabulary.DCTerms;
import org.argkg.vocab.OA;
import org.argkg.vocab.Aif;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.map.Basis;
import org.argkg.map.Genre;
import org.argkg.map.RelationKind;
import org.argkg.map.Role;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * Turns the graph of one document into an AIF nodeset: each claim an I node whose text is its
 * statement in the document's language (English when the document has no language or no statement
 * in it), each support and evidence relation an RA node, each attack a CA node, each restatement an
 * MA node, with edges premise → scheme node → conclusion. A claim of another document that a
 * relation points to is an I node too. Node ids number all nodes in the order of their IRIs, and
 * edge ids follow the scheme nodes in that order, so the same graph always gives the same nodeset.
 * argkg's own fields ({@link NodeExtension}, {@link DocumentExtension}) carry what AIF has no place
 * for: both languages, roles, factors, actors, bases and notes.
 */
public final class GraphToNodeset {

    /**
     * @param graph the document's graph
     * @param others the graphs of other documents, where the texts of claims that the document's
     *     relations point to are looked up (may be empty)
     */
    public AifNodeset convert(String docId, Model graph, Model others) {
        Resource doc = graph.createResource(Iris.document(docId));
        String lang = literal(doc, DCTerms.language).orElse("en");
        String date = literal(doc, DCTerms.date).orElse(null);
        String timestamp = date == null ? null : date + " 00:00:00";

        // claims of this document, relations, and claims of other documents they point to
        Map<String, Resource> claims = new TreeMap<>();
        graph.listSubjectsWithProperty(Argkg.statedIn, doc).forEachRemaining(r -> {
            if (r.isURIResource() && role(r).isPresent()) {
                claims.put(r.getURI(), r);
            }
        });
        Map<String, Resource> relations = new TreeMap<>();
        for (RelationKind k : RelationKind.values()) {
            graph.listSubjectsWithProperty(RDF.type, graph.createResource(Ns.ARGKG + k.className()))
                    .forEachRemaining(r -> relations.put(r.getURI(), r));
        }
        Map<String, Resource> external = new TreeMap<>();
        for (Resource rel : relations.values()) {
            for (Property p : List.of(Aif.Premise, Aif.Conclusion)) {
                Resource c = rel.getPropertyResourceValue(p);
                if (c != null && c.isURIResource() && !claims.containsKey(c.getURI())) {
                    external.put(c.getURI(), c);
                }
            }
        }
        TreeSet<String> iris = new TreeSet<>();
        iris.addAll(claims.keySet());
        iris.addAll(relations.keySet());
        iris.addAll(external.keySet());
        Map<String, String> ids = new LinkedHashMap<>();
        for (String iri : iris) {
            ids.put(iri, Integer.toString(ids.size() + 1));
        }

        List<AifNode> nodes = new ArrayList<>();
        List<AifEdge> edges = new ArrayList<>();
        for (String iri : iris) {
            String id = ids.get(iri);
            if (claims.containsKey(iri)) {
                Resource c = claims.get(iri);
                Map<String, String> statement = texts(c, Argkg.statement);
                NodeExtension x = new NodeExtension(docId, localId(iri, docId), role(c).orElse(null),
                        texts(c, RDFS.label), statement,
                        strip(c.getPropertyResourceValue(Argkg.factor), Ns.FACTOR),
                        values(c, Argkg.involves).stream().map(a -> strip(a, Ns.ACTOR)).sorted().toList(),
                        sourceUrl(graph, c), null, null, null, null);
                nodes.add(new AifNode(id, AifType.I, pick(statement, lang).orElse(localId(iri, docId)), timestamp, null, x, null));
            } else if (external.containsKey(iri)) {
                Resource c = external.get(iri).inModel(others);
                String[] ref = reference(iri);
                Map<String, String> statement = texts(c, Argkg.statement);
                String text = pick(statement, lang).orElse(ref == null ? iri : ref[0] + "#" + ref[1]);
                NodeExtension x = ref == null ? null
                        : new NodeExtension(ref[0], ref[1], null, null, null, null, null, null, null, null, null, null);
                nodes.add(new AifNode(id, AifType.I, text, timestamp, null, x, null));
            } else {
                Resource r = relations.get(iri);
                RelationKind kind = kind(r);
                AifType type = switch (kind) {
                    case SUPPORTS, EVIDENCE_FOR -> AifType.RA;
                    case ATTACKS -> AifType.CA;
                    case RESTATES -> AifType.MA;
                };
                Basis basis = basis(r);
                String note = texts(r, RDFS.comment).get("en");
                NodeExtension x = new NodeExtension(null, null, null, null, null, null, null, null, kind, basis, note, null);
                nodes.add(new AifNode(id, type, type.defaultText(), timestamp, null, x, null));
                Resource premise = r.getPropertyResourceValue(Aif.Premise);
                Resource conclusion = r.getPropertyResourceValue(Aif.Conclusion);
                if (premise != null && ids.containsKey(premise.getURI())) {
                    edges.add(new AifEdge(Integer.toString(edges.size() + 1), ids.get(premise.getURI()), id, null));
                }
                if (conclusion != null && ids.containsKey(conclusion.getURI())) {
                    edges.add(new AifEdge(Integer.toString(edges.size() + 1), id, ids.get(conclusion.getURI()), null));
                }
            }
        }
        Resource url = doc.getPropertyResourceValue(DCTerms.source);
        DocumentExtension d = new DocumentExtension(docId, texts(doc, DCTerms.title), date,
                literal(doc, DCTerms.language).orElse(null), url == null ? null : url.getURI(),
                literal(doc, Argkg.genre).flatMap(Genre::parse).orElse(null),
                strip(doc.getPropertyResourceValue(DCTerms.creator), Ns.ACTOR),
                strip(doc.getPropertyResourceValue(DCTerms.publisher), Ns.ACTOR),
                strip(doc.getPropertyResourceValue(Argkg.originalPublisher), Ns.ACTOR), null);
        return new AifNodeset(nodes, edges, List.of(), d);
    }

    private static Optional<Role> role(Resource r) {
        for (Role role : Role.values()) {
            if (r.hasProperty(RDF.type, r.getModel().createResource(Ns.ARGKG + role.className()))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static RelationKind kind(Resource r) {
        for (RelationKind k : RelationKind.values()) {
            if (r.hasProperty(RDF.type, r.getModel().createResource(Ns.ARGKG + k.className()))) {
                return k;
            }
        }
        throw new IllegalStateException("not a relation: " + r);
    }

    private static Basis basis(Resource r) {
        Resource b = r.getPropertyResourceValue(Argkg.basis);
        if (b == null) {
            return null;
        }
        for (Basis basis : Basis.values()) {
            if (b.getURI().equals(Ns.ARGKG + basis.individual())) {
                return basis;
            }
        }
        return null;
    }

    /** The statement in {@code lang}, else in English, else in the first language. */
    private static Optional<String> pick(Map<String, String> texts, String lang) {
        if (texts.containsKey(lang)) {
            return Optional.of(texts.get(lang));
        }
        if (texts.containsKey("en")) {
            return Optional.of(texts.get("en"));
        }
        return texts.values().stream().findFirst();
    }

    private static Map<String, String> texts(Resource r, Property p) {
        Map<String, String> m = new TreeMap<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                m.putIfAbsent(l.getLanguage().isEmpty() ? "und" : l.getLanguage(), l.getLexicalForm());
            }
        });
        return m;
    }

    private static Optional<String> literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getLiteral().getLexicalForm()) : Optional.empty();
    }

    private static List<Resource> values(Resource r, Property p) {
        List<Resource> l = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                l.add(s.getResource());
            }
        });
        return l;
    }

    private static String strip(RDFNode n, String ns) {
        if (n == null || !n.isURIResource()) {
            return null;
        }
        String iri = n.asResource().getURI();
        return iri.startsWith(ns) ? iri.substring(ns.length()) : null;
    }

    /** The URL a claim of a document without source text is annotated with, or null. */
    private static String sourceUrl(Model graph, Resource claim) {
        return graph.listSubjectsWithProperty(OA.hasBody, claim).toList().stream()
                .map(a -> a.getPropertyResourceValue(OA.hasTarget))
                .filter(t -> t != null && t.isURIResource() && !t.hasProperty(RDF.type, OA.SpecificResource)
                        && t.getURI().matches("https?://\\S+"))
                .map(Resource::getURI)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String localId(String iri, String docId) {
        String prefix = Iris.document(docId) + "/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
    }

    /** {doc, node} of a claim IRI {@code …/id/doc/node}, or null. */
    private static String[] reference(String iri) {
        if (!iri.startsWith(Ns.ID)) {
            return null;
        }
        String[] parts = iri.substring(Ns.ID.length()).split("/");
        return parts.length == 2 ? parts : null;
    }
}
