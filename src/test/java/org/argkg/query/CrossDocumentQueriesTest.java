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
        List<QuerySolution> rows = run(seedsDb, "timeline", Map.of());
        Map<String, Set<String>> docsByPoint = new TreeMap<>();
        for (QuerySolution r : rows) {
            docsByPoint.computeIfAbsent(r.getResource("point").getURI().substring(SEED.length()), k -> new TreeSet<>())
                    .add(r.getResource("other_doc").getURI());
            assertThat(r.getLiteral("date").getDatatypeURI()).endsWith("#date");
            assertThat(r.getLiteral("kind").getString()).isIn("supports", "attacks", "restates", "evidence-for");
        }
        // counterforce-policy-uncertainty has none: the revocation and the rescission that bore on it are
        // documents of their own, not claims of the revoked order and the rescinded rule
        assertThat(docsByPoint).containsOnlyKeys("cause-cost", "cause-scale", "cause-policy", "cause-security",
                "counterforce-open-ecosystem", "counterforce-social-ceiling");
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

    private static List<QuerySolution> run(Path db, String name, Map<String, String> params) {
        try (GraphStore s = GraphStore.openExisting(db); QueryRunner r = QueryRunner.local(s)) {
            NamedQuery q = QueryLibrary.packaged().get(name).orElseThrow();
            return r.select(QueryRunner.prepare(q, params, null));
        }
    }
}
