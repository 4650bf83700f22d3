package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new article to a checked map: new, draft, drafts left out of build, one language, one message per broken map. */
class AuthoringTest {

    private static final String ARTICLE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compute and catch-up</title>
            <meta name="author" content="Jane Analyst"><meta name="date" content="2025-03-04">
            <link rel="canonical" href="https://policy.example.org/compute"></head><body>
            <nav>Home | World | Tech</nav><article>
            <p>A recent view holds that AI may lock in the lead of first movers.</p>
            <p>The reasons are several. First, the cost of training frontier models keeps rising.</p>
            <p>Second, export controls tend to keep advanced chips from latecomers.</p>
            <p>However, open-source models spread the technology across borders.</p>
            <p>Therefore the lead of first movers may be real but not permanent.</p>
            </article><footer>(c) Policy Review</footer></body></html>
            """;

    @TempDir
    Path tmp;

    @Test
    void aNewArticleBecomesADraftThenABuiltDocument() throws IOException {
        Path seeds = Seeds.copyTo(tmp);
        Path html = tmp.resolve("article.html");
        Files.writeString(html, ARTICLE, StandardCharsets.UTF_8);

        Run created = Cli.run("new", "compute-catch-up", "--from", html.toString(), "--seeds", seeds.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        Path folder = seeds.resolve("compute-catch-up");
        assertThat(created.out().lines()).containsExactly(folder.resolve("source.md").toString(), folder.resolve("map.yaml").toString());
        String source = Files.readString(folder.resolve("source.md"));
        assertThat(source).contains("title: \"Compute and catch-up\"", "author: \"Jane Analyst\"", "date: \"2025-03-04\"",
                "url: \"https://policy.example.org/compute\"", "language: en\n")
                .doesNotContain("Home | World", "(c) Policy Review");
        assertThat(Files.readString(folder.resolve("map.yaml"))).contains("status: draft", "yaml-language-server");

        // a draft in the seeds leaves build working, with one warning
        Path db = tmp.resolve("db");
        Run build = Cli.run("build", "--seeds", seeds.toString(), "--db", db.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains("document 'compute-catch-up' is a draft (status: draft) and is left out", "[MAP_DRAFT_SKIPPED]");

        Run drafted = Cli.run("draft", "compute-catch-up", "--seeds", seeds.toString());
        assertThat(drafted.exit()).as(drafted.err()).isZero();
        String map = Files.readString(folder.resolve("map.yaml"));
        assertThat(map).contains("role: thesis", "role: cause", "role: counterforce", "role: conclusion",
                "- \"However, open-source models spread the technology across borders.\"", "factor: open-ecosystem");

        // English only is enough: warnings for the missing Chinese, no error
        Run valid = Cli.run("validate", folder.toString());
        assertThat(valid.exit()).as(valid.out()).isZero();
        assertThat(valid.out()).contains("has no Chinese (zh) text yet").doesNotContain(": error: ");

        // once the status is removed the document is built
        Files.writeString(folder.resolve("map.yaml"), map.replace("  status: draft\n", ""));
        Run rebuilt = Cli.run("build", "--seeds", seeds.toString(), "--db", db.toString());
        assertThat(rebuilt.exit()).as(rebuilt.err() + rebuilt.out()).isZero();
        Run q = Cli.run("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/argkg/graph/compute-catch-up> "
                + "{ ?c <https://w3id.org/argkg/ontology#statement> ?s FILTER(LANG(?s) = \"en\") } }", "--db", db.toString(), "--format", "csv");
        assertThat(q.out().lines().skip(1).findFirst().map(Integer::parseInt).orElse(0)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aBrokenDraftDoesNotBreakTheBuildAndAReferenceToADraftIsAnError() throws IOException {
        Path seeds = Seeds.copyTo(tmp);
        Path folder = Files.createDirectories(seeds.resolve("half-done"));
        Files.writeString(folder.resolve("source.md"), "---\ntitle: x\n---\ntext\n");
        Files.writeString(folder.resolve("map.yaml"), "document:\n  id: half-done\n  status: draft\nnodes:\n  - id: a\n   role: [\n");
        Run build = Cli.run("build", "--seeds", seeds.toString(), "--db", tmp.resolve("db").toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains("half-done/map.yaml").contains("[MAP_DRAFT_SKIPPED]").doesNotContain("YAML_SYNTAX");

        Run check = Cli.run("validate", folder.toString());
        assertThat(check.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(check.out()).contains("[YAML_SYNTAX]");

        Path seed = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        Files.writeString(folder.resolve("map.yaml"), "document:\n  id: half-done\n  status: draft\nnodes:\n  - id: a\n    role: premise\n"
                + "    label: {en: A}\n    statement: {en: A.}\n    quotes: [text]\n");
        Files.writeString(seed, Files.readString(seed).replaceFirst("(?m)^    relations:\n", "    relations:\n      - supports: half-done#a\n        basis: interpretive\n"));
        Run refs = Cli.run("validate", seeds.toString());
        assertThat(refs.out()).contains("document 'half-done' is a draft, left out of the build; link to it once its map no longer says 'status: draft' [MAP_REFERENCE_TO_DRAFT]");
    }

    @Test
    void aMapThatCannotBeReadIsReportedOnceWithItsYamlErrorFirst() throws IOException {
        Path seeds = Seeds.copyTo(tmp);
        Path map = seeds.resolve("li-zheng-2024-ai-exception/map.yaml");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(map));
        int broken = -1;
        for (int i = 20; i < lines.size(); i++) {
            if (lines.get(i).startsWith("      - ") && lines.get(i - 1).startsWith("      - ")) {
                lines.set(i, " " + lines.get(i).substring(2)); // one column short of its list
                broken = i + 1;
                break;
            }
        }
        Files.write(map, lines);
        Run r = Cli.run("validate", seeds.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        String[] out = r.out().strip().split("\n");
        assertThat(out[0]).contains("li-zheng-2024-ai-exception/map.yaml:" + broken + ":").contains("[YAML_SYNTAX]")
                .contains("check the indentation of line " + broken);
        assertThat(Arrays.stream(out).filter(l -> l.contains(": error: "))).hasSize(1);
        assertThat(r.out()).doesNotContain("MAP_DANGLING_REFERENCE").contains("[MAP_REFERENCES_NOT_CHECKED]");
        long documentsLinkingToTheSeed = Arrays.stream(out).filter(l -> l.contains("MAP_REFERENCES_NOT_CHECKED")).count();
        assertThat(documentsLinkingToTheSeed).isPositive().isLessThan(out.length);
    }

    @Test
    void theSeedsStayBilingual() {
        Run r = Cli.run("validate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("MAP_MISSING_LANGUAGE");
    }

    @Test
    void theDrafterFindsMostQuotesOfTheSeedMap() {
        Run r = Cli.run("draft", "li-zheng-2024-ai-exception", "--score");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] figures = r.out().lines().skip(1).findFirst().orElseThrow().split("\t");
        assertThat(Double.parseDouble(figures[3])).as("recall").isGreaterThanOrEqualTo(0.8);
        assertThat(Double.parseDouble(figures[4])).as("precision").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void newRefusesAnExistingFolderAndAnArticleWithoutText() throws IOException {
        Path seeds = Seeds.copyTo(tmp);
        Path empty = tmp.resolve("empty.html");
        Files.writeString(empty, "<html><body><nav>Home</nav></body></html>");
        Run existing = Cli.run("new", "li-zheng-2024-ai-exception", "--from", empty.toString(), "--seeds", seeds.toString());
        assertThat(existing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(existing.err()).contains("already exists");
        Run noText = Cli.run("new", "empty-page", "--from", empty.toString(), "--seeds", seeds.toString());
        assertThat(noText.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noText.out() + noText.err()).contains("no text found").contains("[ARTICLE_UNREADABLE]");
        assertThat(seeds.resolve("empty-page")).doesNotExist();
    }
}
