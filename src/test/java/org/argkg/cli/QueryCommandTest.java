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
import org.junit.jupiter.api.BeforeAll;
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
        assertThat(r.out()).contains("| c ").contains("<" + COST + ">").contains("-----");
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
