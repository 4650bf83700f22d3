package org.argkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.query.QueryRunner;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the README and of every page of {@code docs/} are tests, so they cannot rot: every
 * SPARQL query they show (in {@code sparql} blocks and in curl examples) runs on the seeds' store and
 * answers, and every {@code argkg query} command line they show for the local store runs and exits 0.
 */
class ReadmeTest {

    static final Path README = Path.of("README.md");

    /** The README and the pages of docs/, each with its text. */
    static java.util.Map<Path, String> pages() throws IOException {
        java.util.Map<Path, String> out = new java.util.LinkedHashMap<>();
        out.put(README, Files.readString(README, StandardCharsets.UTF_8));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path p : docs.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
        // the pages on evaluation query what evaluate writes back
        assertThat(Cli.run("evaluate", "--semantics", "grounded", "--db", db.toString()).exit()).isZero();
    }

    static Stream<Named<String>> sparqlExamples() throws IOException {
        List<Named<String>> out = new ArrayList<>();
        for (var page : pages().entrySet()) {
            String readme = page.getValue();
            Matcher blocks = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
            while (blocks.find()) {
                out.add(Named.of(page.getKey() + ": sparql block at line " + line(readme, blocks.start()), blocks.group(1)));
            }
            Matcher curl = Pattern.compile("--data-urlencode 'query=\\n(.*?)' \\\\", Pattern.DOTALL).matcher(readme);
            while (curl.find()) {
                out.add(Named.of(page.getKey() + ": curl query at line " + line(readme, curl.start()), curl.group(1)));
            }
        }
        assertThat(out).as("SPARQL examples found in the README and docs/").hasSizeGreaterThanOrEqualTo(2);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sparqlExamples")
    void theSparqlExamplesRunAndAnswer(String sparql) {
        try (GraphStore s = GraphStore.openExisting(db); QueryRunner r = QueryRunner.local(s)) {
            Query q = QueryRunner.parse(sparql, null);
            assertThat(r.select(q)).as(sparql).isNotEmpty();
        }
    }

    static Stream<Named<String>> queryCommands() throws IOException {
        List<Named<String>> out = new ArrayList<>();
        for (var page : pages().entrySet()) {
            Matcher m = Pattern.compile("(?m)^(?:argkg|java -jar target/argkg\\.jar) (query .*)$").matcher(page.getValue());
            while (m.find()) {
                if (!m.group(1).contains("--endpoint")) {
                    out.add(Named.of(page.getKey() + ": " + m.group(1), m.group(1)));
                }
            }
        }
        assertThat(out).as("argkg query lines found in the README and docs/").hasSizeGreaterThanOrEqualTo(3);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryCommands")
    void theQueryCommandLinesRun(String line) {
        List<String> args = new ArrayList<>(shellWords(line));
        args.addAll(List.of("--db", db.toString()));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void theListOfNamedQueriesIsWhatQueryListPrints() throws IOException {
        String readme = String.join("\n", pages().values());
        int start = readme.indexOf("`queries/` holds");
        int open = readme.indexOf("```\n", start) + 4;
        String shown = readme.substring(open, readme.indexOf("```\n", open));
        Cli.Run list = Cli.run("query", "--list");
        assertThat(list.exit()).isZero();
        assertThat(shown).isEqualTo(list.out());
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Splits a shell command line into words: single quotes group, a trailing comment is dropped. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '#' && word == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return Arrays.asList(words.toArray(String[]::new));
    }
}
