package org.argkg.evaluation.graph;

import org.argkg.vocab.Aif;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.store.StoreView;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * Reads the claims and their relations from the document graphs of the store — never from derived
 * graphs such as earlier evaluations.
 *
 * <ul>
 * <li>arguments: the instances of {@code argkg:Claim} or of a subclass of it (per the ontology
 * graph) that are {@code argkg:statedIn} one of the chosen documents;</li>
 * <li>attacks: {@code argkg:attacks} and its subproperties;</li>
 * <li>supports: {@code argkg:supports} and its subproperties (such as {@code argkg:evidenceFor}),
 * and {@code argkg:restates} in both directions (two claims that say the same commit to each
 * other);</li>
 * </ul>
 * between two chosen claims, wherever the relation is stated (a relation is stored in the graph of
 * its source claim's document, so relations across chosen documents are included).
 */
public final class ClaimGraphReader {

    static final Resource CLAIM = Argkg.Claim;
    static final Property RESTATES = org.apache.jena.rdf.model.ResourceFactory.createProperty(Ns.ARGKG + "restates");
    static final Property EVIDENCE_FOR = org.apache.jena.rdf.model.ResourceFactory.createProperty(Ns.ARGKG + "evidenceFor");
    private static final List<String> ROLE_CLASSES = List.of("Thesis", "Cause", "Counterforce", "Consequence", "Conclusion", "Premise");

    private ClaimGraphReader() {
    }

    /** The claims of the given documents (all documents of the store when the list is empty). */
    public static ClaimGraph read(StoreView store, List<String> docIds) {
        List<String> docs = docIds.isEmpty() ? store.documentIds() : docIds.stream().distinct().sorted().toList();
        Model data = ModelFactory.createDefaultModel();
        for (String d : docs) {
            store.graph(Iris.documentGraph(d)).ifPresent(data::add);
        }
        Model ontology = store.graph(Iris.ONTOLOGY_GRAPH).orElseGet(ModelFactory::createDefaultModel);
        return read(data, ontology, docs);
    }

    /**
     * The claims stated in {@code docIds} among the triples of {@code data}, with the class and
     * property hierarchy of {@code ontology}.
     */
    public static ClaimGraph read(Model data, Model ontology, List<String> docIds) {
        Set<String> docIris = new HashSet<>();
        docIds.forEach(d -> docIris.add(Iris.document(d)));

        Set<Resource> claimClasses = subTerms(ontology, CLAIM, RDFS.subClassOf);
        ROLE_CLASSES.forEach(c -> claimClasses.add(data.createResource(Ns.ARGKG + c)));

        Map<String, Claim> byIri = new TreeMap<>();
        for (Resource cls : claimClasses) {
            for (Resource r : data.listSubjectsWithProperty(RDF.type, cls).toList()) {
                if (!r.isURIResource() || byIri.containsKey(r.getURI())) {
                    continue;
                }
                String doc = docOf(r, docIris);
                if (doc == null) {
                    continue;
                }
                String docId = doc.substring(Ns.ID.length());
                String prefix = doc + "/";
                String nodeId = r.getURI().startsWith(prefix) ? r.getURI().substring(prefix.length()) : r.getURI();
                byIri.put(r.getURI(), new Claim(r.getURI(), docId, nodeId, role(r, claimClasses), label(r, "en"), label(r, "zh")));
            }
        }
        List<Claim> claims = new ArrayList<>(byIri.values());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i).iri(), i);
        }

        Map<String, String> relationNodes = relationNodes(data);
        List<Relation> attacks = new ArrayList<>();
        for (Property p : properties(ontology, Argkg.attacks)) {
            collect(data, p, index, relationNodes, "attacks", false, attacks);
        }
        List<Relation> supports = new ArrayList<>();
        for (Property p : properties(ontology, Argkg.supports)) {
            collect(data, p, index, relationNodes, verb(p), false, supports);
        }
        collect(data, RESTATES, index, relationNodes, "restates", true, supports);
        return new ClaimGraph(docIds, claims, dedupe(attacks), dedupe(supports));
    }

    private static String docOf(Resource r, Set<String> docIris) {
        String found = null;
        for (RDFNode d : r.getModel().listObjectsOfProperty(r, Argkg.statedIn).toList()) {
            if (d.isURIResource() && docIris.contains(d.asResource().getURI())
                    && (found == null || d.asResource().getURI().compareTo(found) < 0)) {
                found = d.asResource().getURI();
            }
        }
        return found;
    }

    private static String role(Resource r, Set<Resource> claimClasses) {
        List<String> roles = new ArrayList<>();
        for (RDFNode t : r.getModel().listObjectsOfProperty(r, RDF.type).toList()) {
            if (t.isURIResource() && claimClasses.contains(t.asResource()) && !t.equals(CLAIM)) {
                String uri = t.asResource().getURI();
                roles.add(uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        roles.sort(null);
        return roles.isEmpty() ? "" : roles.get(0);
    }

    private static String label(Resource r, String lang) {
        List<String> values = new ArrayList<>();
        for (RDFNode l : r.getModel().listObjectsOfProperty(r, RDFS.label).toList()) {
            if (l.isLiteral() && l.asLiteral().getLanguage().equalsIgnoreCase(lang)) {
                values.add(l.asLiteral().getLexicalForm());
            }
        }
        values.sort(null);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** {@code root} and everything below it by {@code relation}, transitively. */
    private static Set<Resource> subTerms(Model ontology, Resource root, Property relation) {
        Set<Resource> out = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Resource t = todo.remove(todo.size() - 1);
            if (out.add(t)) {
                for (Resource s : ontology.listSubjectsWithProperty(relation, t).toList()) {
                    if (s.isURIResource()) {
                        todo.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static List<Property> properties(Model ontology, Property root) {
        List<Property> out = new ArrayList<>();
        for (Resource r : subTerms(ontology, root, RDFS.subPropertyOf)) {
            out.add(ontology.createProperty(r.getURI()));
        }
        out.sort(Comparator.comparing(Property::getURI));
        return out;
    }

    private static String verb(Property p) {
        if (p.equals(Argkg.supports)) {
            return "supports";
        }
        if (p.equals(EVIDENCE_FOR)) {
            return Relation.EVIDENCE_FOR;
        }
        return p.getLocalName();
    }

    /** Relation nodes by "premise conclusion": the AIF form of each direct relation. */
    private static Map<String, String> relationNodes(Model data) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Statement> premises = data.listStatements(null, Aif.Premise, (RDFNode) null).toList();
        premises.sort(Comparator.comparing(s -> s.getSubject().toString()));
        for (Statement s : premises) {
            Resource rel = s.getSubject();
            if (!rel.isURIResource() || !s.getObject().isURIResource()) {
                continue;
            }
            for (RDFNode c : data.listObjectsOfProperty(rel, Aif.Conclusion).toList()) {
                if (!c.isURIResource()) {
                    continue;
                }
                boolean attack = data.contains(rel, RDF.type, Argkg.Attack);
                out.putIfAbsent((attack ? "A " : "S ") + s.getObject().asResource().getURI() + " " + c.asResource().getURI(), rel.getURI());
            }
        }
        return out;
    }

    private static void collect(Model data, Property p, Map<String, Integer> index, Map<String, String> nodes, String verb,
            boolean bothWays, List<Relation> into) {
        StmtIterator it = data.listStatements(null, p, (RDFNode) null);
        while (it.hasNext()) {
            Statement s = it.next();
            if (!s.getSubject().isURIResource() || !s.getObject().isURIResource()) {
                continue;
            }
            String a = s.getSubject().getURI();
            String b = s.getObject().asResource().getURI();
            Integer i = index.get(a);
            Integer j = index.get(b);
            if (i == null || j == null) {
                continue;
            }
            String kind = verb.equals("attacks") ? "A " : "S ";
            String node = nodes.get(kind + a + " " + b);
            into.add(new Relation(i, j, verb, node));
            if (bothWays) {
                into.add(new Relation(j, i, verb, node));
            }
        }
    }

    /** One relation per (from, to): the first by verb then IRI, sorted by from, to. */
    private static List<Relation> dedupe(List<Relation> rs) {
        Map<Long, Relation> m = new TreeMap<>();
        rs.sort(Comparator.comparing(Relation::verb, Comparator.comparing((String v) -> !v.equals("supports")).thenComparing(v -> v))
                .thenComparing(r -> r.relationIri() == null ? "~" : r.relationIri()));
        for (Relation r : rs) {
            m.putIfAbsent(((long) r.from() << 32) | r.to(), r);
        }
        return new ArrayList<>(m.values());
    }
}
