package org.argkg.aif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.io.TextFiles;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.RelationSpec;
import org.argkg.ontology.Ontology;
import org.argkg.validation.ShapesCheck;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;

/**
 * Reads an AIF nodeset file and turns it into a checked argkg document: read and check the
 * nodeset ({@link AifReader}), map it ({@link NodesetToGraph}), and validate the graph with the
 * project's SHACL shapes, reported at the nodes of the file. Writes nothing.
 */
public final class AifImporter {

    private final Ontology ontology;

    public AifImporter(Ontology ontology) {
        this.ontology = ontology;
    }

    /** The outcome: every diagnostic, and the document when there was no error. */
    public record Result(Diagnostics diagnostics, ImportedDocument document) {

        public boolean ok() {
            return document != null && !diagnostics.hasErrors();
        }
    }

    public Result read(Path file, ImportOptions options, ImportContext context) {
        Diagnostics diags = new Diagnostics();
        Optional<String> text = TextFiles.read(file, diags);
        if (text.isEmpty()) {
            return new Result(diags, null);
        }
        Optional<AifNodeset> ns = new AifReader().read(file, text.get(), diags);
        if (ns.isEmpty()) {
            return new Result(diags, null);
        }
        ImportedDocument doc = new NodesetToGraph(context.factorIds(), context.actorIds())
                .convert(file, ns.get(), options, contentUrl(text.get()), diags);
        if (diags.hasErrors()) {
            return new Result(diags, null);
        }
        Model shaclContext = ModelFactory.createDefaultModel();
        shaclContext.add(ontology.ontologyGraph());
        shaclContext.add(context.actorsGraph());
        shaclContext.add(context.factorConcepts());
        for (NodeSpec n : doc.map().nodes()) {
            for (RelationSpec r : n.relations()) {
                if (!r.target().docId().equals(doc.docId())) {
                    shaclContext.add(shaclContext.createResource(Iris.node(r.target().docId(), r.target().nodeId())),
                            RDF.type, Argkg.Claim);
                }
            }
        }
        new ShapesCheck(ontology.shapes()).check(doc.mapped(), shaclContext.getGraph(), diags);
        return new Result(diags, diags.hasErrors() ? null : doc);
    }

    /**
     * The IRI of a nodeset's content: an RFC 6920 named-information URI of its SHA-256, the
     * document's URL when neither {@code --url} nor the nodeset gives one.
     */
    public static String contentUrl(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
