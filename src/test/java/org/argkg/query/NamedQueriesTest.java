package org.argkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named queries of {@code queries/}, run on the seed article of the repository, built for real:
 * the library itself, the parameters, and what a golden result cannot show (offsets checked against
 * the source text, counts against the store, other parameter values, a second document). The rows
 * each query gives on the seeds are its golden result, checked by {@link GoldenQueriesTest}.
 */
class NamedQueriesTest {

    static final String DOC = "li-zheng-2024-ai-exception";
    static final String DOC_IRI = "https://w3id.org/argkg/id/" + DOC;
    static final String ID = DOC_IRI + "/";
    static final String ARGKG = "https://w3id.org/argkg/ontology#";
    static final String FACTOR = "https://w3id.org/argkg/factor/";
    static final String ACTOR = "https://w3id.org/argkg/actor/";
    static final String THESIS_EN = "A view: AI may end catch-up and lock in \"the strong stay strong\"";
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

    // ---------------------------------------------------------------- what a golden result cannot show
    // (the rows themselves are in src/test/resources/golden/queries, checked by GoldenQueriesTest)

    @Test
    void theQuotesOfCausesAreTheSourceTextAtTheirOffsets() {
        List<Row> rows = run("causes", Map.of("doc", "id:" + DOC));
        assertThat(rows).isNotEmpty();
        for (Row r : rows) {
            assertThat(span(r.integer("start"), r.integer("end"))).as("quote %s", r.iri("quote")).isEqualTo(r.str("exact"));
        }
    }

    @Test
    void everyActorOfTheRegistryIsListedWithOrWithoutClaims() throws IOException {
        List<Row> rows = run("actors", Map.of());
        long registered = org.argkg.support.Seeds.actorCount();
        assertThat(rows.stream().map(r -> r.iri("actor")).distinct()).hasSize((int) registered);
        assertThat(single(rows, r -> r.iri("actor").equals(ACTOR + "li-zheng")).has("claim")).as("no claim involves the author").isFalse();
    }

    /** Offsets, prefix and suffix found here in the source independently of the mapper. */
    @Test
    void claimProvenanceGivesTheOffsetsAndContextOfEachQuoteInTheSource() {
        List<Row> rows = run("claim-provenance", Map.of()); // default: cause-cost
        List<String> quotes = List.of("一是人工智能引入成本高。", "开发先进AI系统所需的固定成本高，获取海量数据的难度大，高性能的计算能力昂贵",
                "只有具备充足资源的国家和企业才能在此领域立足");
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Row r = rows.get(i);
            int[] at = offsets(quotes.get(i));
            assertThat(r.str("exact")).isEqualTo(quotes.get(i));
            assertThat(r.integer("start")).as("start of quote %d", i + 1).isEqualTo(at[0]);
            assertThat(r.integer("end")).as("end of quote %d", i + 1).isEqualTo(at[1]);
            assertThat(r.str("prefix")).isEqualTo(span(Math.max(0, at[0] - 16), at[0]));
            assertThat(r.str("suffix")).isEqualTo(span(at[1], Math.min(body.length, at[1] + 16)));
        }
        // another claim, given as a full IRI
        List<Row> conclusion = run("claim-provenance", Map.of("claim", "<" + ID + "conclusion>"));
        String exact = "至少三个方面的因素也在限制人工智能造成“强者恒强”的马太效应，并可能推动更多国家在AI领域走向一个相对均衡的状态";
        assertThat(conclusion).hasSize(1);
        assertThat(conclusion.get(0).str("exact")).isEqualTo(exact);
        assertThat(new long[] {conclusion.get(0).integer("start"), conclusion.get(0).integer("end")}).containsExactly(offsets(exact)[0], offsets(exact)[1]);
    }

    @Test
    void graphStatsCountEveryTripleOfTheStoreOnce() {
        List<Row> rows = run("graph-stats", Map.of());
        assertThat(rows).extracting(r -> r.iri("graph")).containsExactly("https://w3id.org/argkg/graph/actors",
                "https://w3id.org/argkg/graph/" + DOC, "https://w3id.org/argkg/graph/ontology");
        assertThat(rows.stream().mapToLong(r -> r.integer("triples")).sum()).as("all triples of the store").isEqualTo(triples);
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
            assertThat(balance.integer("attacks_explicit")).isEqualTo(5); // three counterforces, the conclusion (the same 不过 sentence) and the reply
            assertThat(balance.integer("net")).isEqualTo(-1);
            assertThat(run(two, r2, "documents", Map.of())).extracting(r -> r.iri("doc"))
                    .as("newest first").containsExactly("https://w3id.org/argkg/id/tiny-reply", DOC_IRI);
            assertThat(run(two, r2, "graph-stats", Map.of())).hasSize(4);
            assertThat(run(two, r2, "claims-by-role", Map.of("doc", "id:tiny-reply"))).extracting(r -> r.str("role"))
                    .containsExactly("thesis", "cause");
            assertThat(run(two, r2, "claims-by-role", Map.of())).hasSize(19);
        }
    }

    @Test
    void theQuotesOfADocumentAreTheSourceTextAtTheirOffsets() {
        List<Row> rows = run("quotes-by-document", Map.of("doc", "id:" + DOC));
        assertThat(rows).hasSize(37);
        for (Row r : rows) {
            assertThat(span(r.integer("start"), r.integer("end"))).as("quote %s", r.iri("quote")).isEqualTo(r.str("exact"));
        }
    }

    @Test
    void searchClaimsFindsOtherTextsInEitherLanguageAndCase() {
        assertThat(run("search-claims", Map.of())).extracting(r -> r.local("claim")).containsExactly("cause-security");
        Row zh = single(run("search-claims", Map.of("text", "出口管制")), r -> true);
        assertThat(zh.local("claim")).isEqualTo("cause-security");
        assertThat(zh.str("matched_in")).isEqualTo("statement@zh");
        assertThat(run("search-claims", Map.of("text", "STRONG STAY STRONG"))).extracting(r -> r.local("claim"))
                .containsExactly("thesis", "conclusion");
        assertThat(run("search-claims", Map.of("text", "no such words anywhere"))).isEmpty();
    }

    @Test
    void claimRelationsOfAnotherClaim() {
        // the thesis: it attacks the catch-up mechanism; four causes support it, three counterforces and the conclusion attack it
        assertThat(run("claim-relations", Map.of("claim", "id:" + DOC + "/thesis"))).hasSize(9);
    }

    // ---------------------------------------------------------------- parameters

    @Test
    void aDocumentParameterLeftOutIsTheSeedArticle() {
        assertThat(run("claims-by-role", Map.of())).extracting(r -> r.iri("claim"))
                .hasSize(19).containsExactlyElementsOf(run("claims-by-role", Map.of("doc", "id:" + DOC)).stream().map(r -> r.iri("claim")).toList());
    }

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
        assertThat(run("claims-by-role", Map.of())).hasSize(19);
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

        long integer(String var) {
            return literal(var).getLong();
        }
    }
}
