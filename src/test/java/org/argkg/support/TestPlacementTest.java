package org.argkg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class runs once in {@code mvn verify}: Surefire takes the {@code *Test} classes not
 * tagged slow, Failsafe the {@code *IT} classes and the {@code *Test} classes tagged slow (see the
 * pom). A class under any other name would run nowhere, and an {@code *IT} class without
 * {@link Slow} would be left out by Failsafe's {@code groups}.
 */
class TestPlacementTest {

    static final Path TESTS = Path.of("src/test/java");
    static final Pattern HAS_TESTS = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b");

    @Test
    void everyTestClassIsNamedSoThatSurefireOrFailsafeRunsIt() throws IOException {
        List<String> misnamed = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            if (HAS_TESTS.matcher(read(file)).find() && !name.endsWith("Test.java") && !name.endsWith("IT.java")) {
                misnamed.add(TESTS.relativize(file).toString());
            }
        }
        assertThat(misnamed).as("test classes named neither *Test nor *IT").isEmpty();
    }

    @Test
    void everyIntegrationTestIsTaggedSlow() throws IOException {
        List<String> untagged = new ArrayList<>();
        for (Path file : sources()) {
            if (file.getFileName().toString().endsWith("IT.java") && !read(file).contains("\n@Slow\n")) {
                untagged.add(TESTS.relativize(file).toString());
            }
        }
        assertThat(untagged).as("*IT classes without @Slow, which Failsafe's groups would leave out").isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
