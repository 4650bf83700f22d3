package org.argkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.argkg.map.DocumentMap;
import org.argkg.map.MapReader;
import org.argkg.map.NodeSpec;
import org.argkg.map.RelationSpec;
import org.argkg.mapping.MappedDocument;
import org.argkg.mapping.Mapper;
import org.argkg.ontology.Ontology;
import org.argkg.quote.Anchor;
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
    private final MapReader mapReader = new MapReader(yaml);
    private final SourceReader sourceReader = new SourceReader(yaml);
    private final Mapper mapper = new Mapper();

    public GraphBuilder(Ontology ontology) {
        this.ontology = ontology;
    }

    public GraphBuilder() {
        this(Ontology.load());
    }

    /** Builds every document of the corpus. */
    public BuildResult build(Corpus corpus) {
        return build(corpus, null);
    }

    /**
     * Builds the documents of the corpus whose folders are in {@code only} (all when null); the other
     * documents are read only to resolve references into them.
     */
    public BuildResult build(Corpus corpus, List<Path> only) {
        Diagnostics diags = new Diagnostics();
        ActorRegistry actors = readActors(corpus, diags);
        // with a broken registry, SHACL on the documents would only repeat its problems
        boolean registryOk = !diags.hasErrors();

        List<Path> folders = corpus.documentFolders();
        Map<Path, DocumentMap> maps = new LinkedHashMap<>();
        Map<Path, Boolean> readOk = new LinkedHashMap<>();
        NodeIndex index = new NodeIndex();
        List<DocumentMap> allMaps = new ArrayList<>();
        Map<String, Path> seenIds = new LinkedHashMap<>();
        for (Path folder : folders) {
            boolean selected = only == null || only.stream().anyMatch(o -> sameFile(o, folder));
            Diagnostics local = new Diagnostics();
            Path mapFile = folder.resolve(Corpus.MAP_FILE);
            Optional<DocumentMap> map = TextFiles.read(mapFile, local).flatMap(t -> mapReader.read(mapFile, t, local));
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
                allMaps.add(m);
                if (selected) {
                    maps.put(folder, m);
                }
            });
        }

        Model ontologyGraph = ontology.ontologyGraph();
        Model actorsGraph = mapper.mapActors(actors);
        Set<String> factors = new TreeSet<>(ontology.factorIds());
        checkAddedFactors(allMaps, factors, diags, maps.values());
        MapChecker checker = new MapChecker(factors, actors, index);
        ShapesCheck shapes = new ShapesCheck(ontology.shapes());
        List<MappedDocument> docs = new ArrayList<>();
        for (Map.Entry<Path, DocumentMap> e : maps.entrySet()) {
            DocumentMap map = e.getValue();
            Diagnostics local = new Diagnostics();
            Path sourceFile = e.getKey().resolve(map.document().source());
            Optional<SourceDocument> source = Files.isRegularFile(sourceFile)
                    ? TextFiles.read(sourceFile, local).flatMap(t -> sourceReader.read(sourceFile, t, local))
                    : Optional.empty();
            if (!Files.isRegularFile(sourceFile)) {
                local.error(map.file(), map.document().idAt(), "SOURCE_MISSING",
                        "source file '" + map.document().source() + "' not found next to the map");
            }
            Map<String, List<Anchor>> anchors = checker.check(map, source.orElse(null), local);
            boolean mapOk = !local.hasErrors() && readOk.getOrDefault(e.getKey(), false) && registryOk;
            diags.addAll(local);
            if (!mapOk || source.isEmpty()) {
                continue; // SHACL on a graph built from a broken map would only repeat the problems
            }
            MappedDocument mapped = mapper.map(map, source.get(), anchors);
            Model context = ModelFactory.createDefaultModel();
            context.add(ontologyGraph);
            context.add(actorsGraph);
            context.add(externalClaims(map));
            shapes.check(mapped, context, diags);
            docs.add(mapped);
        }
        docs.sort(java.util.Comparator.comparing(MappedDocument::docId));
        return new BuildResult(List.copyOf(docs), ontologyGraph, actorsGraph, diags);
    }

    /** Factors added by maps join the scheme; an id may be defined once, and not redefine the ontology's. */
    private void checkAddedFactors(List<DocumentMap> all, Set<String> factors, Diagnostics diags,
            java.util.Collection<DocumentMap> selected) {
        Map<String, DocumentMap> definedBy = new java.util.HashMap<>();
        for (DocumentMap m : all) {
            for (org.argkg.map.FactorSpec f : m.factors()) {
                boolean report = selected.contains(m);
                if (ontology.isFactor(f.id()) && report) {
                    diags.error(m.file(), f.at(), "MAP_DUPLICATE_FACTOR", "factor '" + f.id() + "' is already in the shared scheme");
                } else if (definedBy.containsKey(f.id()) && report) {
                    diags.error(m.file(), f.at(), "MAP_DUPLICATE_FACTOR", "factor '" + f.id() + "' is also defined in "
                            + definedBy.get(f.id()).file());
                }
                definedBy.putIfAbsent(f.id(), m);
                factors.add(f.id());
            }
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

    /** Claims of other documents that this map points at, typed, so SHACL can check the links. */
    private static Model externalClaims(DocumentMap map) {
        Model m = ModelFactory.createDefaultModel();
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
