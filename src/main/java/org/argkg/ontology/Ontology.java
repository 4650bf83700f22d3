package org.argkg.ontology;

import org.apache.jena.vocabulary.SKOS;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Ns;

/**
 * The ontology, the factor scheme and the SHACL shapes, read from the copies packaged in the jar
 * (the files of {@code ontology/} in the repository).
 */
public final class Ontology {

    public static final String RESOURCE_DIR = "argkg/ontology/";
    public static final String ONTOLOGY_FILE = "argkg.ttl";
    public static final String FACTORS_FILE = "factors.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    private final Model ontology;
    private final Model factors;
    private final Shapes shapes;
    private final Set<String> factorIds;

    private Ontology(Model ontology, Model factors, Shapes shapes) {
        this.ontology = ontology;
        this.factors = factors;
        this.shapes = shapes;
        Set<String> ids = new TreeSet<>();
        factors.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Ns.FACTOR)) {
                ids.add(r.getURI().substring(Ns.FACTOR.length()));
            }
        });
        this.factorIds = java.util.Collections.unmodifiableSet(ids);
    }

    private static Ontology instance;

    /** Loads the packaged files once; they do not change while the program runs. */
    public static synchronized Ontology load() {
        if (instance == null) {
            Model ont = read(ONTOLOGY_FILE);
            Model fac = read(FACTORS_FILE);
            Graph shapesGraph = read(SHAPES_FILE).getGraph();
            instance = new Ontology(ont, fac, Shapes.parse(shapesGraph));
        }
        return instance;
    }

    private static Model read(String name) {
        String path = RESOURCE_DIR + name;
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ArgkgException("resource " + path + " is missing from the build");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(Ns.BASE).parse(m);
            return m;
        } catch (IOException e) {
            throw new ArgkgException("cannot read resource " + path + ": " + e.getMessage(), e);
        }
    }

    /** The ontology and the factor scheme together: the content of the ontology graph. */
    public Model ontologyGraph() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Ns.prefixMapping());
        m.add(ontology);
        m.add(factors);
        return m;
    }

    public Model factors() {
        return factors;
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Ids of the factor concepts, e.g. {@code cost}, sorted. */
    /**
     * The top concepts of the scheme (first-mover advantage, diffusion): they group the factors and
     * are the {@code broader} of added ones, but a claim names a factor, not a group.
     */
    public Map<String, Set<String>> factorGroups() {
        Map<String, Set<String>> groups = new TreeMap<>();
        factors.listSubjectsWithProperty(SKOS.topConceptOf).forEachRemaining(top -> {
            if (top.isURIResource() && top.getURI().startsWith(Ns.FACTOR)) {
                Set<String> under = new TreeSet<>();
                factors.listSubjectsWithProperty(SKOS.broader, top)
                        .forEachRemaining(f -> under.add(f.getURI().substring(Ns.FACTOR.length())));
                groups.put(top.getURI().substring(Ns.FACTOR.length()), Collections.unmodifiableSet(under));
            }
        });
        return Collections.unmodifiableMap(groups);
    }

    public Set<String> factorIds() {
        return factorIds;
    }

    public boolean isFactor(String id) {
        return factorIds.contains(id);
    }

    public Resource factor(String id) {
        return factors.createResource(Ns.FACTOR + id);
    }
}
