package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.argkg.corpus.Corpus;
import org.argkg.evaluation.graph.ClaimGraph;
import org.argkg.evaluation.graph.ClaimGraphReader;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.GraphEvaluator;
import org.argkg.ontology.Ontology;
import org.argkg.pipeline.BuildResult;
import org.argkg.pipeline.GraphBuilder;
import org.argkg.rdf.DocumentGraph;
import org.junit.jupiter.api.Test;

/**
 * Relations between documents (revokes, repeals, amends, implements, responds-to, cites) say how
 * one document acts on another; they are not attacks or supports between claims, and evaluating
 * the claims must not see them: a revoked order's claims are not defeated by the revocation.
 */
class DocumentRelationsNotEvaluatedTest {

    static final Path CASE = Path.of("src", "test", "fixtures", "valid", "corpus-model", "seeds");

    @Test
    void documentRelationsAreNeitherAttacksNorSupports() {
        BuildResult built = new GraphBuilder().build(new Corpus(CASE));
        assertThat(built.diagnostics().sorted()).isEmpty();
        Model data = ModelFactory.createDefaultModel();
        built.documents().stream().map(DocumentGraph::graph).forEach(data::add);
        // the fixture has every kind of relation between documents, and one relation between claims
        assertThat(data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.argkg.vocab.Argkg.DocumentRelation).toList()).hasSize(6);

        ClaimGraph g = ClaimGraphReader.read(data, Ontology.load().ontologyGraph(),
                List.of("new-order", "old-order", "rule-doc"));

        assertThat(g.claims()).extracting(c -> c.qualifiedId())
                .containsExactly("new-order#revocation", "old-order#effect", "old-order#view", "rule-doc#rule");
        assertThat(g.attacks()).isEmpty();
        // only the claim relation: rule-doc#rule gives evidence for old-order#view
        assertThat(g.supports()).hasSize(1);
        assertThat(g.claims().get(g.supports().get(0).from()).qualifiedId()).isEqualTo("rule-doc#rule");
        assertThat(g.claims().get(g.supports().get(0).to()).qualifiedId()).isEqualTo("old-order#view");

        EvaluationResult r = GraphEvaluator.evaluate(g, EvaluationRequest.of(Semantics.GROUNDED));
        for (int i = 0; i < r.claims().size(); i++) {
            assertThat(r.label(0, i)).as(r.displayId(i)).isEqualTo(Label.IN);
        }
    }
}
