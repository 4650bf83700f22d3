package org.argkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.argkg.build.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The named queries of {@code queries/}, run on the seed article of the repository, built for real. */
class NamedQueriesTest {

    static final String DOC = "li-zheng-2024-ai-exception";
    static final String DOC_IRI = "https://w3id.org/argkg/id/" + DOC;
    static final String ID = DOC_IRI + "/";
    static final String ARGKG = "https://w3id.org/argkg/ontology#";
    static final String FACTOR = "https://w3id.org/argkg/factor/";
    static final String ACTOR = "https://w3id.org/argkg/actor/";
    static final String THESIS_EN = "AI may end catch-up and lock in \"the strong stay strong\"";
    static final String MALICIOUS = "\"x\" } ; DROP ALL ; #";

    @TempDir
    static Path tmp;
    static GraphStore store;
    static QueryRunner runner;
    static QueryLibrary library;
    static long triples;
    /** The body of the seed's source.md, as code points, read here independently of the mapper. */
    static int[] body;

    @BeforeAll
    static void build() throws IOException {
        Path db = tmp.resolve("db");
        // the seed article alone (with the shared actors), so the expected rows do not move when documents are added
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("seeds/actors.yaml"), seeds.resolve("actors.yaml"));
        Path doc = Files.createDirectories(seeds.resolve("li-zheng-2024-ai-exception"));
        for (String f : List.of("map.yaml", "source.md")) {
            Files.copy(Path.of("seeds/li-zheng-2024-ai-exception").resolve(f), doc.resolve(f));
        }
        StoreBuilder.Outcome outcome = new StoreBuilder().build(new Corpus(seeds), db);
        assertThat(outcome.result().diagnostics().sorted()).isEmpty();
        store = GraphStore.openExisting(db);
        runner = QueryRunner.local(store);
        library = QueryLibrary.packaged();
        triples = store.size();
        String text = Files.readString(Path.of("seeds", DOC, "source.md"), StandardCharsets.UTF_8);
        int close = text.indexOf("\n---\n", 3);
        body = text.substring(close + 5).codePoints().toArray();
    }

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- the library

    @Test
    void thePackagedLibraryHoldsEveryQueryFileEachWithTitleDescriptionAndValidSyntax() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        List<String> names = files.stream().map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(14).contains("claims-by-role", "causes", "counterforce-targets",
                "consequences", "actors", "claim-provenance", "claims-by-factor", "relations-by-basis",
                "chains-to-conclusion", "documents", "graph-stats", "cross-document-links", "thesis-support-balance",
                "quotes-by-document");
        assertThat(library.all()).extracting(NamedQuery::name).containsExactlyInAnyOrderElementsOf(names);

        for (Path file : files) {
            NamedQuery named = library.get(file.getFileName().toString().replaceFirst("\\.rq$", "")).orElseThrow();
            assertThat(named.text()).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(named.title()).as("title of %s", file).isNotBlank().isNotEqualTo(named.name());
            assertThat(named.description()).as("description of %s", file).hasSizeGreaterThan(40);
            Query q = QueryRunner.parse(named.text(), file);
            assertThat(q.isSelectType()).as("%s is a SELECT", file).isTrue();
            assertThat(q.hasOrderBy()).as("%s orders its rows", file).isTrue();
            // declares its own prefixes, so that it runs in any SPARQL tool
            assertThat(QueryFactory.create(named.text(), Syntax.syntaxSPARQL_11)).isNotNull();
            for (QueryParam p : named.params()) {
                assertThat(named.text()).as("parameter %s of %s", p.name(), file).containsPattern("\\?" + p.name() + "\\b");
                assertThat(p.defaultValue()).as("default of %s in %s", p.name(), file).isNotBlank();
            }
            // bound and written out again (query --show, query --endpoint), it is still valid SPARQL
            Map<String, String> given = new java.util.TreeMap<>();
            named.params().stream().filter(QueryParam::optional).forEach(p -> given.put(p.name(), "id:" + DOC));
            String written = Parameters.bind(q, named, given).serialize();
            assertThat(QueryFactory.create(written, Syntax.syntaxSPARQL_11)).as("%s bound and written out", file).isNotNull();
        }
    }

    // ---------------------------------------------------------------- one test per query

    @Test
    void claimsByRole() {
        List<Row> rows = run("claims-by-role", Map.of("doc", "id:" + DOC));
        Map<String, Long> perRole = rows.stream().collect(Collectors.groupingBy(r -> r.str("role"), TreeMap::new, Collectors.counting()));
        assertThat(perRole).containsExactlyInAnyOrderEntriesOf(Map.of(
                "thesis", 1L, "cause", 4L, "counterforce", 3L, "consequence", 2L, "conclusion", 1L, "premise", 1L));
        // in the order of the argument
        assertThat(rows.stream().map(r -> r.str("role")).distinct().toList())
                .containsExactly("thesis", "cause", "counterforce", "consequence", "conclusion", "premise");
        Row thesis = rows.get(0);
        assertThat(thesis.local("claim")).isEqualTo("thesis");
        assertThat(thesis.str("label_en")).isEqualTo(THESIS_EN);
        assertThat(thesis.lang("label_en")).isEqualTo("en");
        assertThat(thesis.str("label_zh")).isEqualTo("AI可能终结后发赶超，强者恒强");
        assertThat(thesis.lang("label_zh")).isEqualTo("zh");
        assertThat(rows).filteredOn(r -> r.str("role").equals("premise")).extracting(r -> r.local("claim"))
                .containsExactly("catch-up-mechanism");
        // the default is the seed document
        assertThat(run("claims-by-role", Map.of())).hasSize(12);
    }

    @Test
    void causes() {
        List<Row> rows = run("causes", Map.of("doc", "id:" + DOC));
        assertThat(rows).hasSize(12);
        assertThat(rows.stream().map(r -> r.local("cause")).distinct().toList())
                .as("the causes in text order").containsExactly("cause-cost", "cause-scale", "cause-policy", "cause-security");
        Map<String, String> factors = new TreeMap<>();
        rows.forEach(r -> factors.put(r.local("cause"), r.iri("factor")));
        assertThat(factors).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cause-cost", FACTOR + "cost", "cause-scale", FACTOR + "scale-effects",
                "cause-policy", FACTOR + "policy-environment", "cause-security", FACTOR + "security-controls"));
        assertThat(rows).allSatisfy(r -> assertThat(r.local("thesis")).isEqualTo("thesis"));
        assertThat(rows.get(0).str("factor_en")).isEqualTo("High cost of adopting AI");
        assertThat(rows.get(rows.size() - 1).str("factor_en")).isEqualTo("Security and strategic controls on diffusion");
        assertThat(rows.get(0).str("exact")).isEqualTo("一是人工智能引入成本高。");
        for (Row r : rows) {
            assertThat(span(r.integer("start"), r.integer("end"))).as("quote %s", r.iri("quote")).isEqualTo(r.str("exact"));
        }
    }

    @Test
    void counterforceTargets() {
        List<Row> rows = run("counterforce-targets", Map.of());
        Map<String, Set<String>> targets = new TreeMap<>();
        rows.forEach(r -> targets.computeIfAbsent(r.local("counterforce"), k -> new TreeSet<>())
                .add(r.str("kind") + " " + r.local("target") + " (" + r.str("target_role") + ", " + r.str("basis") + ")"));
        assertThat(targets).containsExactly(
                entry("counterforce-open-ecosystem", Set.of(
                        "attacks cause-cost (cause, interpretive)", "attacks cause-security (cause, interpretive)",
                        "attacks thesis (thesis, explicit)", "supports conclusion (conclusion, explicit)")),
                entry("counterforce-policy-uncertainty", Set.of(
                        "attacks cause-policy (cause, interpretive)", "attacks thesis (thesis, explicit)",
                        "supports conclusion (conclusion, explicit)")),
                entry("counterforce-social-ceiling", Set.of(
                        "attacks thesis (thesis, explicit)", "supports conclusion (conclusion, explicit)")));
        Row costAttack = rows.stream().filter(r -> r.local("relation").equals("counterforce-open-ecosystem/attacks/cause-cost"))
                .findFirst().orElseThrow();
        assertThat(costAttack.str("note")).startsWith("Open-source technology and open platforms lower the cost");
        assertThat(costAttack.iri("factor")).isEqualTo(FACTOR + "open-ecosystem");
        assertThat(costAttack.str("target_en")).isEqualTo("High cost of adopting AI");
        assertThat(rows).filteredOn(r -> r.str("basis").equals("explicit")).allSatisfy(r -> assertThat(r.has("note")).isFalse());
    }

    @Test
    void consequences() {
        List<Row> rows = run("consequences", Map.of());
        Map<String, Set<String>> supporters = new TreeMap<>();
        rows.forEach(r -> supporters.computeIfAbsent(r.local("consequence"), k -> new TreeSet<>())
                .add(r.local("supporter") + " (" + r.str("supporter_role") + ", " + r.str("basis") + ")"));
        // "以上因素…带来诸多影响": the four causes bring both consequences
        Set<String> causes = Set.of("cause-cost (cause, explicit)", "cause-policy (cause, explicit)", "cause-scale (cause, explicit)",
                "cause-security (cause, explicit)");
        assertThat(supporters).containsExactly(entry("consequence-marginalisation", causes), entry("consequence-protectionism", causes));
        assertThat(rows).filteredOn(r -> r.local("consequence").equals("consequence-protectionism"))
                .allSatisfy(r -> assertThat(r.str("label_zh")).isEqualTo("先发国家保护主义增强"));
    }

    @Test
    void actors() throws IOException {
        List<Row> rows = run("actors", Map.of());
        // every actor of the shared registry is listed, with or without claims in this store
        long registered = org.argkg.support.Seeds.actorCount();
        assertThat(rows.stream().map(r -> r.iri("actor")).distinct()).hasSize((int) registered);
        List<Row> us = rows.stream().filter(r -> r.iri("actor").equals(ACTOR + "united-states")).toList();
        assertThat(us).extracting(r -> r.local("claim"))
                .containsExactly("cause-security", "consequence-protectionism", "counterforce-policy-uncertainty");
        assertThat(us).allSatisfy(r -> {
            assertThat(r.iri("wikidata")).isEqualTo("http://www.wikidata.org/entity/Q30");
            assertThat(r.str("kind")).isEqualTo("country");
            assertThat(r.str("label_zh")).isEqualTo("美国");
            assertThat(r.iri("doc")).isEqualTo(DOC_IRI);
        });
        Row liZheng = single(rows, r -> r.iri("actor").equals(ACTOR + "li-zheng"));
        assertThat(liZheng.str("kind")).isEqualTo("person");
        assertThat(liZheng.has("wikidata")).isFalse();
        assertThat(liZheng.has("claim")).as("no claim involves the author").isFalse();
        assertThat(single(rows, r -> r.iri("actor").equals(ACTOR + "china")).iri("wikidata"))
                .isEqualTo("http://www.wikidata.org/entity/Q148");
        assertThat(single(rows, r -> r.iri("actor").equals(ACTOR + "leading-ai-companies")).local("claim"))
                .isEqualTo("counterforce-open-ecosystem");
        assertThat(rows).filteredOn(r -> r.iri("actor").equals(ACTOR + "latecomer-countries")).hasSize(7);
    }

    @Test
    void claimProvenance() {
        List<Row> rows = run("claim-provenance", Map.of()); // default: cause-cost
        List<String> quotes = List.of("一是人工智能引入成本高。", "开发先进AI系统所需的固定成本高，获取海量数据的难度大，高性能的计算能力昂贵",
                "只有具备充足资源的国家和企业才能在此领域立足");
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Row r = rows.get(i);
            int[] at = offsets(quotes.get(i));
            assertThat(r.local("claim")).isEqualTo("cause-cost");
            assertThat(r.local("quote")).isEqualTo("cause-cost/quote/" + (i + 1));
            assertThat(r.str("exact")).isEqualTo(quotes.get(i));
            assertThat(r.integer("start")).as("start of quote %d", i + 1).isEqualTo(at[0]);
            assertThat(r.integer("end")).as("end of quote %d", i + 1).isEqualTo(at[1]);
            assertThat(r.str("prefix")).isEqualTo(span(Math.max(0, at[0] - 16), at[0]));
            assertThat(r.str("suffix")).isEqualTo(span(at[1], Math.min(body.length, at[1] + 16)));
            assertThat(r.iri("doc")).isEqualTo(DOC_IRI);
            assertThat(r.str("title")).isEqualTo("科技强者恒强？AI可能例外");
            assertThat(r.str("title_en")).isEqualTo("Do the technologically strong stay strong? AI may be the exception");
            assertThat(r.str("author")).isEqualTo("李峥");
            assertThat(r.str("author_en")).isEqualTo("Li Zheng");
            assertThat(r.str("date")).isEqualTo("2024-11-28");
            assertThat(r.literal("date").getDatatypeURI()).isEqualTo(XSDDatatype.XSDdate.getURI());
            assertThat(r.iri("source")).startsWith("https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==");
            assertThat(r.str("role")).isEqualTo("cause");
        }
        assertThat(rows.get(0).integer("start")).isEqualTo(197);
        // another claim, given as a full IRI
        List<Row> conclusion = run("claim-provenance", Map.of("claim", "<" + ID + "conclusion>"));
        String exact = "至少三个方面的因素也在限制人工智能造成“强者恒强”的马太效应，并可能推动更多国家在AI领域走向一个相对均衡的状态";
        assertThat(conclusion).hasSize(1);
        assertThat(conclusion.get(0).str("exact")).isEqualTo(exact);
        assertThat(new long[] {conclusion.get(0).integer("start"), conclusion.get(0).integer("end")}).containsExactly(offsets(exact)[0], offsets(exact)[1]);
    }

    @Test
    void claimsByFactor() {
        List<Row> rows = run("claims-by-factor", Map.of());
        assertThat(rows).extracting(r -> r.iri("factor").substring(FACTOR.length())).containsExactly(
                "open-ecosystem", "policy-uncertainty", "social-ceiling", // under diffusion
                "cost", "policy-environment", "scale-effects", "security-controls"); // under first-mover-advantage
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.integer("claims")).isEqualTo(1);
            assertThat(r.integer("documents")).isEqualTo(1);
        });
        Row cost = single(rows, r -> r.iri("factor").equals(FACTOR + "cost"));
        assertThat(cost.iri("group")).isEqualTo(FACTOR + "first-mover-advantage");
        assertThat(cost.str("group_en")).isEqualTo("First-mover advantage");
        assertThat(cost.str("factor_zh")).isEqualTo("人工智能引入成本高");
        assertThat(cost.str("claim_labels")).isEqualTo("High cost of adopting AI");
        assertThat(single(rows, r -> r.iri("factor").equals(FACTOR + "social-ceiling")).str("claim_labels"))
                .isEqualTo("A social ceiling on AI development");
    }

    @Test
    void relationsByBasis() {
        List<Row> rows = run("relations-by-basis", Map.of());
        assertThat(rows).hasSize(23);
        assertThat(rows.stream().map(r -> r.str("basis")).toList())
                .as("explicit first").isSorted().containsOnly("explicit", "interpretive");
        assertThat(rows).filteredOn(r -> r.str("basis").equals("interpretive")).extracting(r -> r.local("relation"))
                .containsExactly("conclusion/attacks/thesis",
                        "counterforce-open-ecosystem/attacks/cause-cost", "counterforce-open-ecosystem/attacks/cause-security",
                        "counterforce-policy-uncertainty/attacks/cause-policy");
        assertThat(rows).filteredOn(r -> r.str("kind").equals("attacks")).hasSize(8);
        Row conclusionAttack = single(rows, r -> r.local("relation").equals("conclusion/attacks/thesis"));
        assertThat(conclusionAttack.local("from")).isEqualTo("conclusion");
        assertThat(conclusionAttack.str("from_role")).isEqualTo("conclusion");
        assertThat(conclusionAttack.local("to")).isEqualTo("thesis");
        assertThat(conclusionAttack.str("to_role")).isEqualTo("thesis");
        assertThat(conclusionAttack.str("note")).startsWith("The title and closing claim answer the lock-in view");
        assertThat(conclusionAttack.iri("doc")).isEqualTo(DOC_IRI);
    }

    @Test
    void chainsToConclusion() {
        List<Row> rows = run("chains-to-conclusion", Map.of());
        assertThat(rows).extracting(r -> r.local("claim")).containsExactly(
                "cause-cost", "cause-policy", "cause-scale", "cause-security",
                "counterforce-open-ecosystem", "counterforce-policy-uncertainty", "counterforce-social-ceiling");
        assertThat(rows).allSatisfy(r -> assertThat(r.local("conclusion")).isEqualTo("conclusion"));
        // a cause supports the thesis that the conclusion attacks: no forward chain, opposed at the thesis
        assertThat(rows).filteredOn(r -> r.str("role").equals("cause")).hasSize(4).allSatisfy(r -> {
            assertThat(r.bool("supports_conclusion")).isFalse();
            assertThat(r.bool("attacks_conclusion")).isFalse();
            assertThat(r.str("meets_conclusion_at")).isEqualTo("opposed at " + THESIS_EN);
            assertThat(r.str("stance")).isEqualTo("against the conclusion");
        });
        // a counterforce supports the conclusion and attacks the thesis as the conclusion does
        assertThat(rows).filteredOn(r -> r.str("role").equals("counterforce")).hasSize(3).allSatisfy(r -> {
            assertThat(r.bool("supports_conclusion")).isTrue();
            assertThat(r.bool("attacks_conclusion")).isFalse();
            assertThat(r.str("meets_conclusion_at")).isEqualTo("allied at " + THESIS_EN);
            assertThat(r.str("stance")).isEqualTo("for the conclusion");
        });
    }

    @Test
    void documents() {
        Row d = single(run("documents", Map.of()), r -> true);
        assertThat(d.iri("doc")).isEqualTo(DOC_IRI);
        assertThat(d.str("title")).isEqualTo("科技强者恒强？AI可能例外");
        assertThat(d.str("title_zh")).isEqualTo("科技强者恒强？AI可能例外");
        assertThat(d.str("title_en")).isEqualTo("Do the technologically strong stay strong? AI may be the exception");
        assertThat(d.str("date")).isEqualTo("2024-11-28");
        assertThat(d.iri("creator")).isEqualTo(ACTOR + "li-zheng");
        assertThat(d.str("creator_en")).isEqualTo("Li Zheng");
        assertThat(d.str("publisher_en")).isEqualTo("China Information Security");
        assertThat(d.str("original_publisher_en")).isEqualTo("Huanqiu.com");
        assertThat(d.iri("source")).startsWith("https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==").endsWith("#rd");
        assertThat(d.str("language")).isEqualTo("zh");
        assertThat(d.str("genre")).isEqualTo("op-ed");
        assertThat(d.integer("claims")).isEqualTo(12);
    }

    @Test
    void graphStats() {
        List<Row> rows = run("graph-stats", Map.of());
        assertThat(rows).extracting(r -> r.iri("graph")).containsExactly("https://w3id.org/argkg/graph/actors",
                "https://w3id.org/argkg/graph/" + DOC, "https://w3id.org/argkg/graph/ontology");
        assertThat(rows.stream().mapToLong(r -> r.integer("triples")).sum()).as("all triples of the store").isEqualTo(triples);
        Row doc = rows.get(1);
        assertThat(doc.iri("document")).isEqualTo(DOC_IRI);
        assertThat(doc.integer("claims")).isEqualTo(12);
        assertThat(doc.integer("relations")).isEqualTo(23);
        assertThat(doc.integer("quotes")).isEqualTo(29);
        for (Row other : List.of(rows.get(0), rows.get(2))) {
            assertThat(other.has("document")).isFalse();
            assertThat(other.integer("claims") + other.integer("relations") + other.integer("quotes")).isZero();
            assertThat(other.integer("triples")).isPositive();
        }
    }

    @Test
    void crossDocumentLinksRunAndAreEmptyOnTheSingleDocumentSeeds() {
        assertThat(run("cross-document-links", Map.of())).isEmpty();
        assertThat(run("cross-document-links", Map.of("doc", "id:" + DOC))).isEmpty();
    }

    /** A second document that answers the seed gives cross-document links, and the library sees them. */
    @Test
    void crossDocumentLinksOnTwoDocuments() throws IOException {
        Path seeds = tmp.resolve("two-docs");
        Files.createDirectories(seeds.resolve(DOC));
        Files.copy(Path.of("seeds", "actors.yaml"), seeds.resolve("actors.yaml"));
        for (String f : List.of("map.yaml", "source.md")) {
            Files.copy(Path.of("seeds", DOC, f), seeds.resolve(DOC).resolve(f));
        }
        Files.createDirectories(seeds.resolve("tiny-reply"));
        Files.writeString(seeds.resolve("tiny-reply/source.md"), """
                ---
                title: 小回应
                title_en: A tiny reply
                date: 2025-01-15
                url: https://example.org/reply
                language: zh
                ---
                算力越来越便宜。所以开源模型打破了先发者的垄断。
                """, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("tiny-reply/map.yaml"), """
                document:
                  id: tiny-reply
                  genre: op-ed
                nodes:
                  - id: thesis
                    role: thesis
                    label: {zh: 开源打破垄断, en: Open models break the lock-in}
                    statement: {zh: 开源模型打破了先发者的垄断。, en: Open models break the first movers' lock-in.}
                    quotes: [开源模型打破了先发者的垄断]
                    relations:
                      - attacks: li-zheng-2024-ai-exception#thesis
                        basis: explicit
                      - supports: li-zheng-2024-ai-exception#conclusion
                        basis: interpretive
                        note: A reply that agrees with the exception.
                  - id: cause-compute
                    role: cause
                    label: {zh: 算力变便宜, en: Costly compute gets cheaper}
                    statement: {zh: 算力越来越便宜。, en: Compute is getting cheaper.}
                    factor: cost
                    quotes: [算力越来越便宜]
                    relations:
                      - supports: thesis
                        basis: explicit
                """, StandardCharsets.UTF_8);
        Path db = tmp.resolve("two-docs-db");
        assertThat(new StoreBuilder().build(new Corpus(seeds), db).result().diagnostics().sorted()).isEmpty();
        try (GraphStore two = GraphStore.openExisting(db); QueryRunner r2 = QueryRunner.local(two)) {
            List<Row> incoming = run(two, r2, "cross-document-links", Map.of("doc", "id:" + DOC));
            assertThat(incoming).extracting(r -> r.str("direction") + " " + r.local("claim") + " " + r.str("kind") + " "
                    + r.str("basis") + " " + r.iri("other_claim") + " " + r.iri("other_doc")).containsExactly(
                    "incoming conclusion supports interpretive https://w3id.org/argkg/id/tiny-reply/thesis https://w3id.org/argkg/id/tiny-reply",
                    "incoming thesis attacks explicit https://w3id.org/argkg/id/tiny-reply/thesis https://w3id.org/argkg/id/tiny-reply");
            List<Row> outgoing = run(two, r2, "cross-document-links", Map.of("doc", "id:tiny-reply"));
            assertThat(outgoing).extracting(r -> r.str("direction") + " " + r.iri("claim") + " " + r.str("kind") + " " + r.local("other_claim"))
                    .containsExactly(
                            "outgoing https://w3id.org/argkg/id/tiny-reply/thesis attacks thesis",
                            "outgoing https://w3id.org/argkg/id/tiny-reply/thesis supports conclusion");
            assertThat(outgoing.get(0).str("other_claim_en")).isEqualTo(THESIS_EN);

            // the other queries across documents
            Row cost = single(run(two, r2, "claims-by-factor", Map.of()), r -> r.iri("factor").equals(FACTOR + "cost"));
            assertThat(cost.integer("claims")).isEqualTo(2);
            assertThat(cost.integer("documents")).isEqualTo(2);
            assertThat(cost.str("claim_labels")).as("sorted by label, not by claim IRI")
                    .isEqualTo("Costly compute gets cheaper | High cost of adopting AI");
            Row balance = single(run(two, r2, "thesis-support-balance", Map.of()), r -> r.iri("thesis").equals(ID + "thesis"));
            assertThat(balance.integer("attacks_explicit")).isEqualTo(4);
            assertThat(balance.integer("net")).isEqualTo(-1);
            assertThat(run(two, r2, "documents", Map.of())).extracting(r -> r.iri("doc"))
                    .as("newest first").containsExactly("https://w3id.org/argkg/id/tiny-reply", DOC_IRI);
            assertThat(run(two, r2, "graph-stats", Map.of())).hasSize(4);
            assertThat(run(two, r2, "claims-by-role", Map.of("doc", "id:tiny-reply"))).extracting(r -> r.str("role"))
                    .containsExactly("thesis", "cause");
            assertThat(run(two, r2, "claims-by-role", Map.of())).hasSize(12);
        }
    }

    @Test
    void thesisSupportBalance() {
        Row t = single(run("thesis-support-balance", Map.of()), r -> true);
        assertThat(t.local("thesis")).isEqualTo("thesis");
        assertThat(t.str("label_en")).isEqualTo(THESIS_EN);
        assertThat(new long[] {t.integer("supports_explicit"), t.integer("supports_interpretive"),
                t.integer("attacks_explicit"), t.integer("attacks_interpretive"), t.integer("supports"), t.integer("attacks"),
                t.integer("net"), t.integer("net_explicit")}).containsExactly(4, 0, 3, 1, 4, 4, 0, 1);
    }

    @Test
    void quotesByDocument() {
        List<Row> rows = run("quotes-by-document", Map.of("doc", "id:" + DOC));
        assertThat(rows).hasSize(29);
        assertThat(rows.stream().map(r -> r.integer("start")).toList()).isSorted();
        for (Row r : rows) {
            assertThat(span(r.integer("start"), r.integer("end"))).as("quote %s", r.iri("quote")).isEqualTo(r.str("exact"));
        }
        Row first = rows.get(0);
        assertThat(first.local("claim")).isEqualTo("thesis");
        assertThat(first.str("role")).isEqualTo("thesis");
        assertThat(first.integer("start")).isEqualTo(offsets("AI可能会终结后发国家的赶超优势，固化“强者恒强”的国际政治经济格局")[0]);
        // a span quoted for both consequences gives a row for each
        int[] shared = offsets("以上因素对人工智能领域的国际竞争模式带来诸多影响");
        assertThat(rows).filteredOn(r -> r.integer("start") == shared[0]).extracting(r -> r.local("claim"))
                .containsExactly("consequence-marginalisation", "consequence-protectionism");
        assertThat(rows.get(rows.size() - 1).local("claim")).isEqualTo("counterforce-social-ceiling");
    }

    @Test
    void searchClaims() {
        assertThat(run("search-claims", Map.of())).extracting(r -> r.local("claim")).containsExactly("cause-security");
        Row zh = single(run("search-claims", Map.of("text", "出口管制")), r -> true);
        assertThat(zh.local("claim")).isEqualTo("cause-security");
        assertThat(zh.str("matched_in")).isEqualTo("statement@zh");
        assertThat(run("search-claims", Map.of("text", "STRONG STAY STRONG"))).extracting(r -> r.local("claim"))
                .containsExactly("thesis", "conclusion");
        assertThat(run("search-claims", Map.of("text", "no such words anywhere"))).isEmpty();
    }

    @Test
    void claimRelations() {
        List<Row> rows = run("claim-relations", Map.of()); // default: cause-security
        assertThat(rows).extracting(r -> r.str("direction") + " " + r.str("kind") + " " + r.local("other") + " " + r.str("basis"))
                .containsExactly("outgoing supports consequence-marginalisation explicit",
                        "outgoing supports consequence-protectionism explicit", "outgoing supports thesis explicit",
                        "incoming attacks counterforce-open-ecosystem interpretive");
        // the thesis: it attacks the catch-up mechanism; four causes support it, three counterforces and the conclusion attack it
        assertThat(run("claim-relations", Map.of("claim", "id:" + DOC + "/thesis"))).hasSize(9);
    }

    // ---------------------------------------------------------------- parameters

    @Test
    void aFullIriAndAPrefixedNameAreTheSameParameter() {
        assertThat(run("quotes-by-document", Map.of("doc", "<" + DOC_IRI + ">")))
                .extracting(r -> r.iri("quote"))
                .containsExactlyElementsOf(run("quotes-by-document", Map.of()).stream().map(r -> r.iri("quote")).toList());
    }

    @Test
    void anotherDocumentGivesNoRows() {
        for (String name : List.of("claims-by-role", "causes", "quotes-by-document", "cross-document-links")) {
            assertThat(run(name, Map.of("doc", "id:nope"))).as(name).isEmpty();
        }
        assertThat(run("claim-provenance", Map.of("claim", "id:nope"))).isEmpty();
    }

    @Test
    void aMaliciousValueIsBoundAsALiteral() {
        Node term = Parameters.term(MALICIOUS);
        assertThat(term.isLiteral()).isTrue();
        assertThat(term.getLiteralLexicalForm()).isEqualTo(MALICIOUS);
        for (NamedQuery named : library.all()) {
            for (QueryParam p : named.params()) {
                Query q = QueryRunner.prepare(named, Map.of(p.name(), MALICIOUS), null);
                assertThat(q.toString()).as(named.name()).contains("\"\\\"x\\\" } ; DROP ALL ; #\"");
                assertThat(select(store, runner, q)).as("%s with %s", named.name(), p.name()).isEmpty();
            }
        }
        // nothing was dropped
        assertThat(store.size()).isEqualTo(triples);
        assertThat(run("claims-by-role", Map.of())).hasSize(12);
    }

    @Test
    void anIriThatWouldEndEarlyWhenWrittenOutIsRefused() {
        // bound locally such an IRI only matches nothing, but written out for an endpoint (or --show)
        // its '>' would end the IRI and the rest would be read as SPARQL
        for (String v : List.of("https://w3id.org/argkg/id/li-zheng-2024-ai-exception>.BIND(42AS?statement_en)#",
                "urn:x{}", "https://example.org/a\"b")) {
            assertThatThrownBy(() -> Parameters.term(v)).as(v).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a valid IRI");
            NamedQuery causes = library.get("claims-by-role").orElseThrow();
            assertThatThrownBy(() -> QueryRunner.prepare(causes, Map.of("doc", v), null)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Parameters.term("https://w3id.org/argkg/id/li-zheng-2024-ai-exception#x").isURI()).isTrue();
        // in angle brackets with more after them it is no term at all: a plain string, written out escaped
        assertThat(Parameters.term("<https://example.org/a>.BIND(1 AS ?x)#>").isLiteral()).isTrue();
    }

    @Test
    void anUnknownParameterIsRefused() {
        NamedQuery causes = library.get("causes").orElseThrow();
        assertThatThrownBy(() -> QueryRunner.prepare(causes, Map.of("document", "id:" + DOC), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter 'document'");
    }

    // ---------------------------------------------------------------- helpers

    static List<Row> run(String name, Map<String, String> params) {
        return run(store, runner, name, params);
    }

    static List<Row> run(GraphStore s, QueryRunner r, String name, Map<String, String> params) {
        NamedQuery named = library.get(name).orElseThrow(() -> new AssertionError("no packaged query " + name));
        return select(s, r, QueryRunner.prepare(named, params, Path.of("queries", name + ".rq")));
    }

    /** Runs a query and reads every value of every row (QueryRunner opens the read transaction). */
    static List<Row> select(GraphStore s, QueryRunner r, Query q) {
        return r.select(q).stream().map(Row::of).toList();
    }

    static Row single(List<Row> rows, java.util.function.Predicate<Row> p) {
        List<Row> hits = rows.stream().filter(p).toList();
        assertThat(hits).hasSize(1);
        return hits.get(0);
    }

    /** The code points of the body from start to end. */
    static String span(long start, long end) {
        return new String(body, (int) start, (int) (end - start));
    }

    /** Code-point start and end of the only occurrence of a text in the body. */
    static int[] offsets(String exact) {
        String b = new String(body, 0, body.length);
        int at = b.indexOf(exact);
        assertThat(at).as("'%s' occurs in the body", exact).isNotNegative();
        assertThat(b.indexOf(exact, at + 1)).as("'%s' occurs once", exact).isNegative();
        int start = b.codePointCount(0, at);
        return new int[] {start, start + exact.codePointCount(0, exact.length())};
    }

    /** A result row, read in full. */
    record Row(Map<String, RDFNode> values) {

        static Row of(QuerySolution s) {
            Map<String, RDFNode> m = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, s.get(v)));
            return new Row(m);
        }

        boolean has(String var) {
            return values.get(var) != null;
        }

        RDFNode get(String var) {
            RDFNode n = values.get(var);
            assertThat(n).as("?%s in %s", var, values).isNotNull();
            return n;
        }

        String iri(String var) {
            RDFNode n = get(var);
            assertThat(n.isURIResource()).as("?%s is an IRI: %s", var, n).isTrue();
            return n.asResource().getURI();
        }

        /** An IRI of the seed document, without {@code …/id/<doc>/}. */
        String local(String var) {
            String iri = iri(var);
            assertThat(iri).startsWith(ID);
            return iri.substring(ID.length());
        }

        Literal literal(String var) {
            RDFNode n = get(var);
            assertThat(n.isLiteral()).as("?%s is a literal: %s", var, n).isTrue();
            return n.asLiteral();
        }

        String str(String var) {
            return literal(var).getLexicalForm();
        }

        String lang(String var) {
            return literal(var).getLanguage();
        }

        long integer(String var) {
            return literal(var).getLong();
        }

        boolean bool(String var) {
            return literal(var).getBoolean();
        }
    }
}
