package org.argkg.vocab;

/**
 * Every IRI argkg mints, derived from ids only (never random), so two builds of the same input
 * give the same graph.
 */
public final class Iris {

    public static final String ONTOLOGY_GRAPH = Ns.GRAPH + "ontology";
    public static final String ACTORS_GRAPH = Ns.GRAPH + "actors";
    public static final String FACTOR_SCHEME = Ns.FACTOR + "scheme";

    private Iris() {
    }

    public static String document(String docId) {
        return Ns.ID + docId;
    }

    public static String documentGraph(String docId) {
        return Ns.GRAPH + docId;
    }

    /** The document id of a document graph IRI, or null when the IRI is not one. */
    public static String docIdOfGraph(String graphIri) {
        if (!graphIri.startsWith(Ns.GRAPH)) {
            return null;
        }
        String rest = graphIri.substring(Ns.GRAPH.length());
        if (rest.isEmpty() || rest.contains("/") || graphIri.equals(ONTOLOGY_GRAPH) || graphIri.equals(ACTORS_GRAPH)) {
            return null;
        }
        return rest;
    }

    public static String node(String docId, String nodeId) {
        return document(docId) + "/" + nodeId;
    }

    public static String relation(String docId, String fromNode, String kind, String targetDoc, String targetNode) {
        String target = targetDoc.equals(docId) ? targetNode : targetDoc + "." + targetNode;
        return node(docId, fromNode) + "/" + kind + "/" + target;
    }

    /** The qualified node of a relation between documents: {@code id:DOC/KIND/OTHER}. */
    public static String documentRelation(String docId, String kind, String otherDocId) {
        return document(docId) + "/" + kind + "/" + otherDocId;
    }

    /** The first publication of a document that was republished: {@code id:DOC#original}. */
    public static String originalPublication(String docId) {
        return document(docId) + "#original";
    }

    public static String quote(String docId, String nodeId, int n) {
        return node(docId, nodeId) + "/quote/" + n;
    }

    public static String actor(String actorId) {
        return Ns.ACTOR + actorId;
    }

    public static String factor(String factorId) {
        return Ns.FACTOR + factorId;
    }

    public static String wikidata(String qid) {
        return Ns.WD + qid;
    }
}
