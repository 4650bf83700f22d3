package org.argkg.generate;

import org.apache.jena.vocabulary.DCTerms;
import org.argkg.vocab.OA;
import org.argkg.vocab.Aif;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argkg.build.BuildResult;
import org.argkg.build.GraphBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.mapping.MappedDocument;
import org.argkg.support.Cli;
import org.argkg.vocab.Argkg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated corpora go through the same code as real documents, so they must be valid and stable. */
class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesTheSameFilesAndADifferentSeedOtherOnes() throws IOException {
        new CorpusGenerator(25, 7).write(tmp.resolve("a"), n -> { });
        new CorpusGenerator(25, 7).write(tmp.resolve("b"), n -> { });
        new CorpusGenerator(25, 8).write(tmp.resolve("c"), n -> { });
        List<Path> files = files(tmp.resolve("a"));
        assertThat(files).hasSize(1 + 2 * 25);
        boolean anyDifferent = false;
        for (Path f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
            anyDifferent |= !java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("c").resolve(f)),
                    Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void aGeneratedCorpusIsValidWithQuotesLinksAndBothLanguages() {
        new CorpusGenerator(40, 1).write(tmp.resolve("corpus"), n -> { });
        BuildResult r = new GraphBuilder().build(new Corpus(tmp.resolve("corpus")));
        assertThat(r.diagnostics().sorted()).isEmpty();
        assertThat(r.documents()).hasSize(40);
        long crossLinks = r.documents().stream().map(MappedDocument::graph)
                .flatMap(g -> g.listSubjectsWithProperty(Aif.Conclusion).toList().stream()
                        .map(rel -> rel.getPropertyResourceValue(Aif.Conclusion).getURI()))
                .filter(target -> target.contains("/gen-")).count();
        assertThat(crossLinks).isGreaterThan(10);
        long quotes = r.documents().stream().mapToLong(d -> d.graph().listSubjectsWithProperty(OA.start).toList().size()).sum();
        assertThat(quotes).isGreaterThan(40 * 4);
        assertThat(r.documents().stream().map(d -> d.graph().listObjectsOfProperty(DCTerms.language).next().asLiteral().getString())
                .distinct()).containsExactlyInAnyOrder("zh", "en");
    }

    @Test
    void cliRefusesAFolderThatAlreadyHoldsACorpus() {
        assertThat(Cli.run("generate", "--documents", "3", "--out", tmp.resolve("x").toString()).exit()).isZero();
        Cli.Run again = Cli.run("generate", "--documents", "3", "--out", tmp.resolve("x").toString());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("already holds a corpus");
        assertThat(Cli.run("generate", "--documents", "0", "--out", tmp.resolve("y").toString()).exit()).isEqualTo(2);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
