package org.argkg.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.io.AtomicFiles;
import org.argkg.io.JsonOutput;
import org.argkg.link.DraftMap;
import org.argkg.embedding.ClaimVectors;
import org.argkg.link.LinkSuggester;
import org.argkg.link.LinkWeights;
import org.argkg.store.GraphStore;
import org.argkg.link.Suggestion;
import org.argkg.store.StoreView;
import org.argkg.yaml.YamlScalars;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argkg link}: link suggestions for review. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Suggests links for a person to review; suggestions never enter the graph by themselves.",
            "--suggest ranks unlinked pairs of claims from different documents; FILE ranks, for each paragraph of a"
                + " new text, the existing claims it most likely bears on, and --draft writes a draft map for it.",
            "Score = " + LinkWeights.HYBRID_DESCRIPTION + "; each row says why (--explain: each part)."
                + " Without embeddings: " + LinkWeights.LEXICAL_DESCRIPTION + "."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg link --suggest --limit 10",
            "  argkg link new-rule.md --top 3",
            "  argkg link new-rule.md --documents li-zheng-2024-ai-exception \\",
            "      --draft seeds/new-rule/map.yaml",
            "  argkg link --suggest --format csv > suggestions.csv"
        })
public class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget source = new ReadTarget();

    /** Pairs of claims already in the store, or the paragraphs of a new text: one of them. */
    static class Mode {
        @ArgGroup(exclusive = false)
        Pairs pairs;

        @ArgGroup(exclusive = false)
        Text text;
    }

    static class Pairs {
        @Option(names = "--suggest", required = true, description = "Rank unlinked pairs of claims from different documents.")
        boolean suggest;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", converter = Range.Count.class,
                description = "Pairs to show (default: ${DEFAULT-VALUE}).")
        int limit;
    }

    static class Text {
        @Parameters(index = "0", paramLabel = "FILE", description = "A new text (.md or .txt) without a map.")
        Path file;

        @Option(names = "--top", paramLabel = "K", defaultValue = "3", converter = Range.Count.class,
                description = "Claims to show per paragraph (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--draft", paramLabel = "OUT.yaml", description = "Write a draft map for FILE.")
        Path draft;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--documents", split = ",", paramLabel = "DOC-ID", description = "Only suggest claims of these documents.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    enum OutputFormat { table, csv, json, yaml }

    @Option(names = "--explain", description = "Show each part of the score: each value before its weight, times the weight.")
    boolean explain;

    @Option(names = "--no-embeddings", negatable = true, defaultValue = "true",
            description = "Score by words, factors and actors only (no embedding model is loaded).")
    boolean embeddings = true;

    private LinkWeights weights = LinkWeights.LEXICAL;

    @Override
    public Integer call() {
        LinkSuggester suggester;
        try (StoreView s = ReadAccess.open(source.db(), source.endpoint(), spec.commandLine().getErr())) {
            List<String> known = s.documentIds();
            for (String d : documents) {
                if (!known.contains(d)) {
                    throw new ParameterException(spec.commandLine(), "the store has no document '" + d + "'");
                }
            }
            org.apache.jena.rdf.model.Model union = s.union();
            if (embeddings) {
                // the vectors the build stored; those a store does not have are computed now
                java.util.Map<String, String> stored = s instanceof GraphStore g ? g.statementVectors() : java.util.Map.of();
                weights = LinkWeights.HYBRID;
                suggester = new LinkSuggester(union, ClaimVectors.of(union, stored), weights);
            } else {
                suggester = new LinkSuggester(union);
            }
        }
        List<Suggestion> rows;
        if (mode.pairs != null) {
            rows = suggester.suggestPairs(mode.pairs.limit);
        } else {
            Path file = mode.text.file;
            Path draft = mode.text.draft;
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new ArgkgException("cannot read " + file + ": " + e.getMessage(), e);
            }
            List<String> paragraphs = LinkSuggester.paragraphs(text);
            Map<Integer, List<Suggestion>> byParagraph = suggester.suggestForParagraphs(paragraphs, Set.copyOf(documents), mode.text.top);
            rows = byParagraph.values().stream().flatMap(List::stream).toList();
            if (draft != null) {
                String docId = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                String yaml = DraftMap.write(docId.isEmpty() ? "new-document" : docId, file.getFileName().toString(),
                        paragraphs, byParagraph);
                AtomicFiles.write(draft, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
                spec.commandLine().getErr().println("wrote a draft map for " + paragraphs.size() + " paragraph(s) to " + draft);
            }
        }
        print(rows, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void print(List<Suggestion> rows, PrintWriter out) {
        switch (format) {
            case csv -> {
                out.println("from,to,to_label,score,words,meaning,factor,actor,reason");
                for (Suggestion s : rows) {
                    out.println(String.join(",", csv(s.from()), csv(s.to().ref()), csv(s.to().labelEn()), num(s.score()),
                            num(s.text()), num(s.meaning()), num(s.factor()), num(s.actor()), csv(s.reason())));
                }
            }
            case json -> JsonOutput.print(out, g -> {
                g.writeStartArray();
                for (Suggestion s : rows) {
                    g.writeStartObject().write("from", s.from()).write("to", s.to().ref()).write("to_label", s.to().labelEn())
                            .write("score", decimal(s.score())).write("words", decimal(s.text()))
                            .write("meaning", decimal(s.meaning()))
                            .write("factor", decimal(s.factor())).write("actor", decimal(s.actor()))
                            .write("reason", s.reason()).writeEnd();
                }
                g.writeEnd();
            });
            case yaml -> {
                for (Suggestion s : rows) {
                    out.println("- from: " + YamlScalars.doubleQuoted(s.from()));
                    out.println("  to: " + YamlScalars.doubleQuoted(s.to().ref()));
                    out.println("  to_label: " + YamlScalars.doubleQuoted(s.to().labelEn()));
                    out.println("  score: " + num(s.score()));
                    if (explain) {
                        out.println("  words: " + num(s.text()));
                        out.println("  meaning: " + num(s.meaning()));
                        out.println("  factor: " + num(s.factor()));
                        out.println("  actor: " + num(s.actor()));
                    }
                    out.println("  reason: " + YamlScalars.doubleQuoted(s.reason()));
                }
            }
            default -> {
                if (explain) {
                    out.printf("%-40s %-56s %5s  %-11s %-11s %-11s %-11s  %s%n", "from", "to", "score", "words", "meaning",
                            "factor", "actor", "why");
                } else {
                    out.printf("%-40s %-56s %5s  %s%n", "from", "to", "score", "why");
                }
                for (Suggestion s : rows) {
                    String from = s.from().startsWith("¶") ? s.from() + " " + s.fromLabel() : s.from();
                    if (explain) {
                        out.printf("%-40s %-56s %5s  %-11s %-11s %-11s %-11s  %s%n", cut(from, 40), cut(s.to().ref(), 56),
                                num(s.score()), part(s.text(), weights.words()), part(s.meaning(), weights.meaning()),
                                part(s.factor(), weights.factor()), part(s.actor(), weights.actor()), s.reason());
                    } else {
                        out.printf("%-40s %-56s %5s  %s%n", cut(from, 40), cut(s.to().ref(), 56), num(s.score()), s.reason());
                    }
                }
            }
        }
        out.flush();
    }

    /** "0.62×0.30": a part of the score before its weight, and the weight. */
    private static String part(double value, double weight) {
        return String.format(Locale.ROOT, "%.2f×%.2f", value, weight);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** The number as {@link #num} writes it, for JSON. */
    private static BigDecimal decimal(double d) {
        return new BigDecimal(num(d));
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
