package org.argkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.argkg.corpus.Corpus;
import org.argkg.rdf.DocumentGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article of the repository, built for real and checked against its source text. */
class SeedArticleTest {

    static final String DOC = "li-zheng-2024-ai-exception";
    static BuildResult result;
    static Model graph;

    @BeforeAll
    static void build() {
        result = new GraphBuilder().build(new Corpus(Path.of("seeds")));
        graph = result.documents().stream().filter(d -> d.docId().equals(DOC)).findFirst()
                .map(DocumentGraph::graph).orElseThrow();
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(result.diagnostics().sorted()).isEmpty();
    }

    @Test
    void hasTheRolesOfTheArticle() {
        Map<String, Integer> counts = new TreeMap<>();
        select("""
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                SELECT ?role (COUNT(?c) AS ?n) WHERE { ?c a ?role . FILTER(STRSTARTS(STR(?role), STR(argkg:)))
                  FILTER(?role IN (argkg:Thesis, argkg:Cause, argkg:Counterforce, argkg:Consequence, argkg:Conclusion, argkg:Premise)) }
                GROUP BY ?role""").forEach(s -> counts.put(s.getResource("role").getLocalName(), s.getLiteral("n").getInt()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Thesis", 1, "Cause", 4, "Counterforce", 3, "Consequence", 3, "Conclusion", 1, "Premise", 7));
    }

    @Test
    void causesAndCounterforcesHaveTheirFactors() {
        Map<String, String> factors = new TreeMap<>();
        select("""
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                SELECT ?c ?f WHERE { ?c argkg:factor ?f }""")
                .forEach(s -> factors.put(s.getResource("c").getURI().replaceAll(".*/", ""), s.getResource("f").getURI().replaceAll(".*/", "")));
        assertThat(factors).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cause-cost", "cost", "cause-scale", "scale-effects", "cause-policy", "policy-environment",
                "cause-security", "security-controls", "counterforce-open-ecosystem", "open-ecosystem",
                "counterforce-policy-uncertainty", "policy-uncertainty", "counterforce-social-ceiling", "social-ceiling"));
    }

    @Test
    void everyClaimHasStatementsAndLabelsInChineseAndEnglish() {
        List<QuerySolution> missing = select("""
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?c WHERE { ?c argkg:statedIn ?d . FILTER NOT EXISTS { ?c a argkg:Support } FILTER NOT EXISTS { ?c a argkg:Attack }
                  FILTER (NOT EXISTS { ?c argkg:statement ?z FILTER(LANG(?z) = "zh") } || NOT EXISTS { ?c argkg:statement ?e FILTER(LANG(?e) = "en") }
                       || NOT EXISTS { ?c rdfs:label ?lz FILTER(LANG(?lz) = "zh") } || NOT EXISTS { ?c rdfs:label ?le FILTER(LANG(?le) = "en") }) }""");
        assertThat(missing).isEmpty();
    }

    /** Independent of the mapper: reads source.md itself and checks each selector against the body. */
    @Test
    void everyQuoteIsAnExactSpanAtItsCodePointOffsets() throws Exception {
        String text = Files.readString(Path.of("seeds", DOC, "source.md"), StandardCharsets.UTF_8);
        int close = text.indexOf("\n---\n", 3);
        int[] body = text.substring(close + 5).codePoints().toArray();
        List<QuerySolution> quotes = select("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                SELECT ?claim ?exact ?prefix ?suffix ?start ?end WHERE {
                  ?a a oa:Annotation ; oa:hasBody ?claim ; oa:hasTarget ?t .
                  ?t oa:hasSelector ?q , ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact . OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }""");
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(12);
        for (QuerySolution q : quotes) {
            int start = q.getLiteral("start").getInt();
            int end = q.getLiteral("end").getInt();
            String exact = q.getLiteral("exact").getString();
            assertThat(new String(body, start, end - start)).as("span of %s", q.getResource("claim")).isEqualTo(exact);
            if (q.contains("prefix")) {
                String prefix = q.getLiteral("prefix").getString();
                int n = prefix.codePointCount(0, prefix.length());
                assertThat(new String(body, start - n, n)).isEqualTo(prefix);
            }
            if (q.contains("suffix")) {
                String suffix = q.getLiteral("suffix").getString();
                int n = suffix.codePointCount(0, suffix.length());
                assertThat(new String(body, end, n)).isEqualTo(suffix);
            }
        }
        List<QuerySolution> unquoted = select("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                SELECT ?c WHERE { ?c a ?role . VALUES ?role { argkg:Thesis argkg:Cause argkg:Counterforce argkg:Consequence argkg:Conclusion argkg:Premise }
                  FILTER NOT EXISTS { ?a oa:hasBody ?c } }""");
        assertThat(unquoted).isEmpty();
    }

    @Test
    void causesSupportTheThesisAndCounterforcesAttackItAndSupportTheConclusion() {
        assertThat(ask("""
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                ASK { FILTER NOT EXISTS { ?c a argkg:Cause . FILTER NOT EXISTS { ?c argkg:supports ?t . ?t a argkg:Thesis } } }""")).isTrue();
        assertThat(ask("""
                PREFIX argkg: <https://w3id.org/argkg/ontology#>
                ASK { FILTER NOT EXISTS { ?c a argkg:Counterforce .
                  FILTER (NOT EXISTS { ?c argkg:attacks ?x . ?x a ?r FILTER(?r IN (argkg:Thesis, argkg:Cause)) }
                       || NOT EXISTS { ?c argkg:supports ?k . ?k a argkg:Conclusion }) } }""")).isTrue();
    }

    @Test
    void documentCarriesItsMetadata() {
        List<QuerySolution> rows = select("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?date ?src ?lang WHERE { <https://w3id.org/argkg/id/li-zheng-2024-ai-exception>
                  dcterms:date ?date ; dcterms:source ?src ; dcterms:language ?lang ; dcterms:title "科技强者恒强？AI可能例外"@zh ;
                  dcterms:creator <https://w3id.org/argkg/actor/li-zheng> }""");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getLiteral("date").getLexicalForm()).isEqualTo("2024-11-28");
        assertThat(rows.get(0).getResource("src").getURI()).startsWith("https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==");
    }

    private static List<QuerySolution> select(String q) {
        try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static boolean ask(String q) {
        try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
            return qe.execAsk();
        }
    }
}
