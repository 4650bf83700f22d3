package org.argkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.argkg.corpus.Corpus;
import org.argkg.embedding.ClaimVectors;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Measures link suggestions on the labelled paragraphs of {@code src/test/resources/link-eval}:
 * top-1, top-3 and mean reciprocal rank of the expected claim, in each language, for words alone
 * ({@link LinkWeights#LEXICAL}), embeddings alone and the hybrid score ({@link LinkWeights#HYBRID}).
 * Fails when the hybrid score falls below the figures the README records. With
 * {@code -Dargkg.linkeval.grid=true} it also searches the weights and prints the best.
 */
class LinkEvaluationTest {

    /** The hybrid figures recorded in the README ("Link suggestions"): top-1 in each language, MRR overall. */
    static final double HYBRID_TOP1_ZH = 0.85;
    static final double HYBRID_TOP1_EN = 0.85;

    record Item(String id, String lang, Set<String> expect, String text) {
    }

    /** The parts of one candidate's score for one paragraph. */
    record Parts(String ref, double words, double meaning, double factor, double actor) {
        double score(LinkWeights w) {
            return w.score(words, meaning, factor, actor);
        }
    }

    record Figures(double top1, double top3, double mrr, int n) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "top-1 %3.0f%%  top-3 %3.0f%%  MRR %.3f  (n=%d)", 100 * top1, 100 * top3, mrr, n);
        }
    }

    @TempDir
    static Path tmp;
    static List<Item> items;
    static Map<String, List<Parts>> parts = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void score() throws IOException {
        items = new ArrayList<>();
        String yaml = Files.readString(Path.of("src/test/resources/link-eval/paragraphs.yaml"), StandardCharsets.UTF_8);
        for (Object o : (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml)) {
            Map<String, Object> m = (Map<String, Object>) o;
            items.add(new Item((String) m.get("id"), (String) m.get("lang"), new TreeSet<>((List<String>) m.get("expect")),
                    ((String) m.get("text")).strip()));
        }
        Path db = tmp.resolve("db");
        StoreBuilder.withEmbeddings(true).build(new Corpus(Path.of("seeds")), db);
        LinkSuggester suggester;
        try (GraphStore s = GraphStore.openExisting(db)) {
            Model union = s.union();
            suggester = new LinkSuggester(union, ClaimVectors.of(union, s.statementVectors()), LinkWeights.HYBRID);
        }
        for (Item it : items) {
            Set<String> docs = new TreeSet<>();
            it.expect().forEach(r -> docs.add(r.substring(0, r.indexOf('#'))));
            List<Parts> ps = new ArrayList<>();
            for (Suggestion s : suggester.suggestForParagraphs(List.of(it.text()), docs, 10_000).get(1)) {
                ps.add(new Parts(s.to().ref(), s.text(), s.meaning(), s.factor(), s.actor()));
            }
            parts.put(it.id(), ps);
        }
    }

    /** The rank of the best expected claim (ties count against it). */
    static int rank(Item it, LinkWeights w) {
        List<Parts> ps = parts.get(it.id());
        double best = ps.stream().filter(p -> it.expect().contains(p.ref())).mapToDouble(p -> p.score(w)).max().orElse(-1);
        return 1 + (int) ps.stream().filter(p -> !it.expect().contains(p.ref()) && p.score(w) >= best).count();
    }

    static Figures figures(LinkWeights w, String lang) {
        int n = 0;
        int top1 = 0;
        int top3 = 0;
        double rr = 0;
        for (Item it : items) {
            if (lang != null && !lang.equals(it.lang())) {
                continue;
            }
            int r = rank(it, w);
            n++;
            top1 += r == 1 ? 1 : 0;
            top3 += r <= 3 ? 1 : 0;
            rr += 1.0 / r;
        }
        return new Figures((double) top1 / n, (double) top3 / n, rr / n, n);
    }

    @Test
    void theHelpTextsDescriptionsAreThoseOfTheWeights() {
        assertThat(LinkWeights.HYBRID_DESCRIPTION).isEqualTo(LinkWeights.HYBRID.describe());
        assertThat(LinkWeights.LEXICAL_DESCRIPTION).isEqualTo(LinkWeights.LEXICAL.describe());
    }

    @Test
    void theSetIsHalfChineseHalfEnglishAndCoversEveryRoleOfTheSeedArticle() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(items.stream().filter(i -> i.lang().equals("zh")).count()).isEqualTo(items.size() / 2);
        assertThat(items.stream().map(Item::id).distinct().count()).isEqualTo(items.size());
        for (Item it : items) {
            assertThat(parts.get(it.id())).as(it.id()).anyMatch(p -> it.expect().contains(p.ref()));
        }
        Set<String> seedClaims = new TreeSet<>();
        items.forEach(i -> i.expect().stream().filter(r -> r.startsWith("li-zheng-2024-ai-exception#")).forEach(seedClaims::add));
        assertThat(seedClaims).hasSize(19); // every claim of the seed article, consequences and conclusion included
        assertThat(items.stream().flatMap(i -> i.expect().stream()).map(r -> r.substring(0, r.indexOf('#'))).distinct().count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void hybridScoringRanksTheRightClaimFirstAndBeatsWordsAndEmbeddingsAlone() throws IOException {
        StringBuilder report = new StringBuilder();
        Map<String, LinkWeights> configs = new LinkedHashMap<>();
        configs.put("lexical", LinkWeights.LEXICAL);
        configs.put("embedding", LinkWeights.EMBEDDING);
        configs.put("hybrid", LinkWeights.HYBRID);
        configs.forEach((name, w) -> {
            for (String lang : new String[] {"zh", "en", null}) {
                report.append(String.format(Locale.ROOT, "%-10s %-4s %s%n", name, lang == null ? "all" : lang, figures(w, lang)));
            }
        });
        for (Item it : items) {
            int r = rank(it, LinkWeights.HYBRID);
            if (r > 1) {
                report.append("hybrid miss: ").append(it.id()).append(" rank ").append(r).append(" (lexical ")
                        .append(rank(it, LinkWeights.LEXICAL)).append(", embedding ").append(rank(it, LinkWeights.EMBEDDING)).append(")\n");
            }
        }
        if (Boolean.getBoolean("argkg.linkeval.grid")) {
            report.append(grid());
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/link-eval.txt"), report.toString(), StandardCharsets.UTF_8);

        for (String lang : new String[] {"zh", "en"}) {
            Figures hybrid = figures(LinkWeights.HYBRID, lang);
            assertThat(hybrid.top1()).as("hybrid top-1 (%s)\n%s", lang, report).isGreaterThanOrEqualTo(lang.equals("zh") ? HYBRID_TOP1_ZH : HYBRID_TOP1_EN);
        }
        Figures hybrid = figures(LinkWeights.HYBRID, null);
        assertThat(hybrid.mrr()).as(report.toString()).isGreaterThan(figures(LinkWeights.LEXICAL, null).mrr())
                .isGreaterThan(figures(LinkWeights.EMBEDDING, null).mrr());
        assertThat(hybrid.top1()).isGreaterThanOrEqualTo(figures(LinkWeights.LEXICAL, null).top1())
                .isGreaterThanOrEqualTo(figures(LinkWeights.EMBEDDING, null).top1());
    }

    /** The weights with the best MRR (then top-1) on the set, ten best: a guide for choosing {@link LinkWeights#HYBRID}. */
    static String grid() {
        List<Map.Entry<Double, String>> all = new ArrayList<>();
        for (int words = 0; words <= 20; words++) {
            for (int factor = 0; factor <= 20 - words; factor++) {
                for (int actor = 0; actor <= Math.min(2, 20 - words - factor); actor++) {
                    int meaning = 20 - words - factor - actor;
                    LinkWeights w = new LinkWeights(words / 20.0, meaning / 20.0, factor / 20.0, actor / 20.0, LinkWeights.HYBRID.floor());
                    Figures f = figures(w, null);
                    all.add(Map.entry(f.mrr() + f.top1() / 100, w + " " + f + " zh " + figures(w, "zh").top1() + " en " + figures(w, "en").top1()));
                }
            }
        }
        all.sort(Map.Entry.<Double, String>comparingByKey().reversed());
        StringBuilder out = new StringBuilder();
        all.stream().limit(15).forEach(e -> out.append("grid: ").append(e.getValue()).append('\n'));
        return out.toString();
    }
}
