package org.argkg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.argkg.actors.ActorReader;
import org.argkg.actors.ActorRegistry;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.io.TextFiles;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.RelationSpec;
import org.argkg.rdf.DocumentGraph;
import org.argkg.rdf.GraphMapper;
import org.argkg.ontology.Ontology;
import org.argkg.quote.AnchoredQuote;
import org.argkg.source.SourceDocument;
import org.argkg.source.SourceReader;
import org.argkg.validation.MapChecker;
import org.argkg.validation.NodeIndex;
import org.argkg.validation.ShapesCheck;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.yaml.YamlLoader;

/**
 * The pipeline from a seeds folder to checked RDF graphs: read the actor registry, read every map
 * and its source, check references and quotes, map to RDF, validate with SHACL. All problems of all
 * documents are collected; nothing is thrown for bad input.
 */
public final class GraphBuilder {

    private final Ontology ontology;
    private final YamlLoader yaml = new YamlLoader();
    private final ArgumentMapReader argumentMapReader = new ArgumentMapReader(yaml);
    private final SourceReader sourceReader = new SourceReader(yaml);
    private final GraphMapper mapper = new GraphMapper();

    public GraphBuilder(Ontology ontology) {
        this.ontology = ontology;
    }

    public GraphBuilder() {
        this(Ontology.load());
    }

    /** Builds every document of the corpus, keeping every graph in memory (for small corpora and tests). */
    public BuildResult build(Corpus corpus) {
        return build(corpus, null);
    }

    /**
     * Builds the documents of the corpus whose folders are in {@code only} (all when null), keeping
     * their graphs; the other documents are read only to resolve references into them.
     */
    public BuildResult build(Corpus corpus, List<Path> only) {
        List<DocumentGraph> docs = new ArrayList<>();
        BuildResult r = stream(corpus, only, docs::add);
        docs.sort(java.util.Comparator.comparing(DocumentGraph::docId));
        return new BuildResult(List.copyOf(docs), r.ontologyGraph(), r.actorsGraph(), r.diagnostics());
    }

    /**
     * Builds the selected documents one at a time and hands each valid graph to {@code sink} as soon as
     * it is checked, so memory does not grow with the corpus: only the ids of every document's nodes
     * and the factors maps add are held (to resolve references across documents). The result carries
     * the diagnostics and the shared graphs, not the documents; when it has errors, what the sink
     * received must be discarded.
     */
    public BuildResult stream(Corpus corpus, List<Path> only, Consumer<DocumentGraph> sink) {
        Diagnostics diags = new Diagnostics();
        ActorRegistry actors = readActors(corpus, diags);
        // with a broken registry, SHACL on the documents would only repeat its problems
        boolean registryOk = !diags.hasErrors();

        // pass 1: ids of every document's nodes, added factors, per-document read status
        List<Path> folders = corpus.documentFolders();
        List<Path> selectedFolders = new ArrayList<>();
        Map<Path, Boolean> readOk = new LinkedHashMap<>();
        NodeIndex index = new NodeIndex();
        List<AddedFactor> added = new ArrayList<>();
        Map<String, Path> seenIds = new LinkedHashMap<>();
        for (Path folder : folders) {
            boolean selected = only == null || only.stream().anyMatch(o -> sameFile(o, folder));
            Diagnostics local = new Diagnostics();
            Path mapFile = folder.resolve(Corpus.MAP_FILE);
            Optional<ArgumentMap> map = TextFiles.read(mapFile, local).flatMap(t -> argumentMapReader.read(mapFile, t, local));
            if (selected) {
                diags.addAll(local);
                readOk.put(folder, !local.hasErrors());
            }
            map.ifPresent(m -> {
                String folderName = folder.getFileName().toString();
                if (!m.docId().equals(folderName) && selected) {
                    readOk.put(folder, false);
                    diags.error(mapFile, m.document().idAt(), "MAP_DOC_ID",
                            "document id '" + m.docId() + "' must equal the name of its folder, '" + folderName + "'");
                }
                Path other = seenIds.putIfAbsent(m.docId(), mapFile);
                if (other != null && selected) {
                    readOk.put(folder, false);
                    diags.error(mapFile, m.document().idAt(), "MAP_DUPLICATE_DOC_ID",
                            "document id '" + m.docId() + "' is also used by " + other);
                }
                index.add(m);
                m.factors().forEach(f -> added.add(new AddedFactor(m.file(), f, selected)));
                if (selected) {
                    selectedFolders.add(folder);
                }
            });
        }

        Model ontologyGraph = ontology.ontologyGraph();
        Model actorsGraph = mapper.mapActors(actors);
        Set<String> factors = new TreeSet<>(ontology.factorIds());
        checkAddedFactors(added, factors, diags);
        MapChecker checker = new MapChecker(factors, ontology.factorGroups(), actors, index);
        ShapesCheck shapes = new ShapesCheck(ontology.shapes());
        Graph context = new MultiUnion(new Graph[] {ontologyGraph.getGraph(), actorsGraph.getGraph()});

        // pass 2: one document at a time
        for (Path folder : selectedFolders) {
            Path mapFile = folder.resolve(Corpus.MAP_FILE);
            Diagnostics reread = new Diagnostics(); // already reported in pass 1
            Optional<ArgumentMap> maybeMap = TextFiles.read(mapFile, reread).flatMap(t -> argumentMapReader.read(mapFile, t, reread));
            if (maybeMap.isEmpty()) {
                continue;
            }
            ArgumentMap map = maybeMap.get();
            Diagnostics local = new Diagnostics();
            Path sourceFile = folder.resolve(map.document().source());
            boolean present = Files.isRegularFile(sourceFile);
            boolean inside = corpus.holds(sourceFile) && corpus.holds(mapFile);
            Optional<SourceDocument> source = present && inside
                    ? TextFiles.read(sourceFile, local).flatMap(t -> sourceReader.read(sourceFile, t, local))
                    : Optional.empty();
            if (!present) {
                local.error(map.file(), map.document().idAt(), "SOURCE_MISSING",
                        "source file '" + map.document().source() + "' not found next to the map");
            } else if (!inside) {
                local.error(map.file(), map.document().idAt(), "SOURCE_OUTSIDE", "'" + (corpus.holds(mapFile) ? sourceFile : mapFile)
                        + "' is a link to a file outside the seeds folder " + corpus.root() + "; copy the file in instead");
            }
            Map<String, List<AnchoredQuote>> anchors = checker.check(map, source.orElse(null), local);
            boolean mapOk = !local.hasErrors() && readOk.getOrDefault(folder, false) && registryOk;
            diags.addAll(local);
            if (!mapOk || source.isEmpty()) {
                continue; // SHACL on a graph built from a broken map would only repeat the problems
            }
            DocumentGraph mapped = mapper.map(map, source.get(), anchors);
            Graph data = new MultiUnion(new Graph[] {context, externalClaims(map).getGraph()});
            long before = diags.errorCount();
            shapes.check(mapped, data, diags);
            if (diags.errorCount() == before) {
                sink.accept(mapped);
            }
        }
        return new BuildResult(List.of(), ontologyGraph, actorsGraph, diags);
    }

