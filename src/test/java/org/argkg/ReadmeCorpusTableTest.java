package org.argkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.source.SourceDocument;
import org.argkg.source.SourceReader;
import org.argkg.yaml.YamlLoader;
import org.junit.jupiter.api.Test;

/**
 * The table of the README's {@code ## Corpus} section has one row per document of {@code seeds/}
 * (columns id, date, issuer, language, role), and its date and language are those of the
 * document's {@code source.md}.
 */
class ReadmeCorpusTableTest {

    static final Path SEEDS = Path.of("seeds");

    /** The rows of the table, by id (the id without its backticks), each as its cells. */
    static Map<String, List<String>> rows() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Corpus\n");
        assertThat(start).as("README has a '## Corpus' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : section.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                cells.add(c.strip());
            }
            if (header == null) {
                header = cells;
                assertThat(header).containsExactly("id", "date", "issuer", "language", "role in the debate");
                continue;
            }
            assertThat(cells).as(line).hasSize(5);
            String id = cells.get(0).replace("`", "");
            assertThat(rows.put(id, cells)).as("row for %s given twice", id).isNull();
        }
        return rows;
    }

    static Set<String> seedFolders() throws IOException {
        try (Stream<Path> dirs = Files.list(SEEDS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("map.yaml"))).map(d -> d.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everySeedHasARowAndEveryRowASeed() throws IOException {
        Set<String> ids = new TreeSet<>(rows().keySet());
        Set<String> folders = seedFolders();
        Set<String> noRow = new TreeSet<>(folders);
        noRow.removeAll(ids);
        Set<String> noFolder = new TreeSet<>(ids);
        noFolder.removeAll(folders);
        assertThat(noRow).as("seed folders without a row in the README's Corpus table").isEmpty();
        assertThat(noFolder).as("rows of the README's Corpus table that name no seed folder").isEmpty();
    }

    @Test
    void datesAndLanguagesAreThoseOfTheSources() throws IOException {
        SourceReader reader = new SourceReader(new YamlLoader());
        for (Map.Entry<String, List<String>> row : rows().entrySet()) {
            Path file = SEEDS.resolve(row.getKey()).resolve("source.md");
            if (!Files.isRegularFile(file)) {
                continue; // reported by the other test
            }
            Diagnostics d = new Diagnostics();
            SourceDocument source = reader.read(file, Files.readString(file, StandardCharsets.UTF_8), d).orElseThrow();
            assertThat(row.getValue().get(1)).as("date of %s", row.getKey()).isEqualTo(source.meta("date").orElse(""));
            assertThat(row.getValue().get(3)).as("language of %s", row.getKey()).isEqualTo(source.meta("language").orElse(""));
        }
    }
}
