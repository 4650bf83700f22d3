package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.iccma.AfParser;
import org.argkg.evaluation.iccma.IccmaSolver;
import org.argkg.evaluation.iccma.IccmaTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The textbook frameworks of {@code src/test/fixtures/evaluation/valid/<case>/}: a framework file
 * ({@code framework.tgf}, {@code .apx} or {@code .i23}) and {@code expected.txt}, one answer per line
 * as {@code TASK-SEMANTICS [ARGUMENT] ANSWER} in the ICCMA 2017/2019 output format. Besides the
 * listed answers, each case is checked for consistency: SE gives one of the EE extensions (NO when
 * there is none), and DC / DS of every argument agree with EE.
 *
 * <p>{@code invalid/<case>/}: a malformed file and {@code expected.txt}, the exact diagnostics, as
 * printed ({@code path:line:col: error: message [CODE]}, the path relative to the case folder).
 * Adding a case means adding files, not code.
 */
class IccmaFixtureTest {

    static final Path ROOT = Path.of("src", "test", "fixtures", "evaluation");

    static Stream<String> validCases() throws IOException {
        return cases("valid");
    }

    static Stream<String> invalidCases() throws IOException {
        return cases("invalid");
    }

    private static Stream<String> cases(String kind) throws IOException {
        return org.argkg.support.FixtureCases.in(ROOT, kind);
    }

    static Path framework(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("framework.")).toList();
            assertThat(files).as("one framework file in %s", dir).hasSize(1);
            return files.get(0);
        }
    }

    @ParameterizedTest(name = "valid/{0}")
    @MethodSource("validCases")
    void textbookFrameworkGivesTheKnownAnswers(String name) throws IOException {
        Path dir = ROOT.resolve("valid").resolve(name);
        ArgumentationFramework af = AfParser.read(framework(dir), null).framework();
        List<String> lines = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines).as("expected answers of %s", name).isNotEmpty();
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\s+");
            String[] ts = f[0].split("-");
            IccmaTask task = IccmaTask.parse(ts[0]).orElseThrow();
            Semantics sem = Semantics.parse(ts[1]).orElseThrow();
            int arg = task.needsArgument() ? af.indexOf(f[1]).orElseThrow() : -1;
            actual.add(f[0] + (task.needsArgument() ? " " + f[1] : "") + " " + IccmaSolver.solve(af, task, sem, arg));
            expected.add(line.replaceAll("\\s+", " "));
        }
        assertThat(actual).as(name).containsExactlyElementsOf(expected);

        // every semantics must also be consistent across the tasks
        for (Semantics sem : Semantics.values()) {
            String ee = IccmaSolver.solve(af, IccmaTask.EE, sem, -1);
            List<String> extensions = extensionsOf(ee);
            String se = IccmaSolver.solve(af, IccmaTask.SE, sem, -1);
            if (extensions.isEmpty()) {
                assertThat(se).as("SE-%s of %s", sem.code(), name).isEqualTo("NO");
            } else {
                assertThat(extensions).as("SE-%s of %s", sem.code(), name).contains(se);
            }
            for (int a = 0; a < af.size(); a++) {
                String arg = af.name(a);
                boolean cred = extensions.stream().anyMatch(e -> members(e).contains(arg));
                boolean skep = extensions.stream().allMatch(e -> members(e).contains(arg));
                assertThat(IccmaSolver.solve(af, IccmaTask.DC, sem, a)).as("DC-%s %s of %s", sem.code(), arg, name)
                        .isEqualTo(cred ? "YES" : "NO");
                assertThat(IccmaSolver.solve(af, IccmaTask.DS, sem, a)).as("DS-%s %s of %s", sem.code(), arg, name)
                        .isEqualTo(skep ? "YES" : "NO");
            }
        }
    }

    @ParameterizedTest(name = "invalid/{0}")
    @MethodSource("invalidCases")
    void malformedFileReportsEveryProblemWithItsPosition(String name) throws IOException {
        Path dir = ROOT.resolve("invalid").resolve(name);
        Path file = framework(dir);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThatThrownBy(() -> AfParser.read(file, null)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(format(dir, e.diagnostics())).as(name).containsExactlyElementsOf(expected));
    }

    static List<String> format(Path caseDir, List<Diagnostic> diagnostics) {
        Path base = caseDir.toAbsolutePath().normalize();
        return diagnostics.stream().map(d -> new Diagnostic(d.severity(),
                base.relativize(d.file().toAbsolutePath().normalize()), d.line(), d.column(), d.code(), d.message()).format())
                .toList();
    }

    /** The extensions of an EE answer, each as printed: {@code [[a],[b,c]]} gives {@code [a]}, {@code [b,c]}. */
    static List<String> extensionsOf(String ee) {
        assertThat(ee).startsWith("[").endsWith("]");
        String inner = ee.substring(1, ee.length() - 1);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '[') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == ']' && --depth == 0) {
                out.add(inner.substring(start, i + 1));
            }
        }
        return out;
    }

    static List<String> members(String extension) {
        String inner = extension.substring(1, extension.length() - 1);
        return inner.isEmpty() ? List.of() : List.of(inner.split(","));
    }
}
