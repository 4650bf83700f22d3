package org.argkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.argkg.actors.ActorReader;
import org.argkg.actors.ActorRegistry;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.store.GraphStore;
import org.argkg.support.Seeds;
import org.argkg.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-document view over the repository's seeds and the linked fixture. */
class CrossDocumentQueriesTest {

    static final String SEED = "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/";

    @TempDir
    static Path tmp;
    /** The store of the repository's seeds, built once for the class. */
    static Path seedsDb;

    @BeforeAll
    static void build() {
        seedsDb = Seeds.build(tmp.resolve("seeds-db"));
    }

    @Test
    void everyCauseAndCounterforceOfTheSeedArticleHasDatedDocumentsBearingOnIt() {
        List<QuerySolution> rows = run(seedsDb, "timeline", Map.of()).stream()
                .filter(r -> !r.getLiteral("role").getString().equals("relation")).toList();
        Map<String, Set<String>> docsByPoint = new TreeMap<>();
        for (QuerySolution r : rows) {
            docsByPoint.computeIfAbsent(r.getResource("point").getURI().substring(SEED.length()), k -> new TreeSet<>())
                    .add(r.getResource("other_doc").getURI());
            assertThat(r.getLiteral("date").getDatatypeURI()).endsWith("#date");
            assertThat(r.getLiteral("kind").getString()).isIn("supports", "attacks", "restates", "evidence-for");
            assertThat(r.getLiteral("dated_by").getString()).isIn("claim", "document");
        }
        assertThat(docsByPoint).containsOnlyKeys("cause-cost", "cause-scale", "cause-policy", "cause-security",
                "counterforce-open-ecosystem", "counterforce-policy-uncertainty", "counterforce-social-ceiling");
        // the revocation and the rescission that bear on policy uncertainty are documents of their own,
        // not claims of the revoked order and the rescinded rule
        assertThat(docsByPoint.get("counterforce-policy-uncertainty")).contains("https://w3id.org/argkg/id/us-eo-14148-2025",
                "https://w3id.org/argkg/id/us-commerce-ai-diffusion-rescission-2025")
                .doesNotContain("https://w3id.org/argkg/id/us-eo-14110-2023", "https://w3id.org/argkg/id/us-bis-ai-diffusion-2025");
        assertThat(docsByPoint.get("cause-security")).contains("https://w3id.org/argkg/id/us-bis-advanced-computing-2022");
        assertThat(docsByPoint.get("counterforce-open-ecosystem")).contains("https://w3id.org/argkg/id/deepseek-r1-2025");
        assertThat(docsByPoint.get("cause-security")).contains("https://w3id.org/argkg/id/china-global-ai-governance-initiative-2023");
        // in date order within each point
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).getResource("point").equals(rows.get(i - 1).getResource("point"))) {
                assertThat(rows.get(i).getLiteral("date").getLexicalForm())
                        .isGreaterThanOrEqualTo(rows.get(i - 1).getLiteral("date").getLexicalForm());
            }
        }
    }

    /**
     * On the corpus-model fixture: a claim with a date of its own is dated by it, and relations
     * between documents come as events on their date, after the points, in date order.
     */
    @Test
    void theTimelineDatesClaimsByTheirOwnDateAndListsRelationsBetweenDocuments() {
        Path db = tmp.resolve("corpus-model-db");
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/valid/corpus-model/seeds")), db);
        List<String> rows = run(db, "timeline", Map.of("doc", "old-order")).stream()
                .map(r -> r.getLiteral("role").getString() + " " + r.getLiteral("date").getLexicalForm() + " "
                        + r.getLiteral("dated_by").getString() + " " + r.getLiteral("kind").getString() + " "
                        + r.getResource("other_doc").getURI().replace("https://w3id.org/argkg/id/", "") + " "
                        + r.getResource("point").getURI().replace("https://w3id.org/argkg/id/", ""))
                .toList();
        assertThat(rows).containsExactly(
                "cause 2025-02-15 claim evidence-for rule-doc old-order/view",
                "relation 2025-01-20 relation cites new-order old-order",
                "relation 2025-01-21 relation revokes new-order old-order",
                "relation 2025-02-01 relation amends rule-doc old-order",
                "relation 2025-02-01 relation implements rule-doc new-order",
                "relation 2025-02-01 relation responds-to rule-doc new-order",
                "relation 2025-03-01 relation repeals rule-doc old-order");
        // the id:DOC-ID form of the parameter gives the same rows
        assertThat(run(db, "timeline", Map.of("doc", "id:old-order"))).hasSize(rows.size());

        List<String> history = run(db, "document-history", Map.of("doc", "old-order")).stream()
                .map(r -> r.getLiteral("date").getLexicalForm() + " " + r.getLiteral("direction").getString() + " "
                        + r.getLiteral("kind").getString() + " "
                        + r.getResource("other_doc").getURI().replace("https://w3id.org/argkg/id/", "") + " "
                        + r.getLiteral("basis").getString())
                .toList();
        assertThat(history).containsExactly(
                "2025-01-20 in cites new-order ",
                "2025-01-21 in revokes new-order explicit",
                "2025-02-01 in amends rule-doc interpretive",
                "2025-03-01 in repeals rule-doc ");
        assertThat(run(db, "document-history", Map.of("doc", "id:rule-doc"))).extracting(r -> r.getLiteral("direction").getString())
                .containsOnly("out").hasSize(4);
    }

    @Test
    void restatementsAcrossDocuments() {
        Path linked = tmp.resolve("linked-db");
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/valid/linked/seeds")), linked);
        List<QuerySolution> rows = run(linked, "restatements", Map.of());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getResource("claim").getURI()).isEqualTo("https://w3id.org/argkg/id/reply-doc/same");
        assertThat(rows.get(0).getResource("restated").getURI()).isEqualTo("https://w3id.org/argkg/id/tiny-doc/cause");
        assertThat(rows.get(0).getLiteral("basis").getString()).isEqualTo("interpretive");
    }

    @Test
    void anOptionalDocumentParameterNarrowsAQueryToOneDocumentAndLeftOutCoversAll() {
        Set<String> all = new TreeSet<>();
        run(seedsDb, "thesis-support-balance", Map.of()).forEach(r -> all.add(r.getResource("doc").getURI()));
        assertThat(all).hasSizeGreaterThan(1).contains("https://w3id.org/argkg/id/li-zheng-2024-ai-exception");
        Set<String> one = new TreeSet<>();
        run(seedsDb, "thesis-support-balance", Map.of("doc", "id:li-zheng-2024-ai-exception"))
                .forEach(r -> one.add(r.getResource("doc").getURI()));
        assertThat(one).containsExactly("https://w3id.org/argkg/id/li-zheng-2024-ai-exception");
    }

    @Test
    void actorsAcrossDocuments() {
        List<QuerySolution> rows = run(seedsDb, "actors-across-documents", Map.of());
        QuerySolution us = rows.stream().filter(r -> r.getResource("actor").getURI().endsWith("/united-states")).findFirst().orElseThrow();
        assertThat(us.getLiteral("documents").getInt()).isGreaterThanOrEqualTo(4);
        assertThat(us.getResource("wikidata").getURI()).isEqualTo("http://www.wikidata.org/entity/Q30");
        assertThat(us.getLiteral("document_ids").getString()).contains("li-zheng-2024-ai-exception", "us-bis-advanced-computing-2022");
        rows.forEach(r -> {
            List<String> ids = List.of(r.getLiteral("document_ids").getString().split(" "));
            assertThat(ids).as("the documents of %s, in order of their ids", r.getResource("actor")).isSorted();
        });
    }

    @Test
    void theActorRegistryHasUniqueIdsAndWellFormedWikidataEntities() {
        Diagnostics d = new Diagnostics();
        ActorRegistry registry = new ActorReader(new YamlLoader()).read(Path.of("seeds/actors.yaml"),
                org.argkg.io.TextFiles.read(Path.of("seeds/actors.yaml"), d).orElseThrow(), d);
        assertThat(d.sorted()).isEmpty();
        assertThat(registry.all()).hasSizeGreaterThanOrEqualTo(15);
        Set<String> qids = new TreeSet<>();
        registry.all().forEach(a -> {
            if (a.wikidata() != null) {
                assertThat(a.wikidata()).matches("Q[1-9][0-9]*");
                assertThat(qids.add(a.wikidata())).as("QID %s used once", a.wikidata()).isTrue();
            }
        });
        assertThat(registry.get("united-states").orElseThrow().wikidata()).isEqualTo("Q30");
        assertThat(registry.get("china").orElseThrow().wikidata()).isEqualTo("Q148");
        assertThat(registry.get("european-union").orElseThrow().wikidata()).isEqualTo("Q458");
    }

    /**
     * The first query anyone writes works without inference: every claim is typed argkg:Claim,
     * aif:I-node and schema:Claim besides its role class, and every relation node argkg:Relation and
     * its AIF scheme node class.
     */
    @Test
    void everyClaimIsAClaimInArgkgAifAndSchemaTerms() {
        String byRole = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { VALUES ?role { argkg:Thesis argkg:Cause "
                + "argkg:Counterforce argkg:Consequence argkg:Conclusion argkg:Premise } ?c a ?role }";
        int claims = count(byRole);
        assertThat(claims).isGreaterThan(100);
        for (String cls : List.of("argkg:Claim", "aif:I-node", "schema:Claim")) {
            assertThat(count("SELECT (COUNT(?c) AS ?n) WHERE { ?c a " + cls + " }")).as(cls).isEqualTo(claims);
        }
        int relations = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { VALUES ?k { argkg:Support argkg:Attack "
                + "argkg:Restatement argkg:Evidence } ?r a ?k }");
        assertThat(relations).isGreaterThan(100);
        assertThat(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a argkg:Relation }")).isEqualTo(relations);
        assertThat(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aif:S-node }")).isEqualTo(relations);
        assertThat(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a argkg:Attack }"))
                .isEqualTo(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aif:CA-node }"));
        assertThat(count("SELECT (COUNT(?r) AS ?n) WHERE { { ?r a argkg:Support } UNION { ?r a argkg:Evidence } }"))
                .isEqualTo(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aif:RA-node }"));
        assertThat(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a argkg:Restatement }"))
                .isEqualTo(count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aif:MA-node }"));
    }

    private static int count(String sparql) {
        try (GraphStore s = GraphStore.openExisting(seedsDb); QueryRunner r = QueryRunner.local(s)) {
            return r.select(QueryRunner.parse(sparql, null)).get(0).getLiteral("n").getInt();
        }
    }

    private static List<QuerySolution> run(Path db, String name, Map<String, String> params) {
        try (GraphStore s = GraphStore.openExisting(db); QueryRunner r = QueryRunner.local(s)) {
            NamedQuery q = QueryLibrary.packaged().get(name).orElseThrow();
            return r.select(QueryRunner.prepare(q, params, null));
        }
    }
}
