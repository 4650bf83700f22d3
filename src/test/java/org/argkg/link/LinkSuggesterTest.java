package org.argkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.argkg.build.StoreBuilder;
import org.argkg.cli.ExitCodes;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link suggestions on the repository's seeds: unseen paragraphs in English and Chinese, and unlinked pairs. */
class LinkSuggesterTest {

    static final String SEED = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;
    static String db;
    static LinkSuggester suggester;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        new StoreBuilder().build(new Corpus(Path.of("seeds")), Path.of(db));
        try (GraphStore s = GraphStore.openExisting(Path.of(db))) {
            suggester = new LinkSuggester(s.union());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chip export controls (en) | Washington added licence requirements for exports of advanced AI chips and chip-making equipment to China, citing national security. | cause-security | security-controls",
        "chip export controls (zh) | 美国以国家安全为由，对向中国出口先进人工智能芯片和芯片制造设备实施许可证管理。 | cause-security | security-controls",
        "open-weight release (en) | A lab published the weights of its reasoning model under the MIT licence, so anyone can download, run and fine-tune it. | counterforce-open-ecosystem | open-ecosystem",
        "open-weight release (zh) | 一家实验室以MIT许可证公开了其推理模型的权重，任何人都可以下载、运行和微调。 | counterforce-open-ecosystem | open-ecosystem"
    })
    void aParagraphRanksTheClaimItBearsOnFirst(String name, String paragraph, String seedNode, String factor) {
        List<Suggestion> inSeed = suggester.suggestForParagraphs(List.of(paragraph), Set.of(SEED), 3).get(1);
        assertThat(inSeed.get(0).to().ref()).isEqualTo(SEED + "#" + seedNode);
        assertThat(inSeed.get(0).score()).isGreaterThan(inSeed.get(1).score());
        List<Suggestion> all = suggester.suggestForParagraphs(List.of(paragraph), Set.of(), 3).get(1);
        assertThat(all.get(0).to().factors()).as("best claim over all documents").contains(factor);
        assertThat(all.get(0).reason()).contains("factor " + factor);
    }

    @Test
    void pairsAreFromDifferentDocumentsNotLinkedYetAndBestFirst() {
        List<Suggestion> pairs = suggester.suggestPairs(25);
        assertThat(pairs).hasSize(25);
        for (int i = 0; i < pairs.size(); i++) {
            Suggestion s = pairs.get(i);
            String fromDoc = s.from().substring(0, s.from().indexOf('#'));
            assertThat(fromDoc).isNotEqualTo(s.to().docId());
            ClaimProfile from = suggester.claims().stream().filter(c -> c.ref().equals(s.from())).findFirst().orElseThrow();
            assertThat(from.linked()).doesNotContain(s.to().iri());
            assertThat(s.reason()).startsWith("text ");
            if (i > 0) {
                assertThat(s.score()).isLessThanOrEqualTo(pairs.get(i - 1).score());
            }
        }
        // already linked pairs are left out: the BIS 2022 rule gives evidence for the security cause
        assertThat(pairs).noneMatch(s -> s.from().equals(SEED + "#cause-security")
                && s.to().ref().equals("us-bis-advanced-computing-2022#thesis"));
    }

    @Test
    void actorsAreRecognisedInBothLanguages() {
        assertThat(suggester.mentionedActors("The United States and the European Union met."))
                .contains("united-states", "european-union");
        assertThat(suggester.mentionedActors("美国与中国的竞争")).contains("united-states", "china");
    }

    @Test
    void paragraphsSkipFrontMatterAndHeadings() {
        assertThat(LinkSuggester.paragraphs("---\ntitle: x\n---\n# Heading\n\nFirst paragraph of text.\n\n\nSecond one, here.\n"))
                .containsExactly("First paragraph of text.", "Second one, here.");
    }

    @Test
    void cliSuggestsAndWritesADraftMapThatNeedsReview() throws Exception {
        Path text = Files.writeString(tmp.resolve("new-rule.md"), "# A new rule\n\n"
                + "The United States tightened export controls on advanced AI chips to China. More rules followed.\n\n"
                + "一家中国公司以开源许可发布了开放权重的推理模型，任何人都可以下载和微调。\n", StandardCharsets.UTF_8);
        Path draft = tmp.resolve("draft/map.yaml");
        Run r = Cli.run("link", "--db", db, text.toString(), "--top", "2", "--draft", draft.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        String[] rows = r.out().strip().split("\n");
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).isEqualTo("from,to,to_label,score,text,factor,actor,reason");
        assertThat(rows[1]).startsWith("¶1,");
        assertThat(rows[3]).startsWith("¶2,");
        String yaml = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(yaml).contains("id: new-rule").contains("  - id: p1").contains("  - id: p2")
                .contains("\"The United States tightened export controls on advanced AI chips to China.\"")
                .contains("#   - ");
        // the draft is a map in the project's format that still needs a person: validate says what is missing
        Path seeds = tmp.resolve("draft-seeds/new-rule");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("map.yaml"), yaml);
        Files.writeString(seeds.resolve("source.md"), "---\ntitle: A new rule\ndate: 2025-01-01\nurl: https://example.org/x\n"
                + "language: en\n---\n" + Files.readString(text).substring("# A new rule\n\n".length()));
        Run v = Cli.run("validate", seeds.toString());
        assertThat(v.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(v.out()).contains("[MAP_EMPTY_TEXT]").doesNotContain("QUOTE_NOT_FOUND").doesNotContain("YAML_SYNTAX");
    }

    @Test
    void cliFormats() {
        Run json = Cli.run("link", "--db", db, "--suggest", "--limit", "3", "--format", "json");
        assertThat(json.out().strip()).startsWith("[").endsWith("]").contains("\"reason\": ");
        Run yaml = Cli.run("link", "--db", db, "--suggest", "--limit", "2", "--format", "yaml");
        assertThat(yaml.out()).contains("- from: ").contains("  score: ");
        Run table = Cli.run("link", "--db", db, "--suggest", "--limit", "2");
        assertThat(table.out().lines().count()).isEqualTo(3);
        assertThat(Cli.run("link", "--db", db).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("link", "--db", db, "--suggest", "--format", "xml").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
