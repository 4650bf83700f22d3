package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.cli.ExitCodes;
import org.argkg.corpus.Corpus;
import org.argkg.evaluation.graph.EvaluationVocab;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.argkg.support.Graphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argkg evaluate} through picocli's execute(): framework files, the store, and every error path. */
class EvaluateCommandTest {

    static final String VALID = "src/test/fixtures/evaluation/valid/";
    static final String INVALID = "src/test/fixtures/evaluation/invalid/";
    static final String FLOAT = VALID + "floating-reinstatement/framework.apx";
    static final String DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;
    static String db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        new StoreBuilder().build(new Corpus(Path.of("seeds")), Path.of(db));
    }

    static Run ok(String... args) {
        Run r = Cli.run(args);
        assertThat(r.exit()).as("exit of %s, stderr: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    static void usage(String expectedMessage, String... args) {
        Run r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(expectedMessage);
        assertThat(r.out()).isEmpty();
    }

    // ---------------------------------------------------------------- framework files

    @Test
    void everyIccmaTaskOnAFrameworkFile() {
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "EE", "--semantics", "preferred").out()).isEqualTo("[[a,d],[b,d]]\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "EE-CO").out()).isEqualTo("[[],[a,d],[b,d]]\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--semantics", "GR").out()).as("EE by default").isEqualTo("[[]]\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "SE-PR").out()).isIn("[a,d]\n", "[b,d]\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "DS-PR", "--arg", "d").out()).isEqualTo("YES\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "DS", "--semantics", "grounded", "--arg", "d").out()).isEqualTo("NO\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "dc-pr", "--arg", "c").out()).isEqualTo("NO\n");
        assertThat(ok("evaluate", "--af", VALID + "odd-cycle/framework.apx", "--task", "SE-ST").out()).isEqualTo("NO\n");
        assertThat(ok("evaluate", "--af", VALID + "odd-cycle/framework.apx", "--task", "EE-ST").out()).isEqualTo("[]\n");
        assertThat(ok("evaluate", "--af", VALID + "even-cycle/framework.i23", "--task", "EE-ST").out()).isEqualTo("[[1],[2]]\n");
        assertThat(ok("evaluate", "--af", VALID + "disconnected/framework.tgf", "--task", "EE-PR").out())
                .isEqualTo("[[a,c,e],[b,c,e]]\n");
    }

    @Test
    void assumptionsOnAFrameworkFile() {
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "EE-GR", "--assume", "in:a").out()).isEqualTo("[[a,d]]\n");
        assertThat(ok("evaluate", "--af", FLOAT, "--task", "EE-ST", "--assume", "out:a", "--assume", "out:b").out())
                .isEqualTo("[[c]]\n");
        usage("has no argument 'zz'", "evaluate", "--af", FLOAT, "--task", "EE-GR", "--assume", "in:zz");
        usage("'a' is assumed both in and out", "evaluate", "--af", FLOAT, "--task", "EE-GR", "--assume", "in:a,out:a");
    }

    @Test
    void aMalformedFileListsEveryProblemAsPathLineColumnAndExitsOne() throws Exception {
        String dir = INVALID + "apx-many-problems/";
        Run r = Cli.run("evaluate", "--af", dir + "framework.apx", "--task", "EE-GR");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        List<String> expected = Files.readAllLines(Path.of(dir, "expected.txt")).stream().map(l -> dir + l).toList();
        assertThat(r.err().strip().split("\n")).containsExactlyElementsOf(expected);
        assertThat(r.err()).contains(dir + "framework.apx:2:7: error: expected '.' after arg(…) [AF_SYNTAX]");
    }

    @Test
    void warningsGoToStderrAndTheAnswerToStdout() throws Exception {
        Path f = tmp.resolve("dup.tgf");
        Files.writeString(f, "a\nb\nb\n#\na b\n");
        Run r = ok("evaluate", "--af", f.toString(), "--task", "EE-GR");
        assertThat(r.out()).isEqualTo("[[a]]\n");
        assertThat(r.err()).contains(":3:1: warning: argument 'b' is declared again (first at line 2) [AF_DUPLICATE_ARGUMENT]");
    }

    @Test
    void theFormatComesFromTheExtensionOrFromAfFormat() throws Exception {
        Path f = tmp.resolve("framework.txt");
        Files.writeString(f, "arg(x).\n");
        usage("cannot tell the format", "evaluate", "--af", f.toString(), "--task", "EE-GR");
        assertThat(ok("evaluate", "--af", f.toString(), "--af-format", "apx", "--task", "EE-GR").out()).isEqualTo("[[x]]\n");
        usage("Invalid value for option '--af-format': expected one of [tgf, apx, i23] (case-insensitive) but was 'xml'", "evaluate", "--af", f.toString(), "--af-format", "xml", "--task", "EE-GR");
    }

    @Test
    void usageErrorsOnFrameworkFiles() {
        usage("task DC needs --arg A", "evaluate", "--af", FLOAT, "--task", "DC-PR");
        usage("--arg is for the tasks DC and DS", "evaluate", "--af", FLOAT, "--task", "EE-PR", "--arg", "a");
        usage("has no argument 'q'", "evaluate", "--af", FLOAT, "--task", "DS-PR", "--arg", "q");
        usage("Invalid value for option '--task': expected one of [SE, EE, DC, DS] (case-insensitive), optionally with the"
                + " semantics (EE-PR), but was 'XX'", "evaluate", "--af", FLOAT, "--task", "XX");
        usage("Invalid value for option '--task': the semantics of 'EE-QQ': expected one of [grounded, complete, preferred,"
                + " stable] (case-insensitive) or an ICCMA abbreviation [GR, CO, PR, ST] but was 'QQ'", "evaluate", "--af", FLOAT, "--task", "EE-QQ");
        usage("the task says preferred semantics but --semantics says stable", "evaluate", "--af", FLOAT, "--task", "EE-PR",
                "--semantics", "stable");
        usage("give --semantics", "evaluate", "--af", FLOAT, "--task", "EE");
        usage("Invalid value for option '--semantics': expected one of [grounded, complete, preferred, stable]"
                + " (case-insensitive) or an ICCMA abbreviation [GR, CO, PR, ST] but was 'ideal'", "evaluate", "--af", FLOAT, "--semantics", "ideal");
        usage("are mutually exclusive", "evaluate", "--af", FLOAT, "--task", "EE-PR", "--db", db);
        usage("are mutually exclusive", "evaluate", "--af", FLOAT, "--task", "EE-PR", "--graph", "x");
        usage("the output is in the ICCMA format", "evaluate", "--af", FLOAT, "--task", "EE-PR", "--format", "json");
    }

    @Test
    void aMissingFileIsAnIoError() {
        Run r = Cli.run("evaluate", "--af", tmp.resolve("none.apx").toString(), "--task", "EE-GR");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("cannot read").contains("no such file");
    }

    // ---------------------------------------------------------------- the store

    @Test
    void theTableShowsEachClaimWithItsLabelsAndTheDerivedAttacks() {
        Run r = ok("evaluate", "--db", db, "--graph", DOC, "--semantics", "preferred", "--no-write", "--explain");
        assertThat(r.out()).startsWith("preferred semantics, deductive support: 19 claims, 8 direct and 56 derived attacks, 1 extension\n");
        assertThat(r.out()).containsPattern("\nthesis +thesis +out +no +no +A view: AI may end catch-up")
                .containsPattern("\ncatch-up-mechanism +premise +in +yes +yes +Traditional")
                .contains("  cause-scale -> catch-up-mechanism ")
                .contains("supported: cause-scale supports thesis, which attacks catch-up-mechanism");
        assertThat(r.err()).contains("1 extension").doesNotContain("wrote");
        try (GraphStore s = GraphStore.openExisting(Path.of(db))) {
            assertThat(s.graph(EvaluationVocab.graph(Semantics.PREFERRED))).as("--no-write").isEmpty();
        }
    }

    /**
     * On the whole corpus the answer comes first: the table of labels starts within the first 40
     * lines, the derived attacks are one summary line under it, and --explain lists them, with each
     * claim that attacks itself through a chain reported once, as such.
     */
    @Test
    void theCorpusTableComesFirstAndTheDerivedAttacksOnlyWithExplain() {
        Run r = ok("evaluate", "--db", db, "--semantics", "grounded", "--no-write");
        List<String> lines = r.out().lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("claim +document +role +E1 +credulous +skeptical +label")) {
                header = i;
                break;
            }
        }
        assertThat(header).as("line of the table's header").isBetween(0, 39);
        int claims = Integer.parseInt(lines.get(0).replaceFirst(".*: (\\d+) claims,.*", "$1"));
        assertThat(lines.size()).as("table and summary, no list").isLessThanOrEqualTo(header + claims + 4);
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("\\d+ derived attacks \\(deductive support: \\d+ supported, \\d+ mediated, "
                + "\\d+ super-mediated\\)(; \\d+ claims? attacks? (itself|themselves) through a chain)?; --explain lists them");
        assertThat(r.out()).doesNotContain(" -> ");

        Run explained = ok("evaluate", "--db", db, "--semantics", "grounded", "--no-write", "--explain");
        assertThat(explained.out()).startsWith(r.out()).contains("\nderived attacks (deductive support):\n");
        List<String> self = new java.util.ArrayList<>();
        for (String l : explained.out().lines().toList()) {
            String[] w = l.strip().split(" +");
            if (l.startsWith("  ") && w.length > 2 && w[1].equals("->")) {
                assertThat(w[0]).as("a self-attack in the list of attacks between two claims: " + l).isNotEqualTo(w[2]);
            }
        }
        if (summary.contains("through a chain")) {
            int n = Integer.parseInt(summary.replaceFirst(".*; (\\d+) claims? attacks? .*", "$1"));
            String section = explained.out().substring(explained.out().indexOf("\nclaims that attack themselves through a chain:\n"));
            section = section.substring(section.indexOf(":\n") + 2, section.indexOf("\n\n"));
            for (String l : section.lines().toList()) {
                self.add(l.strip().split(" +")[0]);
            }
            assertThat(self).hasSize(n).doesNotHaveDuplicates();
        }
    }

    @Test
    void aWhatIfInTheTable() {
        Run r = ok("evaluate", "--db", db, "--graph", DOC, "--semantics", "grounded", "--assume", "in:thesis", "--no-write");
        assertThat(r.out()).contains("assumed in: thesis (suspends the attacks of conclusion, counterforce-open-ecosystem, "
                + "counterforce-policy-uncertainty, counterforce-social-ceiling, premise-ai-threats, premise-firms-openness, "
                + "premise-governance-lag)")
                .containsPattern("\nthesis +thesis +in ").containsPattern("\ncatch-up-mechanism +premise +out ");
    }

    @Test
    void jsonIsValidAndComplete() {
        Run r = ok("evaluate", "--db", db, "--graph", DOC, "--semantics", "stable", "--format", "json", "--no-write");
        JsonObject o = JSON.parse(r.out());
        assertThat(o.getString("semantics")).isEqualTo("stable");
        assertThat(o.getString("graph")).isEqualTo("https://w3id.org/argkg/graph/evaluation/stable");
        assertThat(o.getString("supportTreatment")).isEqualTo("deductive");
        assertThat(o.get("extensionCount").getAsNumber().value().intValue()).isEqualTo(1);
        JsonArray claims = o.get("claims").getAsArray();
        assertThat(claims).hasSize(19);
        JsonObject thesis = claims.stream().map(v -> v.getAsObject())
                .filter(c -> c.getString("id").equals("li-zheng-2024-ai-exception#thesis")).findFirst().orElseThrow();
        assertThat(thesis.get("labels").getAsArray().get(0).getAsString().value()).isEqualTo("out");
        assertThat(thesis.get("label").getAsObject().getString("zh")).isEqualTo("一种观点：AI可能终结后发赶超，强者恒强");
        assertThat(thesis.get("credulous").getAsBoolean().value()).isFalse();
        assertThat(o.get("directAttacks").getAsArray()).hasSize(8);
        JsonArray derived = o.get("derivedAttacks").getAsArray();
        assertThat(derived).hasSize(56);
        assertThat(derived.get(0).getAsObject().getString("reason")).isEqualTo("cause-cost supports thesis, which attacks catch-up-mechanism");
        assertThat(o.get("extensions").getAsArray().get(0).getAsObject().get("undecided").getAsArray()).isEmpty();
    }

    @Test
    void turtleIsTheWrittenGraphAndTheNamedQueryReadsIt() {
        Run r = ok("evaluate", "--db", db, "--graph", DOC, "--semantics", "complete", "--format", "turtle");
        assertThat(r.err()).contains("wrote graph https://w3id.org/argkg/graph/evaluation/complete (");
        assertThat(r.out()).contains("PREFIX argkg: <https://w3id.org/argkg/ontology#>")
                .containsPattern("argkg:semantics +argkg:CompleteSemantics").doesNotContain("_:");
        Model printed = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(printed);
        try (GraphStore s = GraphStore.openExisting(Path.of(db))) {
            Graphs.assertIsomorphic(printed, s.graph(EvaluationVocab.graph(Semantics.COMPLETE)).orElseThrow());
        }
        // byte-identical when run again
        assertThat(ok("evaluate", "--db", db, "--graph", DOC, "--semantics", "complete", "--format", "turtle").out()).isEqualTo(r.out());

        Run q = ok("query", "evaluation-status", "--db", db, "--param", "evaluation=id:evaluation/complete", "--format", "csv");
        List<String> lines = List.of(q.out().strip().split("\r?\n"));
        assertThat(lines).hasSize(20);
        assertThat(lines.get(0)).isEqualTo("semantics,index,claim,role,label_en,status,credulous,skeptical,assumed,extension");
        assertThat(lines).anyMatch(l -> l.startsWith("complete,1,https://w3id.org/argkg/id/li-zheng-2024-ai-exception/thesis,thesis,")
                && l.contains(",out,false,false,,"));
    }

    @Test
    void theWholeCorpusNamesClaimsUnambiguouslyAndShowsTheirDocuments() {
        Run r = ok("evaluate", "--db", db, "--semantics", "grounded", "--no-write");
        assertThat(r.out()).contains("claim").containsPattern("\\n" + DOC + "#thesis +" + DOC + " +thesis +")
                .containsPattern("\\ncatch-up-mechanism +" + DOC + " +premise +");
        Run what = ok("evaluate", "--db", db, "--semantics", "grounded", "--assume", "in:" + DOC + "#thesis", "--no-write");
        assertThat(what.out()).contains("assumed in: " + DOC + "#thesis");
    }

    @Test
    void usageAndStoreErrors() {
        usage("give --semantics", "evaluate", "--db", db);
        usage("the store has no document 'nope'", "evaluate", "--db", db, "--semantics", "grounded", "--graph", "nope");
        usage("no claim 'nope'", "evaluate", "--db", db, "--semantics", "grounded", "--assume", "in:nope");
        usage("'thesis' is ambiguous; say which: ", "evaluate", "--db", db, "--semantics", "grounded", "--assume", "in:thesis");
        usage("expected in:CLAIM or out:CLAIM", "evaluate", "--db", db, "--semantics", "grounded", "--assume", "thesis");
        usage("Invalid value for option '--format': expected one of [table, json, turtle, iccma] (case-insensitive) but was 'csv'",
                "evaluate", "--db", db, "--semantics", "grounded", "--format", "csv");
        usage("--format iccma is for framework files", "evaluate", "--db", db, "--semantics", "grounded", "--format", "iccma");
        usage("Invalid value for option '--support': expected one of [deductive, none] (case-insensitive) but was 'necessary'", "evaluate", "--db", db, "--semantics", "grounded", "--support", "necessary");
        usage("Missing required argument(s): --af=FILE", "evaluate", "--db", db, "--semantics", "grounded", "--task", "EE");
        usage("Invalid value for option '--max-extensions': expected an integer of at least 1 but was '0'", "evaluate", "--db", db, "--semantics", "grounded", "--max-extensions", "0");
        Run none = Cli.run("evaluate", "--db", tmp.resolve("no-store").toString(), "--semantics", "grounded");
        assertThat(none.exit()).isEqualTo(ExitCodes.IO);
        assertThat(none.err()).contains("no store at");
    }

    @Test
    void helpHasExamplesAndTheCommandIsListed() {
        Run r = ok("evaluate", "--help");
        assertThat(r.out()).contains("Usage: argkg evaluate").contains("Examples:").contains("--af").contains("--assume");
        assertThat(ok("--help").out()).contains("evaluate");
    }
}