    /** A factor added by a map, and whether its map is one of those being built (to report problems). */
    private record AddedFactor(Path file, org.argkg.argmap.FactorSpec spec, boolean selected) {
    }

    /** Factors added by maps join the scheme; an id may be defined once, and not redefine the ontology's. */
    private void checkAddedFactors(List<AddedFactor> added, Set<String> factors, Diagnostics diags) {
        Map<String, Path> definedBy = new java.util.HashMap<>();
        for (AddedFactor a : added) {
            String id = a.spec().id();
            if (ontology.isFactor(id) && a.selected()) {
                diags.error(a.file(), a.spec().at(), "MAP_DUPLICATE_FACTOR", "factor '" + id + "' is already in the shared scheme");
            } else if (definedBy.containsKey(id) && a.selected()) {
                diags.error(a.file(), a.spec().at(), "MAP_DUPLICATE_FACTOR", "factor '" + id + "' is also defined in "
                        + definedBy.get(id));
            }
            definedBy.putIfAbsent(id, a.file());
            factors.add(id);
        }
    }

    private ActorRegistry readActors(Corpus corpus, Diagnostics diags) {
        Path file = corpus.actorsFile();
        if (!Files.isRegularFile(file)) {
            diags.warning(file, Position.UNKNOWN, "ACTORS_MISSING",
                    "no actor registry; every actor named in a map will be unknown");
            return ActorRegistry.empty();
        }
        return TextFiles.read(file, diags).map(t -> new ActorReader(yaml).read(file, t, diags))
                .orElse(ActorRegistry.empty());
    }

    /** Claims and documents of other documents that this map points at, typed, so SHACL can check the links. */
    private static Model externalClaims(ArgumentMap map) {
        Model m = ModelFactory.createDefaultModel();
        for (org.argkg.argmap.DocumentRelationSpec r : map.document().relations()) {
            m.add(m.createResource(Iris.document(r.target().value())), RDF.type, Argkg.Document);
        }
        for (NodeSpec n : map.nodes()) {
            for (RelationSpec r : n.relations()) {
                if (!r.target().docId().equals(map.docId())) {
                    m.add(m.createResource(Iris.node(r.target().docId(), r.target().nodeId())), RDF.type, Argkg.Claim);
                }
            }
        }
        return m;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
