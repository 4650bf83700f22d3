package org.argkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.argkg.embedding.ClaimVectors;
import org.argkg.io.JsonOutput;
import org.argkg.link.LinkSuggester;
import org.argkg.link.LinkWeights;
import org.argkg.link.Suggestion;
import org.argkg.store.GraphStore;
import org.argkg.store.StoreView;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argkg search}: claims by meaning and words, in either language. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds the claims a text speaks of, by meaning (sentence embeddings of the statements) and by"
                + " words, across every document: a Chinese text finds claims of English documents through their Chinese"
                + " statements, and the reverse.",
            "Score = " + LinkWeights.HYBRID_DESCRIPTION + ", as link scores a paragraph."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg search \"developing countries left behind\"",
            "  argkg search \"出口管制\" --top 5",
            "  argkg search \"open-weight models\" --lang zh --documents deepseek-r1-2025"
        })
public class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget source = new ReadTarget();

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for: a phrase, a question, a paragraph.")
    String text;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh or en: the language of TEXT, whose model embeds it and whose"
            + " statements it is compared with (default: detected from TEXT).")
    String lang;

    @Option(names = "--documents", split = ",", paramLabel = "DOC-ID", description = "Only claims of these documents.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", converter = Range.Count.class,
            description = "Claims to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;

    enum OutputFormat { table, json }

    @Override
    public Integer call() {
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang must be zh or en, not '" + lang + "'");
        }
        if (text.isBlank()) {
            throw new ParameterException(spec.commandLine(), "TEXT is empty");
        }
        LinkSuggester suggester;
        try (StoreView s = ReadAccess.open(source.db(), source.endpoint(), spec.commandLine().getErr())) {
            List<String> known = s.documentIds();
            for (String d : documents) {
                if (!known.contains(d)) {
                    throw new ParameterException(spec.commandLine(), "the store has no document '" + d + "'");
                }
            }
            Model union = s.union();
            Map<String, String> stored = s instanceof GraphStore g ? g.statementVectors() : Map.of();
            suggester = new LinkSuggester(union, ClaimVectors.of(union, stored), LinkWeights.HYBRID);
        }
        List<Suggestion> rows = suggester.search(text, lang, Set.copyOf(documents), top);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            JsonOutput.print(out, g -> {
                g.writeStartArray();
                for (Suggestion s : rows) {
                    g.writeStartObject().write("claim", s.to().ref()).write("role", s.to().role())
                            .write("label_en", s.to().labelEn()).write("label_zh", s.to().labelZh())
                            .write("score", new java.math.BigDecimal(num(s.score()))).write("reason", s.reason()).writeEnd();
                }
                g.writeEnd();
            });
        } else {
            out.printf("%-56s %-12s %5s  %s%n", "claim", "role", "score", "label / why");
            for (Suggestion s : rows) {
                out.printf("%-56s %-12s %5s  %s%n", s.to().ref(), s.to().role(), num(s.score()), s.to().labelEn());
                out.printf("%-56s %-12s %5s  %s%n", "", "", "", s.to().labelZh() + " — " + s.reason());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
