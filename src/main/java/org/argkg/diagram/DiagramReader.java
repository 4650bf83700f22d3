package org.argkg.diagram;

import org.apache.jena.vocabulary.DCTerms;
import org.argkg.vocab.Aif;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagram.ArgumentDiagram.Claim;
import org.argkg.diagram.ArgumentDiagram.DocumentInfo;
import org.argkg.diagram.ArgumentDiagram.OtherDocument;
import org.argkg.diagram.ArgumentDiagram.Relation;
import org.argkg.argmap.Basis;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;
import org.argkg.store.StoreView;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/** Reads what the diagram of a document shows from the graphs of the store. */
final class DiagramReader {

    private DiagramReader() {
    }

    /** The diagram of {@code docId}, from the union of the store's graphs. */
    public static ArgumentDiagram read(StoreView store, String docId) {
        if (!store.documentIds().contains(docId)) {
            throw new ArgkgException("the store has no document '" + docId + "'");
        }
        return read(store.union(), docId);
    }

    /** The diagram of {@code docId}, from a model holding the union of the graphs. */
    public static ArgumentDiagram read(Model union, String docId) {
        Resource doc = union.createResource(Iris.document(docId));
        Map<String, Claim> own = new TreeMap<>();
        union.listResourcesWithProperty(Argkg.statedIn, doc).forEachRemaining(r -> {
            if (r.isURIResource() && role(r) != null) {
                own.put(r.getURI(), claim(union, r));
            }
        });

        List<Relation> relations = new ArrayList<>();
        List<Resource[]> between = new ArrayList<>();
        Set<String> farEnds = new TreeSet<>();
        for (RelationKind kind : RelationKind.values()) {
            union.listResourcesWithProperty(RDF.type, union.createResource(Ns.ARGKG + kind.className())).forEachRemaining(r -> {
                Resource from = object(r, Aif.Premise);
                Resource to = object(r, Aif.Conclusion);
                if (from == null || to == null || !r.isURIResource()) {
                    return;
                }
                boolean fromOwn = own.containsKey(from.getURI());
                boolean toOwn = own.containsKey(to.getURI());
                if (!fromOwn && !toOwn) {
                    between.add(new Resource[] {r, from, to});
                    return;
                }
                relations.add(relation(r, from, to, kind, docId));
                if (!fromOwn) {
                    farEnds.add(from.getURI());
                }
                if (!toOwn) {
                    farEnds.add(to.getURI());
                }
            });
        }
        // relations among the claims of other documents drawn (shown with the scope 'all')
        for (Resource[] b : between) {
            if (farEnds.contains(b[1].getURI()) && farEnds.contains(b[2].getURI())) {
                for (RelationKind kind : RelationKind.values()) {
                    if (b[0].hasProperty(RDF.type, union.createResource(Ns.ARGKG + kind.className()))) {
                        relations.add(relation(b[0], b[1], b[2], kind, docId));
                        break;
                    }
                }
            }
        }
        relations.sort(Comparator.comparing(Relation::from).thenComparing(Relation::to)
                .thenComparing(Relation::kind).thenComparing(Relation::iri));

        Map<String, List<Claim>> byDoc = new TreeMap<>();
        for (String iri : farEnds) {
            Claim c = claim(union, union.createResource(iri));
            byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
        }
        List<OtherDocument> others = new ArrayList<>();
        byDoc.forEach((id, claims) -> {
            claims.sort(CLAIM_ORDER);
            others.add(new OtherDocument(info(union, id), List.copyOf(claims)));
        });
        others.sort(Comparator.comparing((OtherDocument o) -> o.document().date()).thenComparing(o -> o.document().id()));

        List<Claim> claims = new ArrayList<>(own.values());
        claims.sort(CLAIM_ORDER);
        return new ArgumentDiagram(info(union, docId), List.copyOf(claims), List.copyOf(relations), List.copyOf(others));
    }

    private static Relation relation(Resource r, Resource from, Resource to, RelationKind kind, String docId) {
        Resource basis = object(r, Argkg.basis);
        Resource statedIn = object(r, Argkg.statedIn);
        String note = literal(r, RDFS.comment, "en");
        return new Relation(r.getURI(), from.getURI(), to.getURI(), kind,
                basis != null && basis.equals(Argkg.Interpretive) ? Basis.INTERPRETIVE : Basis.EXPLICIT,
                statedIn == null ? docId : docIdOf(statedIn.getURI()), note);
    }

    static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> c.role() == null ? Role.values().length : c.role().ordinal())
            .thenComparing(Claim::nodeId);

    private static DocumentInfo info(Model m, String docId) {
        Resource doc = m.createResource(Iris.document(docId));
        Map<String, String> titles = texts(doc, DCTerms.title);
        Statement date = doc.getProperty(DCTerms.date);
        return new DocumentInfo(docId, titles, date == null ? "" : date.getObject().asLiteral().getLexicalForm());
    }

    private static Claim claim(Model m, Resource r) {
        String iri = r.getURI();
        Resource statedIn = object(r, Argkg.statedIn);
        String docId = statedIn != null ? docIdOf(statedIn.getURI()) : docIdOfClaim(iri);
        String prefix = Iris.document(docId) + "/";
        String nodeId = iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
        Resource factor = object(r, Argkg.factor);
        String factorId = factor == null ? null
                : factor.getURI().startsWith(Ns.FACTOR) ? factor.getURI().substring(Ns.FACTOR.length()) : factor.getURI();
        return new Claim(iri, docId, nodeId, role(r), texts(r, RDFS.label), texts(r, Argkg.statement), factorId);
    }

    private static Role role(Resource r) {
        for (Role role : Role.values()) {
            if (r.hasProperty(RDF.type, r.getModel().createResource(Ns.ARGKG + role.className()))) {
                return role;
            }
        }
        return null;
    }

    /** The document id of a document IRI. */
    private static String docIdOf(String docIri) {
        return docIri.startsWith(Ns.ID) ? docIri.substring(Ns.ID.length()) : docIri;
    }

    /** The document id of a claim IRI ({@code …/id/<doc>/<node>}). */
    private static String docIdOfClaim(String iri) {
        if (!iri.startsWith(Ns.ID)) {
            return "";
        }
        String rest = iri.substring(Ns.ID.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Resource object(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isResource() ? st.getObject().asResource() : null;
    }

    private static String literal(Resource s, Property p, String lang) {
        Map<String, String> t = texts(s, p);
        return t.getOrDefault(lang, t.values().stream().findFirst().orElse(null));
    }

    /** Literal values by language tag (the smallest value when a language has several, for determinism). */
    private static Map<String, String> texts(Resource s, Property p) {
        Map<String, String> byLang = new TreeMap<>();
        s.listProperties(p).forEachRemaining(st -> {
            RDFNode o = st.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                byLang.merge(l.getLanguage().toLowerCase(java.util.Locale.ROOT), l.getLexicalForm(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        return new LinkedHashMap<>(byLang);
    }
}
