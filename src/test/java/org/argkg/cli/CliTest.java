package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.argkg.diagram.DiagramFormat;
import org.argkg.diagram.DiagramLang;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.bipolar.EvidenceReading;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationVocab;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.IccmaTask;
import org.argkg.export.ExportFormat;
import org.argkg.link.LinkWeights;
import org.argkg.push.PushTarget;
import org.argkg.query.ResultFormat;
import org.argkg.server.ServerSettings;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli.Run;
import org.argkg.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The CLI through picocli's execute(), with captured output and exit codes. */
class CliTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "build", "export", "import", "query", "link", "generate", "push", "load", "serve",
        "evaluate"})
    void everyCommandHasHelpWithExamples(String command) {
        Run r = Cli.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: argkg " + command).contains("Examples:");
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Run r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("validate", "build", "export", "Exit codes:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "export", "import", "query", "link", "push", "load", "serve", "evaluate"})
    void everyStoreCommandHasTheOneDbOptionWithTheStoresDefault(String command) {
        String help = oneLine(Cli.run(command, "--help").out());
        String location = System.getenv().getOrDefault("ARGKG_DB", GraphStore.DEFAULT_LOCATION.toString());
        assertThat(help).contains("--db=DIR TDB2 store folder (default: " + location + ";");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void theSeedsOptionAndValidatesDefaultAreTheSame(String command) {
        assertThat(oneLine(Cli.run(command, "--help").out())).contains("--seeds=DIR Seeds folder: actors.yaml and one folder"
                + " per document (default: " + SeedsOption.DEFAULT_FOLDER + ").");
        assertThat(oneLine(Cli.run("validate", "--help").out())).contains("(default: " + SeedsOption.DEFAULT_FOLDER + ")");
    }

    static Stream<Arguments> closedValueOptions() {
        return Stream.of(
                Arguments.of("query", "--format", ResultFormat.words()),
                Arguments.of("export", "--format", Stream.concat(ExportFormat.words().stream(), DiagramFormat.words().stream()).toList()),
                Arguments.of("export", "--lang", DiagramLang.words()),
                Arguments.of("export", "--jsonld-context", List.of("embed", "url")),
                Arguments.of("evaluate", "--semantics", Semantics.words()),
                Arguments.of("evaluate", "--support", SupportTreatment.words()),
                Arguments.of("evaluate", "--evidence", EvidenceReading.words()),
                Arguments.of("evaluate", "--format", List.of("table", "json", "turtle", "iccma")),
                Arguments.of("evaluate", "--task", IccmaTask.words()),
                Arguments.of("evaluate", "--af-format", AfFormat.words()),
                Arguments.of("link", "--format", List.of("table", "csv", "json", "yaml")),
                Arguments.of("import", "--format", List.of("aif")),
                Arguments.of("import", "--lang", List.of("zh", "en")),
                Arguments.of("validate", "--format", List.of("text", "json")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void closedValueOptions(String command, String option, List<String> words) {
        String list = String.join(", ", words);
        assertThat(oneLine(Cli.run(command, "--help").out())).contains(list);
        Run r = Cli.run(command, option, "nonsense");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Invalid value for option '" + option + "': expected one of [" + list + "]")
                .contains("but was 'nonsense'");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "serve|--port|70000|an integer from 0 to 65535",
        "serve|--port|-1|an integer from 0 to 65535",
        "serve|--timeout|0|a number of seconds greater than 0",
        "serve|--timeout|Infinity|a number of seconds greater than 0",
        "serve|--max-request-bytes|0|an integer of at least 1",
        "link|--limit|0|an integer of at least 1",
        "link|--top|many|an integer of at least 1",
        "evaluate|--max-extensions|-5|an integer of at least 1",
        "generate|--documents|0|an integer of at least 1",
        "push|--retries|0|an integer of at least 1"})
    void numbersOutOfRangeAreUsageErrorsNamingTheOption(String command, String option, String value, String expected) {
        usageError("Invalid value for option '" + option + "': expected " + expected + " but was '" + value + "'",
                command, option, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "push --endpoint ftp://127.0.0.1/ds => Invalid value for option '--endpoint': expected an http(s) URL but was 'ftp://127.0.0.1/ds'",
        "query causes --endpoint 127.0.0.1:3030 => Invalid value for option '--endpoint': expected an http(s) URL",
        "export --format turtle --endpoint 127.0.0.1:3030 => Invalid value for option '--endpoint': expected an http(s) URL",
        "link --suggest --endpoint 127.0.0.1:3030 => Invalid value for option '--endpoint': expected an http(s) URL",
        "evaluate --semantics GR --endpoint 127.0.0.1:3030 => Invalid value for option '--endpoint': expected an http(s) URL",
        "import x.json --format aif --doc-id x --url www.example.org => Invalid value for option '--url': expected an http(s) URL",
        "import x.json --format aif --doc-id x --date 2025-02-30 => Invalid value for option '--date': expected a date YYYY-MM-DD",
        "import x.json --format aif --doc-id x --date 25-02-03 => Invalid value for option '--date': expected a date YYYY-MM-DD",
        "import x.json --format aif --doc-id Chip_Controls => Invalid value for option '--doc-id': expected lower-case letters"})
    void valuesWithASyntaxAreCheckedWhileParsing(String args, String message) {
        usageError(message, args.split(" "));
    }

    @Test
    void aBlankTitleIsAUsageError() {
        usageError("Invalid value for option '--title': expected some text but was ' '",
                "import", "x.json", "--format", "aif", "--doc-id", "x", "--title", " ");
    }

    /** Options that exclude or need each other are argument groups: picocli refuses a wrong mix before anything runs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "query => Missing required argument (specify one of these): (NAME|FILE.rq | -e=SPARQL | --list)",
        "query causes --list => NAME|FILE.rq, --list are mutually exclusive (specify only one)",
        "query causes -e ASK{} => NAME|FILE.rq, --expr=SPARQL are mutually exclusive (specify only one)",
        "evaluate --af a.apx --db x => and [--af=FILE [--af-format=FORMAT] [--task=TASK] [--arg=A]] are mutually exclusive",
        "evaluate --af a.apx --max-extensions 3 => are mutually exclusive (specify only one)",
        "evaluate --semantics GR --task EE => Missing required argument(s): --af=FILE",
        "link => Missing required argument (specify one of these): ([--suggest [--limit=N]] | [FILE [--top=K] [--draft=OUT.yaml]])",
        "link --suggest new.md => [--suggest [--limit=N]] and [FILE [--top=K] [--draft=OUT.yaml]] are mutually exclusive",
        "link --draft map.yaml => Missing required argument(s): FILE",
        "link --top 3 --suggest => Missing required argument(s): FILE",
        "export --format turtle --db x --endpoint http://127.0.0.1:9/s => --db=DIR, --endpoint=URL are mutually exclusive",
        "link --suggest --db x --endpoint http://127.0.0.1:9/s => ={--db=x} and [[--db=DIR] | --endpoint=URL]={--endpoint=",
        "evaluate --semantics GR --db x --endpoint http://127.0.0.1:9/s => --db=DIR, --endpoint=URL are mutually exclusive",
        "evaluate --af a.apx --endpoint http://127.0.0.1:9/s => are mutually exclusive (specify only one)",
        "push --endpoint http://127.0.0.1:9/ds --user alice => Missing required argument(s): --password-file=FILE",
        "serve --update => Missing required argument(s): --password-file=FILE",
        "serve --password-file users.txt => Missing required argument(s): --update"})
    void optionsThatExcludeOrNeedEachOtherAreUsageErrors(String args, String message) {
        usageError(message, args.split(" "));
    }

    @Test
    void wordsAreAcceptedInAnyCase() {
        Run r = Cli.run("query", "--show", "--format", "CSV", "-e", "SELECT * { ?s ?p ?o }");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("SELECT");
    }

    @Test
    void queryTakesTheStoreOrAnEndpointNotBoth() {
        Run r = Cli.run("query", "--db", tmp.toString(), "--endpoint", "http://127.0.0.1:9/sparql", "causes");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--db=DIR, --endpoint=URL are mutually exclusive");
        assertThat(oneLine(Cli.run("query", "--help").out())).containsPattern("\\[\\[?--db=DIR]? \\| --endpoint=URL]");
    }

    @Test
    void helpTextsTakeTheirNumbersFromTheCode() {
        assertThat(oneLine(Cli.run("link", "--help").out())).contains("Score = " + LinkWeights.HYBRID.describe())
                .contains("Without embeddings: " + LinkWeights.LEXICAL.describe());
        String serve = oneLine(Cli.run("serve", "--help").out());
        assertThat(serve).contains("--host=HOST Address to bind (default: " + ServerSettings.DEFAULT_HOST + ")")
                .contains("--port=PORT TCP port; 0 picks a free one (default: " + ServerSettings.DEFAULT_PORT + ")")
                .contains("--timeout=SECONDS Cancel queries running longer (default: " + ServerSettings.DEFAULT_TIMEOUT_SECONDS + ")");
        assertThat(oneLine(Cli.run("push", "--help").out())).contains("Attempts per request (default: " + PushTarget.DEFAULT_ATTEMPTS + ")");
        assertThat(oneLine(Cli.run("evaluate", "--help").out())).contains(EvaluationVocab.GRAPHS + "<semantics>")
                .contains("(default: " + EvaluationRequest.DEFAULT_MAX_EXTENSIONS + ")");
        assertThat(Cli.run("--help").out()).contains("  " + ExitCodes.USAGE + "  usage error");
    }

    /** Footers are examples laid out by hand: picocli would break a longer line at any space, mid-command. */
    @Test
    void examplesFitTheHelpsWidth() {
        CommandLine top = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<CommandLine> all = Stream.concat(Stream.of(top), top.getSubcommands().values().stream()).toList();
        for (CommandLine c : all) {
            for (String line : c.getCommandSpec().usageMessage().footer()) {
                assertThat(String.format(line).length()).as("%s: %s", c.getCommandName(), line)
                        .isLessThanOrEqualTo(c.getUsageHelpWidth());
            }
        }
    }

    @Test
    void topLevelHelpHasExamplesThatParse() {
        String help = Cli.run("--help").out();
        assertThat(help).contains("Examples:");
        List<String[]> examples = help.substring(help.indexOf("Examples:"), help.indexOf("Exit codes:")).lines()
                .filter(l -> l.startsWith("  argkg ")).map(l -> l.replaceFirst("#.*", "").strip().split("\\s+")).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (String[] example : examples) {
            CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertThatCode(() -> cl.parseArgs(Arrays.copyOfRange(example, 1, example.length)))
                    .as(String.join(" ", example)).doesNotThrowAnyException();
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Run r = Cli.run();
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("a command is required");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        Run r = Cli.run("validate", "--formt", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--formt'").contains("--format");
    }

    @Test
    void mistypedCommandGetsASuggestion() {
        Run r = Cli.run("qurey", "causes");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'qurey'").contains("Did you mean: argkg query?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--fromat", "--fromat=csv", "--foramt", "--ormat"})
    void optionMistypedAnywhereGetsTheClosestOption(String typo) {
        Run r = Cli.run("query", "causes", typo, "csv");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option").contains("'" + typo + "'").contains("Possible solutions: --format\n")
                .contains("Try 'argkg query --help'");
    }

    @Test
    void anOptionLikeNoneGetsNoSuggestion() {
        Run r = Cli.run("query", "causes", "--xyzzy-plugh");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--xyzzy-plugh'").doesNotContain("Possible solutions");
    }

    @Test
    void validateTheSeedsExitsZero() {
        Run r = Cli.run("validate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("valid: 0 errors, 0 warnings (" + org.argkg.support.Seeds.documentCount() + " documents)");
    }

    @Test
    void validateABrokenMapPrintsEveryProblemAndExitsOne() throws IOException {
        Path seeds = copySeeds();
        Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        String text = Files.readString(map, StandardCharsets.UTF_8)
                .replaceFirst("    statement:", "    stament:")
                .replaceFirst("factor: cost", "factor: costs")
                .replaceFirst("- supports: thesis", "- supports: thesys");
        Files.writeString(map, text, StandardCharsets.UTF_8);
        Run r = Cli.run("validate", map.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).allMatch(l -> l.matches(".*map\\.yaml:\\d+:\\d+: error: .+ \\[[A-Z_:a-zA-Z]+]"));
        assertThat(r.out())
                .contains("unknown key 'stament' in node 'thesis'; did you mean 'statement'? [MAP_UNKNOWN_KEY]")
                .contains("node 'thesis' is missing required key 'statement' [MAP_MISSING_KEY]")
                .contains("unknown factor 'costs'; did you mean 'cost'? [MAP_UNKNOWN_FACTOR]")
                .contains("no node 'thesys' in this map; did you mean 'thesis'? [MAP_DANGLING_REFERENCE]");
        assertThat(r.err()).startsWith("invalid: ");
    }

    @Test
    void validateJsonOutputIsMachineReadable() throws IOException {
        Path seeds = copySeeds();
        Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        Files.writeString(map, Files.readString(map).replaceFirst("role: cause", "role: cuase"));
        Run r = Cli.run("validate", "--format", "json", seeds.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).startsWith("[").contains("\"code\": \"MAP_UNKNOWN_ROLE\"").contains("\"line\": ");
    }

    @Test
    void buildRefusesInvalidInputAndLeavesTheStoreAlone() throws IOException {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("build", "--db", db.toString()).exit()).isZero();
        String before = Cli.run("export", "--db", db.toString(), "--format", "nquads").out();
        Path seeds = copySeeds();
        Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        Files.writeString(map, Files.readString(map).replaceFirst("role: cause", "role: cuase"));
        Run r = Cli.run("build", "--seeds", seeds.toString(), "--db", db.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("unknown role 'cuase'; did you mean 'cause'? [MAP_UNKNOWN_ROLE]");
        assertThat(Cli.run("export", "--db", db.toString(), "--format", "nquads").out()).isEqualTo(before);
    }

    @Test
    void exportWithoutAStoreIsAnIoError() {
        Run r = Cli.run("export", "--db", tmp.resolve("nothing").toString(), "--format", "turtle");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("no store at").contains("argkg build");
    }

    @Test
    void exportOfAnUnknownDocumentOrFormatIsAUsageError() {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("build", "--db", db.toString()).exit()).isZero();
        assertThat(Cli.run("export", "--db", db.toString(), "--format", "turtle", "--graph", "nope").exit())
                .isEqualTo(ExitCodes.USAGE);
        Run r = Cli.run("export", "--db", db.toString(), "--format", "rdfxml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Invalid value for option '--format': expected one of [turtle, ntriples, trig, nquads, jsonld, aif, dot, svg,"
                + " png] (case-insensitive) but was 'rdfxml'");
    }

    @Test
    void exportWhereTheFolderCannotBeMadeIsAnIoErrorAndLeavesNothing() throws IOException {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("build", "--db", db.toString()).exit()).isZero();
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        // a path below a regular file cannot be created, whoever runs the test (root ignores read-only modes)
        Run r = Cli.run("export", "--db", db.toString(), "--format", "turtle", "--out", blocker.resolve("out.ttl").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("cannot write");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(blocker)).isEqualTo("x");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("db", "file");
        }
    }

    /** A run that is refused as a usage error (exit 2) with the message, having printed nothing on stdout. */
    static void usageError(String message, String... args) {
        Run r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    /** Help text with its line breaks and padding folded, so that a check does not depend on where it wraps. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private Path copySeeds() throws IOException {
        return org.argkg.support.Seeds.copyTo(tmp);
    }
}
