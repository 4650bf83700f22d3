package org.argkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.diagram.Graphviz;
import org.argkg.query.NamedQuery;
import org.argkg.query.QueryLibrary;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.argkg.support.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page's files and endpoints, over HTTP: served from the classpath with the right types, no
 * way out of {@code argkg/web/}, the named queries, the diagrams (and the message when Graphviz is
 * missing), and the source texts.
 */
@ResourceLock(Locks.HOSTILE_DB)
class WebEndpointsTest {

    static final Path FIXTURE = DiagramFixtures.SEEDS;

    @TempDir
    static Path tmp;

    static GraphStore store;
    static SparqlServer server;
    /** The same store, served as if Graphviz were not installed and no seeds folder were known. */
    static SparqlServer bare;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = GraphStore.openExisting(DiagramFixtures.hostileDb());
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0), new WebApp(Graphviz.fromEnvironment()));
        bare = SparqlServer.start(store, ServerSettings.defaults().withPort(0),
                new WebApp(new Graphviz(tmp.resolve("no-graphviz/dot").toString(), Duration.ofSeconds(5))));
    }

    @AfterAll
    static void stop() {
        server.close();
        bare.close();
        store.close();
    }

    @Test
    void thePageIsServedAtTheRootWithItsScriptAndStyle() throws Exception {
        HttpResponse<String> page = get(server.baseUrl() + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "connect-src 'self'", "object-src 'none'").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script src=\"app.js\" defer></script>", "<link rel=\"stylesheet\" href=\"app.css\">");
        // no inline script and nothing from another host
        assertThat(page.body().replace("<script src=\"app.js\" defer></script>", "")).doesNotContain("<script");
        assertThat(get(server.baseUrl() + "/index.html").body()).isEqualTo(page.body());
        HttpResponse<String> js = get(server.baseUrl() + "/app.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        HttpResponse<String> css = get(server.baseUrl() + "/app.css");
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        for (String asset : List.of(page.body(), js.body(), css.body())) {
            assertThat(asset).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import", "url(http");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/x/../../pom.xml", "/.hidden.js",
        "/org/argkg/cli/Main.class", "/argkg/queries/causes.rq", "/simplelogger.properties", "/argkg/ontology/argkg.ttl",
        "/%2fetc%2fpasswd", "/index.html%00.js", "/app.js/", "/nothing-here.html", "/META-INF/MANIFEST.MF",
        "/web/app.js", "/argkg/web/app.js", "/app.js%3f", "/\\app.js"})
    void nothingOutsideThePageFolderIsServed(String path) throws Exception {
        HttpResponse<String> r = RawHttp.get(server.baseUrl(), path);
        assertThat(r.statusCode()).as(path).isBetween(400, 404);
        assertThat(r.body()).doesNotContain("<project", "argkg.cli", "PREFIX", "@prefix", "root:");
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void namedQueriesAreListedAndRunAgainstTheEndpoint() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/argkg-queries.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonArray list = JSON.parseAny(r.body()).getAsArray();
        List<String> names = new ArrayList<>();
        for (var v : list) {
            JsonObject q = v.getAsObject();
            names.add(q.getString("name"));
            assertThat(q.getString("title")).isNotBlank();
            assertThat(q.getString("text")).contains("SELECT");
            assertThat(q.get("params").isArray()).isTrue();
        }
        assertThat(names).containsExactlyElementsOf(QueryLibrary.packaged().all().stream().map(NamedQuery::name).toList());
        JsonObject causes = list.stream().map(v -> v.getAsObject()).filter(o -> o.getString("name").equals("causes")).findFirst().orElseThrow();
        assertThat(causes.get("params").getAsArray().get(0).getAsObject().getString("name")).isEqualTo("doc");

        // every named query, bound on the server, runs on the endpoint
        for (String name : names) {
            HttpResponse<String> bound = get(server.baseUrl() + "/argkg-queries/" + name + ".rq");
            assertThat(bound.statusCode()).as(name).isEqualTo(200);
            HttpResponse<String> run = post(server.queryUrl(), "query=" + enc(bound.body()), "application/sparql-results+json");
            assertThat(run.statusCode()).as(name + ": " + run.body()).isEqualTo(200);
        }
        // a parameter becomes an RDF term, never text pasted into the query
        HttpResponse<String> bound = get(server.baseUrl() + "/argkg-queries/causes.rq?doc=" + enc("id:hostile-doc"));
        assertThat(bound.body()).contains("id:hostile-doc").doesNotContain("?doc ");
        HttpResponse<String> run = post(server.queryUrl(), "query=" + enc(bound.body()), "text/csv");
        assertThat(run.body()).contains("https://w3id.org/argkg/id/hostile-doc/cause");
        HttpResponse<String> injected = get(server.baseUrl() + "/argkg-queries/causes.rq?doc="
                + enc("x> } ; DROP ALL ; SELECT * { <y"));
        assertThat(injected.statusCode()).isEqualTo(200);
        // the value is one string literal of a SELECT query
        assertThat(org.apache.jena.query.QueryFactory.create(injected.body()).isSelectType()).isTrue();
        assertThat(injected.body()).contains("\"x> } ; DROP ALL ; SELECT * { <y\"");
        HttpResponse<String> badParam = get(server.baseUrl() + "/argkg-queries/causes.rq?nope=1");
        assertThat(badParam.statusCode()).isEqualTo(400);
        assertThat(badParam.body()).contains("no parameter 'nope'");
        assertThat(get(server.baseUrl() + "/argkg-queries/no-such-query.rq").statusCode()).isEqualTo(404);
        assertThat(get(server.baseUrl() + "/argkg-queries/../pom.xml").statusCode()).isBetween(400, 404);
    }

    @Test
    void diagramsAreDrawnOnTheServer() throws Exception {
        HttpResponse<String> dot = get(server.baseUrl() + "/argkg-diagram/hostile-doc.dot?lang=en&statements=false");
        assertThat(dot.statusCode()).isEqualTo(200);
        assertThat(dot.headers().firstValue("Content-Type").orElse("")).startsWith("text/vnd.graphviz");
        assertThat(dot.body()).startsWith("digraph").contains("High cost &amp; &lt;high&gt; stakes").doesNotContain("AI is costly");
        assertThat(get(server.baseUrl() + "/argkg-diagram/nope.svg").statusCode()).isEqualTo(404);
        assertThat(get(server.baseUrl() + "/argkg-diagram/hostile-doc.svg?lang=fr").statusCode()).isEqualTo(400);
        assertThat(get(server.baseUrl() + "/argkg-diagram/hostile-doc.png").statusCode()).isEqualTo(404);
        if (!Graphviz.fromEnvironment().available() && System.getenv("CI") == null) {
            return; // the SVG needs Graphviz; CI installs it
        }
        HttpResponse<String> svg = get(server.baseUrl() + "/argkg-diagram/hostile-doc.svg");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'none'");
        assertThat(svg.body()).contains("<svg", "&lt;script&gt;alert(").doesNotContain("<script");
        // drawn once, then kept: the store cannot change while it is served read-only
        assertThat(get(server.baseUrl() + "/argkg-diagram/hostile-doc.svg").body()).isEqualTo(svg.body());
    }

    @Test
    void theScopeOfAMapIsChosenByTheUrl() throws Exception {
        String own = get(server.baseUrl() + "/argkg-diagram/hostile-doc.dot").body();
        String linked = get(server.baseUrl() + "/argkg-diagram/hostile-doc.dot?scope=linked").body();
        assertThat(own).contains("scope-own").doesNotContain("cluster_doc_other-doc");
        assertThat(linked).contains("scope-linked", "cluster_doc_other-doc");
        assertThat(get(server.baseUrl() + "/argkg-diagram/hostile-doc.dot?scope=some").statusCode()).isEqualTo(400);
    }

    @Test
    void plotsOfTheWholeStoreNeedNoGraphviz() throws Exception {
        for (SparqlServer s : List.of(server, bare)) {
            HttpResponse<String> factors = get(s.baseUrl() + "/argkg-plot/factors.svg");
            assertThat(factors.statusCode()).isEqualTo(200);
            assertThat(factors.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
            assertThat(factors.body()).contains("<svg", "id=\"argkg-plot-factors\"", "data-doc=\"hostile-doc\"")
                    .doesNotContain("<script");
            HttpResponse<String> timeline = get(s.baseUrl() + "/argkg-plot/timeline.svg?lang=zh");
            assertThat(timeline.statusCode()).isEqualTo(200);
            assertThat(timeline.body()).contains("id=\"argkg-plot-timeline\"", "2024-01-02", "&lt;script&gt;");
        }
        assertThat(get(server.baseUrl() + "/argkg-plot/pie.svg").statusCode()).isEqualTo(404);
        assertThat(get(server.baseUrl() + "/argkg-plot/factors.svg?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void withoutGraphvizTheDiagramAnswersWhyAndHowToInstallIt() throws Exception {
        HttpResponse<String> svg = get(bare.baseUrl() + "/argkg-diagram/hostile-doc.svg");
        assertThat(svg.statusCode()).isEqualTo(503);
        assertThat(svg.body()).contains("Graphviz is not installed", "apt-get install graphviz fonts-noto-cjk");
        assertThat(get(bare.baseUrl() + "/argkg-diagram/hostile-doc.dot").statusCode()).isEqualTo(200);
        JsonObject info = JSON.parse(get(bare.baseUrl() + "/argkg-info.json").body());
        assertThat(info.get("graphviz").getAsBoolean().value()).isFalse();
        assertThat(info.getString("install")).isEqualTo("apt-get install graphviz fonts-noto-cjk");
    }

    @Test
    void sourceTextsAreTheBodyOfSourceMd() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/argkg-source/hostile-doc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String file = Files.readString(FIXTURE.resolve("hostile-doc/source.md"), StandardCharsets.UTF_8);
        assertThat(r.body()).isEqualTo(file.substring(file.indexOf("\n---\n") + 5)).startsWith("开头说明。");
        assertThat(get(server.baseUrl() + "/argkg-source/other-doc").statusCode()).isEqualTo(404); // no text held
        assertThat(get(server.baseUrl() + "/argkg-source/nope").statusCode()).isEqualTo(404);
        assertThat(RawHttp.get(server.baseUrl(), "/argkg-source/..%2f..%2fpom.xml").statusCode()).isBetween(400, 404);
        JsonObject info = JSON.parse(get(server.baseUrl() + "/argkg-info.json").body());
        assertThat(info.get("sources").getAsBoolean().value()).isTrue();
    }

    @Test
    void theSparqlEndpointAndPingAreUnchanged() throws Exception {
        assertThat(get(server.baseUrl() + "/$/ping").statusCode()).isEqualTo(200);
        HttpResponse<String> r = post(server.queryUrl(), "query=" + enc("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().replaceAll("\\s", "")).contains("\"boolean\":true");
        assertThat(server.endpoints()).anyMatch(e -> e[0].equals("browser page") && e[1].equals(server.baseUrl() + "/"));
    }

    // ------------------------------------------------------------------ HTTP

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String form, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
