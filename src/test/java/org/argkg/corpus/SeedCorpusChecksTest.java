package org.argkg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.argkg.query.QueryRunner;
import org.argkg.store.GraphStore;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks on the content of the repository's corpus, written as SPARQL ASK queries: every
 * {@code src/test/resources/corpus-checks/*.rq} runs on the store built once from {@code seeds/}
 * and must answer true. A check's first line is a {@code #} comment saying what it checks, which
 * is the test's name; adding a check means adding a file, not code.
 */
class SeedCorpusChecksTest {

    static final Path CHECKS = Path.of("src/test/resources/corpus-checks");

    @TempDir
    static Path tmp;
    static GraphStore store;

    @BeforeAll
    static void build() {
        store = GraphStore.openExisting(Seeds.build(tmp.resolve("db")));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    static Stream<Named<Path>> checks() throws IOException {
        try (Stream<Path> files = Files.list(CHECKS)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().map(f -> Named.of(title(f), f)).toList().stream();
        }
    }

    /** The first line of a check, without its {@code #}. */
    static String title(Path check) {
        try {
            String first = Files.readAllLines(check, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (!first.startsWith("#") || first.substring(1).isBlank()) {
                throw new IllegalStateException(check + " must start with a '# what it checks' line");
            }
            return first.substring(1).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void holdsOnTheSeeds(Path check) throws IOException {
        String text = Files.readString(check, StandardCharsets.UTF_8);
        var query = QueryRunner.parse(text, check);
        assertThat(query.isAskType()).as("%s must be an ASK query", check).isTrue();
        try (QueryRunner runner = QueryRunner.local(store)) {
            assertThat(runner.ask(query)).as("%s (%s)", title(check), check.getFileName()).isTrue();
        }
    }
}
