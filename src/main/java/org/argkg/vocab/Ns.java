package org.argkg.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The namespaces argkg writes, and the prefix mapping every export uses. */
public final class Ns {

    public static final String ARGKG = "https://w3id.org/argkg/ontology#";
    public static final String AIF = "http://www.arg.dundee.ac.uk/aif#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";

    public static final String BASE = "https://w3id.org/argkg/";
    public static final String ID = BASE + "id/";
    public static final String ACTOR = BASE + "actor/";
    public static final String FACTOR = BASE + "factor/";
    public static final String GRAPH = BASE + "graph/";

    private Ns() {
    }

    /** Prefixes in a fixed order, so that exports are byte-identical run after run. */
    public static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("argkg", ARGKG);
        m.put("aif", AIF);
        m.put("schema", SCHEMA);
        m.put("dcterms", DCTERMS);
        m.put("skos", SKOS);
        m.put("oa", OA);
        m.put("owl", OWL);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        m.put("wd", WD);
        m.put("eli", ELI);
        m.put("id", ID);
        m.put("actor", ACTOR);
        m.put("factor", FACTOR);
        return m;
    }

    public static PrefixMapping prefixMapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        prefixes().forEach(pm::setNsPrefix);
        return pm.lock();
    }
}
