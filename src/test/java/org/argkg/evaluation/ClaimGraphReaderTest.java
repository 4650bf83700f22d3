package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.argkg.evaluation.graph.ClaimGraph;
import org.argkg.evaluation.graph.ClaimGraphReader;
import org.argkg.evaluation.graph.EvaluationReport;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.GraphEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Reading claims and relations from RDF: claim classes and relation properties come from the
 * ontology's hierarchy, so subproperties of argkg:supports (argkg:evidenceFor) count as supports,
 * argkg:restates counts both ways, and claims of documents not chosen are left out.
 */
class ClaimGraphReaderTest {

    static final String PREFIXES = """
            @prefix argkg: <https://w3id.org/argkg/ontology#> .
            @prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix aif:   <http://www.arg.dundee.ac.uk/aif#> .
            @base <https://w3id.org/argkg/id/> .
            """;

    static Model turtle(String ttl) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(m);
        return m;
    }

    static final Model ONTOLOGY = turtle("""
            argkg:Thesis rdfs:subClassOf argkg:Claim .
            argkg:Event rdfs:subClassOf argkg:Claim .
            argkg:evidenceFor rdfs:subPropertyOf argkg:supports .
            argkg:rebuts rdfs:subPropertyOf argkg:attacks .
            """);

    static final Model DATA = turtle("""
            <a> a argkg:Document . <b> a argkg:Document .
            <a/t> a argkg:Thesis ; argkg:statedIn <a> ; rdfs:label "A's thesis"@en , "甲"@zh .
            <a/e> a argkg:Event ; argkg:statedIn <a> ; argkg:evidenceFor <a/t> ; rdfs:label "An event"@en .
            <b/t> a argkg:Thesis ; argkg:statedIn <b> ; argkg:rebuts <a/t> ; argkg:restates <b/u> .
            <b/u> a argkg:Thesis ; argkg:statedIn <b> .
            <b/t/rebuts/a.t> a argkg:Attack ; aif:Premise <b/t> ; aif:Conclusion <a/t> .
            <a/e/evidence-for/t> a argkg:Evidence ; aif:Premise <a/e> ; aif:Conclusion <a/t> .
            """);

    @Test
    void subclassesSubpropertiesAndRestatementsAreRead() {
        ClaimGraph g = ClaimGraphReader.read(DATA, ONTOLOGY, List.of("a", "b"));
        assertThat(g.claims()).extracting(c -> c.qualifiedId() + " " + c.role())
                .containsExactly("a#e event", "a#t thesis", "b#t thesis", "b#u thesis");
        assertThat(g.claims().get(1).labelEn()).isEqualTo("A's thesis");
        assertThat(g.claims().get(1).labelZh()).isEqualTo("甲");
        assertThat(g.attacks()).extracting(r -> g.claims().get(r.from()).qualifiedId() + " -> " + g.claims().get(r.to()).qualifiedId()
                + " " + r.relationIri()).containsExactly("b#t -> a#t https://w3id.org/argkg/id/b/t/rebuts/a.t");
        assertThat(g.supports()).extracting(r -> g.claims().get(r.from()).nodeId() + " " + r.verb() + " " + g.claims().get(r.to()).nodeId())
                .containsExactly("e gives evidence for t", "t restates u", "u restates t");

        // b's thesis rebuts a's; a's event gives evidence for a's thesis: a mediated attack on the event.
        // b#u restates b#t, so it commits to b#t's attack too (supported attack).
        EvaluationResult r = GraphEvaluator.evaluate(g, EvaluationRequest.of(Semantics.GROUNDED));
        assertThat(EvaluationReport.table(r, true)).contains(
                "  b#t -> e  mediated: b#t attacks a#t, which e gives evidence for\n",
                "  u -> e    super-mediated: u restates b#t, which attacks a#t, which e gives evidence for\n",
                "  u -> a#t  supported: u restates b#t, which attacks a#t\n");
        assertThat(r.extensions().get(0).in().cardinality()).isEqualTo(2);
    }

    @Test
    void claimsOfOtherDocumentsAreLeftOut() {
        ClaimGraph g = ClaimGraphReader.read(DATA, ONTOLOGY, List.of("a"));
        assertThat(g.claims()).extracting(c -> c.qualifiedId()).containsExactly("a#e", "a#t");
        assertThat(g.attacks()).isEmpty();
        assertThat(g.supports()).hasSize(1);
    }
}
