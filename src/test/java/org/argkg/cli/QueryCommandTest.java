package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.argkg.query.TextTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argkg query} through picocli's execute(): every output format, errors, remote endpoints. */
class QueryCommandTest {

    static final String CAUSES = "PREFIX argkg: <https://w3id.org/argkg/ontology#> SELECT ?c WHERE { ?c a argkg:Cause } ORDER BY ?c";
    static final String COST = "https://w3id.org/argkg/id/li-zheng-2024-ai-exception/cause-cost";

    @TempDir
    static Path tmp;
    static String db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        new StoreBuilder().build(new Corpus(Path.of("seeds")), Path.of(db));
    }

    @Test
    void table() {
        Run r = Cli.run("query", "--db", db, "-e", CAUSES);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("c\n---").contains("\nid:li-zheng-2024-ai-exception/cause-cost\n").endsWith("\n4 rows\n");
        Run wide = Cli.run("query", "--db", db, "-e", CAUSES, "--format", "wide");
        assertThat(wide.out()).isEqualTo(r.out());
    }

    /**
     * COLUMNS=120 argkg query timeline (and causes) fit 120 columns and stay readable: prefixed
     * IRIs, literals without datatypes or language tags, long text wrapped or cut with an ellipsis.
     */
    @ParameterizedTest
    @ValueSource(strings = {"timeline", "causes", "documents", "claims-by-role", "graph-stats", "relations-by-basis"})
    void tablesFitTheWidth(String query) {
        Run r = Cli.run("query", "--db", db, query, "--width", "120");
        assertThat(r.exit()).isZero();
        for (String line : r.out().lines().toList()) {
            assertThat(TextTable.width(line)).as(line).isLessThanOrEqualTo(120);
        }
        assertThat(r.out()).doesNotContain("^^", "<https://w3id.org/argkg/", "\"@en", "\"@zh")
                .containsPattern("\\d+ rows?\n$");
        Run wide = Cli.run("query", "--db", db, query, "--format", "wide");
        assertThat(wide.out()).doesNotContain("^^");
        String rows = r.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(wide.out()).as("one line per row").endsWith("\n" + rows + "\n");
        assertThat(wide.out().lines().count()).isEqualTo(Long.parseLong(rows.split(" ")[0]) + 3);
    }

    @Test
    void causesReadAsATable() {
        Run r = Cli.run("query", "--db", db, "causes", "--width", "160");
        assertThat(r.out()).containsPattern("\nid:…[^ ]*/cause-cost +High cost of ")
                .containsPattern(" 197 +209\n").contains("factor:cost");
        Run narrow = Cli.run("query", "--db", db, "timeline", "--width", "120");
        assertThat(narrow.out()).as("too many columns for 120: one record per row")
                .startsWith("-[ 1 ]---").contains("\npoint      id:li-zheng-2024-ai-exception/cause-");
    }

    @Test
    void theWidthComesFromColumnsWhenNotATerminal() {
        assertThat(TerminalWidth.fromEnvironment(java.util.Map.of("COLUMNS", "80"))).isEqualTo(80);
        assertThat(TerminalWidth.fromEnvironment(java.util.Map.of("COLUMNS", "wide"))).isEqualTo(120);
        assertThat(TerminalWidth.fromEnvironment(java.util.Map.of())).isEqualTo(120);
    }

    @Test
    void aBareDocumentIdIsTheDocumentAndAParameterMatchingNothingIsAWarning() {
        Run bare = Cli.run("query", "--db", db, "causes", "--param", "doc=li-zheng-2024-ai-exception", "--format", "csv");
        Run prefixed = Cli.run("query", "--db", db, "causes", "--param", "doc=id:li-zheng-2024-ai-exception", "--format", "csv");
        assertThat(bare.out()).isEqualTo(prefixed.out());
        assertThat(bare.out().lines().count()).isGreaterThan(10);
        assertThat(bare.err()).doesNotContain("warning");
        Run claim = Cli.run("query", "--db", db, "claim-provenance", "--param", "claim=li-zheng-2024-ai-exception#cause-security",
                "--format", "csv");
        assertThat(claim.out()).contains("倾向于对AI技术和研发资源采取严格出口管制");
        Run typo = Cli.run("query", "--db", db, "causes", "--param", "doc=li-zheng-2024-ai-exceptio", "--format", "csv");
        assertThat(typo.exit()).isZero();
        assertThat(typo.err()).contains("warning: --param doc=li-zheng-2024-ai-exceptio matches nothing in the store");
    }

    @Test
    void csvAndTsv() {
        Run csv = Cli.run("query", "--db", db, "-e", CAUSES, "--format", "csv");
        assertThat(csv.out().strip().split("\r?\n")).hasSize(5).startsWith("c", COST);
        Run tsv = Cli.run("query", "--db", db, "-e", CAUSES, "--format", "tsv");
        assertThat(tsv.out().strip().split("\r?\n")).hasSize(5).startsWith("?c", "<" + COST + ">");
    }

    @Test
    void jsonAndXml() {
        assertThat(Cli.run("query", "--db", db, "-e", CAUSES, "--format", "json").out().replaceAll("\\s", ""))
                .contains("\"vars\":[\"c\"]").contains("\"value\":\"" + COST + "\"");
        assertThat(Cli.run("query", "--db", db, "-e", CAUSES, "--format", "xml").out())
                .contains("<variable name=\"c\"/>").contains("<uri>" + COST + "</uri>");
    }

    @Test
    void turtleForSelectAndConstruct() {
        Run select = Cli.run("query", "--db", db, "-e", CAUSES, "--format", "turtle");
        assertThat(select.exit()).isZero();
        assertThat(select.out()).contains("ResultSet").contains(COST);
        Run construct = Cli.run("query", "--db", db, "-e",
                "PREFIX argkg: <https://w3id.org/argkg/ontology#> CONSTRUCT { ?c a argkg:Cause } WHERE { ?c a argkg:Cause }");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.out(), Lang.TURTLE).parse(m);
        assertThat(m.size()).isEqualTo(4);
    }

    @Test
    void askAnswersYesOrNo() {
        assertThat(Cli.run("query", "--db", db, "-e", "ASK { ?s a <https://w3id.org/argkg/ontology#Thesis> }").out().strip())
                .isEqualTo("yes");
    }

    @Test
    void syntaxErrorIsReportedWithLineAndColumn() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.rq"), "# title: broken\nSELECT ?x WHERE {\n  ?x ?y \n}\n");
        Run r = Cli.run("query", "--db", db, file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).containsPattern("bad\\.rq:4:1: error: SPARQL syntax error: .+ \\[SPARQL_SYNTAX]");
        Run inline = Cli.run("query", "--db", db, "-e", "SELEC ?x {}");
        assertThat(inline.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(inline.err()).containsPattern("<query>:1:\\d+: error: SPARQL syntax error");
    }

    @Test
    void listShowsTheNamedQueries() {
        Run r = Cli.run("query", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("causes").contains("claim-provenance").contains("--param claim=");
    }

    @Test
    void namedQueryWithAParameterBoundAsATerm() {
        Run r = Cli.run("query", "--db", db, "claim-provenance", "--param", "claim=id:li-zheng-2024-ai-exception/cause-security",
                "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("倾向于对AI技术和研发资源采取严格出口管制").contains("2024-11-28");
        Run injected = Cli.run("query", "--db", db, "claim-provenance", "--param", "claim=x> } ; DROP ALL ; #", "--format", "csv");
        assertThat(injected.exit()).isZero();
        assertThat(injected.out().strip().split("\r?\n")).hasSize(1); // the header, no rows
        // an IRI-shaped value whose '>' would end the IRI in the text sent to an endpoint is refused
        Run iri = Cli.run("query", "claims-by-role", "--show", "--param",
                "doc=https://w3id.org/argkg/id/li-zheng-2024-ai-exception>.BIND(42AS?statement_en)#");
        assertThat(iri.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(iri.err()).contains("is not a valid IRI");
        assertThat(iri.out()).doesNotContain("BIND(42");
    }

    @Test
    void unknownQueryParameterOrFormatIsAUsageError() {
        assertThat(Cli.run("query", "--db", db, "nope").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("query", "--db", db, "causes", "--param", "nope=1").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("query", "--db", db, "causes", "--format", "yaml").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("query", "--db", db, "--endpoint", "http://x", "causes").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void sameNamedQueryGivesTheSameAnswerFromARemoteEndpoint() {
        Path remoteDb = tmp.resolve("remote-db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), remoteDb);
        try (GraphStore s = GraphStore.openExisting(remoteDb);
             SparqlServer server = SparqlServer.start(s, ServerSettings.defaults().withPort(0))) {
            Run local = Cli.run("query", "--db", db, "causes", "--format", "csv");
            Run remote = Cli.run("query", "--endpoint", server.queryUrl(), "causes", "--format", "csv");
            assertThat(remote.exit()).isZero();
            assertThat(remote.out()).isEqualTo(local.out()).contains(COST);
        }
    }

    @Test
    void unreachableEndpointIsAnIoError() {
        Run r = Cli.run("query", "--endpoint", "http://127.0.0.1:9/sparql", "-e", CAUSES);
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("query failed against http://127.0.0.1:9/sparql");
    }
}
