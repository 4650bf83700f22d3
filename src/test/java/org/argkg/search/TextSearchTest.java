package org.argkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.query.QueryRunner;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-text search over claims in both languages, in SPARQL ({@code text:query}), locally and on the endpoint. */
class TextSearchTest {

    static final String PREFIX = "PREFIX text: <http://jena.apache.org/text#> PREFIX argkg: <https://w3id.org/argkg/ontology#> ";

    @TempDir
    static Path tmp;
    static Path db;
    static GraphStore store;
    static QueryRunner runner;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/search/seeds")), db);
        store = GraphStore.openExisting(db);
        runner = QueryRunner.local(store);
    }

    @AfterAll
    static void close() {
        runner.close();
        store.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        // a sub-word: the segmenter keeps 共和国国歌 or 国歌 in longer words; bigrams find it
        "国歌, anthem",
        "共和国, anthem",
        "人民, anthem",
        "出口管制, controls",
        "芯片, controls",
        // English is stemmed: restricting ~ restricted, chip ~ chips
        "restricting, controls",
        "chip, controls",
        "anthems, anthem"
    })
    void findsTheClaim(String word, String node) {
        String lang = word.matches("\\p{IsHan}+") ? "zh" : "en";
        List<QuerySolution> rows = runner.select(QueryRunner.parse(PREFIX
                + "SELECT ?c ?score WHERE { (?c ?score) text:query (argkg:statement \"" + word + "\" \"lang:" + lang + "\") } "
                + "ORDER BY DESC(?score)", null));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getResource("c").getURI()).isEqualTo("https://w3id.org/argkg/id/anthem-doc/" + node);
    }

    @Test
    void wordsNotInAnyClaimFindNothing() {
        List<QuerySolution> rows = runner.select(QueryRunner.parse(PREFIX
                + "SELECT ?c WHERE { ?c text:query (argkg:statement \"蛋糕\" \"lang:zh\") }", null));
        assertThat(rows).isEmpty();
    }

    @Test
    void aTwoCharacterWordAsksForBothCharactersTogether() {
        // 国与国之间唱歌 has a 国 and a 歌 but not 国歌: the single characters of the query are not terms of their own
        List<QuerySolution> rows = runner.select(QueryRunner.parse(PREFIX
                + "SELECT ?c WHERE { ?c text:query (argkg:statement \"国歌\" \"lang:zh\") }", null));
        assertThat(rows).extracting(r -> r.getResource("c").getURI()).containsExactly("https://w3id.org/argkg/id/anthem-doc/anthem");
        List<QuerySolution> labels = runner.select(QueryRunner.parse(PREFIX
                + "SELECT ?c WHERE { ?c text:query (rdfs:label \"国歌\" \"lang:zh\") }", null));
        assertThat(labels).extracting(r -> r.getResource("c").getURI()).containsExactly("https://w3id.org/argkg/id/anthem-doc/anthem");
    }

    @Test
    void labelsAreSearchableToo() {
        List<QuerySolution> rows = runner.select(QueryRunner.parse(PREFIX
                + "SELECT ?c WHERE { ?c text:query (rdfs:label \"anthem\" \"lang:en\") }", null));
        assertThat(rows).extracting(r -> r.getResource("c").getURI()).containsExactly("https://w3id.org/argkg/id/anthem-doc/anthem");
    }

    @Test
    void theEndpointAnswersTextQueries() throws Exception {
        try (GraphStore s = GraphStore.openExisting(tmp.resolve("db-server").toFile().exists() ? tmp.resolve("db-server") : rebuilt());
             SparqlServer server = SparqlServer.start(s, ServerSettings.defaults().withPort(0))) {
            String q = PREFIX + "SELECT ?c WHERE { ?c text:query (argkg:statement \"国歌\" \"lang:zh\") }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()
                    + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("https://w3id.org/argkg/id/anthem-doc/anthem");
        }
    }

    @Test
    void theIndexIsRebuiltWithTheStore() {
        Path other = tmp.resolve("db-rebuild");
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/search/seeds")), other);
        // rebuilt from other seeds: the old claims are gone from the index as from the graph
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/valid/minimal/seeds")), other);
        try (GraphStore s = GraphStore.openExisting(other); QueryRunner r = QueryRunner.local(s)) {
            assertThat(r.select(QueryRunner.parse(PREFIX + "SELECT ?c WHERE { ?c text:query (argkg:statement \"国歌\" \"lang:zh\") }", null)))
                    .isEmpty();
            assertThat(r.select(QueryRunner.parse(PREFIX + "SELECT ?c WHERE { ?c text:query (argkg:statement \"开源\" \"lang:zh\") }", null)))
                    .extracting(x -> x.getResource("c").getURI()).containsExactly("https://w3id.org/argkg/id/tiny-doc/open");
        }
    }

    private static Path rebuilt() {
        Path p = tmp.resolve("db-server");
        new StoreBuilder().build(new Corpus(Path.of("src/test/fixtures/search/seeds")), p);
        return p;
    }
}
