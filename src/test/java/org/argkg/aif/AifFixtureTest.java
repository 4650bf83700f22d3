package org.argkg.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.ontology.Ontology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder of {@code src/test/fixtures/aif/valid} and {@code …/invalid} holds a nodeset and the
 * exact diagnostics ({@code expected.txt}) its import gives: none or warnings for the valid ones,
 * errors for the invalid ones. Add a case by adding a folder.
 */
class AifFixtureTest {

    static final Path ROOT = Path.of("src/test/fixtures/aif");

    static Stream<String> valid() throws IOException {
        return cases("valid");
    }

    static Stream<String> invalid() throws IOException {
        return cases("invalid");
    }

    private static Stream<String> cases(String kind) throws IOException {
        return org.argkg.support.FixtureCases.in(ROOT, kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validNodesetsImportWithTheExpectedWarnings(String name) throws IOException {
        Path dir = ROOT.resolve("valid").resolve(name);
        AifImporter.Result r = importFixture(dir);
        assertThat(r.ok()).as(String.join("\n", lines(r))).isTrue();
        assertThat(lines(r)).containsExactlyElementsOf(expected(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidNodesetsGiveTheExpectedErrors(String name) throws IOException {
        Path dir = ROOT.resolve("invalid").resolve(name);
        AifImporter.Result r = importFixture(dir);
        assertThat(r.ok()).isFalse();
        assertThat(r.document()).isNull();
        List<String> expected = expected(dir);
        assertThat(expected).as("expected.txt of " + name).isNotEmpty();
        assertThat(lines(r)).containsExactlyElementsOf(expected);
    }

    static AifImporter.Result importFixture(Path dir) {
        Ontology ontology = Ontology.load();
        return new AifImporter(ontology).read(dir.resolve("nodeset.json"),
                new ImportOptions("fixture", null, null, "https://example.org/nodeset", null), ImportContext.of(ontology));
    }

    private static List<String> lines(AifImporter.Result r) {
        return r.diagnostics().sorted().stream()
                .map(d -> new Diagnostic(d.severity(), d.file().getFileName(), d.line(), d.column(), d.code(), d.message()).format())
                .toList();
    }

    private static List<String> expected(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
