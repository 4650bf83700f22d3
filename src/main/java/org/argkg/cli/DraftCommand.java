package org.argkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.argkg.actors.ActorReader;
import org.argkg.actors.ActorRegistry;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.drafting.DraftInputs;
import org.argkg.drafting.DraftScore;
import org.argkg.drafting.DraftWriter;
import org.argkg.drafting.Drafter;
import org.argkg.drafting.LlmDrafter;
import java.util.Optional;
import org.argkg.drafting.ProposedClaim;
import org.argkg.io.AtomicFiles;
import org.argkg.io.TextFiles;
import org.argkg.link.LinkSuggester;
import org.argkg.link.Suggestion;
import org.argkg.ontology.Ontology;
import org.argkg.pipeline.BuildResult;
import org.argkg.pipeline.GraphBuilder;
import org.argkg.rdf.DocumentGraph;
import org.argkg.source.SourceDocument;
import org.argkg.yaml.YamlLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg draft}: proposes the nodes of a document's map from its text. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Proposes claims for a document's map from its source text: exact spans chosen by discourse cues",
            "(一是/其一/究其原因/不过/因此/可能; first/because/however/therefore/may), each with a guessed role and factor,",
            "the actors of actors.yaml it names, and links to claims of other documents as comments. Every quote is a",
            "span of source.md, anchored by the same code as the build. Writes into the document's map when its",
            "node list is empty (as 'argkg new' leaves it), else to --out.",
            "--score compares the proposals with the quotes of the document's map instead (recall, precision, roles)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg draft my-op-ed                         # fills seeds/my-op-ed/map.yaml",
            "  argkg draft my-op-ed --out /tmp/draft.yaml   # leaves the map alone",
            "  argkg draft li-zheng-2024-ai-exception --score",
            "  argkg draft my-op-ed --llm http://127.0.0.1:8080/v1 --model qwen2.5-7b"
        })
public class DraftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SeedsOption seeds;

    @Parameters(paramLabel = "DOC-ID", converter = Values.DocumentId.class, description = "The document, a folder of the seeds.")
    String docId;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the proposed map here instead of into the document's map.")
    Path out;

    @Option(names = "--score", description = "Compare the proposals with the quotes of the document's map and print the figures.")
    boolean score;

    @Option(names = "--links", paramLabel = "N", defaultValue = "2",
            description = "Links to claims of other documents suggested per claim, as comments; 0 for none (default: ${DEFAULT-VALUE}).")
    int links;

    /** A chat-completions server to ask instead of the built-in drafter: both options or neither. */
    static class Llm {
        @Option(names = "--llm", required = true, paramLabel = "URL", converter = Values.HttpUrl.class,
                description = {"An OpenAI-compatible server's base URL (llama.cpp server, Ollama, vLLM), such as",
                    "http://127.0.0.1:8080/v1; the text is sent there. A key, if the server needs one, comes from $"
                        + API_KEY_VARIABLE + "."})
        java.net.URI url;

        @Option(names = "--model", required = true, paramLabel = "NAME", converter = Values.NonBlank.class,
                description = "The model to ask.")
        String model;

        @Option(names = "--llm-timeout", paramLabel = "SECONDS", defaultValue = "300",
                description = "How long the answer may take (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;
    }

    /** The environment variable that holds the key of a hosted model, never given on the command line. */
    static final String API_KEY_VARIABLE = "ARGKG_LLM_API_KEY";

    @picocli.CommandLine.ArgGroup(exclusive = false)
    Llm llm;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Corpus corpus = new Corpus(seeds.seeds());
        Path folder = corpus.root().resolve(docId);
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "no document '" + docId + "' in " + corpus.root()
                    + " (start one with: argkg new " + docId + " --from FILE)");
        }
        Diagnostics problems = new Diagnostics();
        SourceDocument source = DraftInputs.source(corpus, docId, problems).orElseThrow(() -> new InvalidInputException(problems));
        if (source.hasNoText() || source.body().isBlank()) {
            throw new ParameterException(spec.commandLine(), "document '" + docId + "' has no source text to draft from");
        }
        Ontology ontology = Ontology.load();
        ActorRegistry actors = actors(corpus);
        String language = source.meta("language").orElse("en");
        Drafter drafter = new Drafter(actors, ontology.factorGroups());
        List<ProposedClaim> claims = llm == null ? drafter.propose(source.body(), language) : ask(drafter, source.body(), language);
        Path mapFile = folder.resolve(Corpus.MAP_FILE);
        if (score) {
            List<DraftScore.GoldQuote> gold = DraftInputs.goldQuotes(mapFile, source.body(), problems);
            if (gold.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "the map of '" + docId + "' has no quotes to compare with");
            }
            DraftScore s = DraftScore.of(claims, gold);
            stdout.println("claims\tquotes\tmap quotes\trecall\tprecision\trole accuracy");
            stdout.printf(Locale.ROOT, "%d\t%d\t%d\t%.2f\t%.2f\t%.2f%n", claims.size(), s.proposedQuotes(), s.goldQuotes(),
                    s.recall(), s.precision(), s.roleAccuracy());
            err.printf(Locale.ROOT, "%d of %d quotes of the map found (recall %.2f); %d of %d proposed quotes inside the map's"
                    + " (precision %.2f); roles right on %d of %d found%n", s.goldFound(), s.goldQuotes(), s.recall(),
                    s.proposedRight(), s.proposedQuotes(), s.precision(), s.rolesRight(), s.rolesCompared());
            if (out == null) {
                return ExitCodes.OK;
            }
        }
        Map<String, List<Suggestion>> suggested = links > 0 ? links(ontology, corpus, claims) : Map.of();
        String written;
        Path target;
        String mapText = Files.isRegularFile(mapFile) ? TextFiles.read(mapFile, problems).orElse("") : "";
        if (out == null && DraftWriter.hasNoNodes(mapText)) {
            written = DraftWriter.into(mapText, claims, language, suggested);
            target = mapFile;
        } else if (out != null) {
            written = "document:\n  id: " + docId + "\n  status: draft\n" + DraftWriter.nodes(claims, language, suggested);
            target = out;
        } else {
            throw new ParameterException(spec.commandLine(), mapFile + " already has nodes; give --out FILE to write the draft elsewhere");
        }
        AtomicFiles.write(target, o -> o.write(written.getBytes(StandardCharsets.UTF_8)));
        stdout.println(target);
        Map<String, Long> roles = new LinkedHashMap<>();
        claims.forEach(c -> roles.merge(c.role(), 1L, Long::sum));
        err.println("proposed " + claims.size() + " claim(s) (" + roles.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("none") + ") with "
                + claims.stream().mapToInt(c -> c.quotes().size()).sum() + " quote(s); review them in " + target
                + ", then: argkg validate " + folder);
        return ExitCodes.OK;
    }

    /** The model's claims that anchor in the text; what was dropped is said on stderr. */
    private List<ProposedClaim> ask(Drafter drafter, String body, String language) {
        PrintWriter err = spec.commandLine().getErr();
        if (llm.timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--llm-timeout must be at least 1 second");
        }
        LlmDrafter.Result r;
        try {
            r = new LlmDrafter(llm.url, llm.model, Optional.ofNullable(System.getenv(API_KEY_VARIABLE)).filter(k -> !k.isBlank()),
                    java.time.Duration.ofSeconds(llm.timeoutSeconds), drafter).propose(body, language);
        } catch (IOException e) {
            throw new ArgkgException("cannot draft with " + llm.url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArgkgException("interrupted while waiting for " + llm.url);
        }
        for (String d : r.dropped()) {
            err.println("dropped " + d);
        }
        err.println(llm.model + " proposed " + r.proposed() + " claim(s); " + r.claims().size() + " anchor exactly in the text and are kept");
        return r.claims();
    }

    /** Links from each proposed claim to claims of the other (finished) documents of the seeds. */
    private Map<String, List<Suggestion>> links(Ontology ontology, Corpus corpus, List<ProposedClaim> claims) {
        BuildResult built = new GraphBuilder(ontology).build(corpus);
        Model union = ModelFactory.createDefaultModel();
        built.documents().stream().filter(d -> !d.docId().equals(docId)).map(DocumentGraph::graph).forEach(union::add);
        union.add(built.ontologyGraph()).add(built.actorsGraph());
        if (built.documents().isEmpty()) {
            return Map.of();
        }
        Set<String> others = new java.util.TreeSet<>();
        built.documents().stream().map(DocumentGraph::docId).filter(d -> !d.equals(docId)).forEach(others::add);
        LinkSuggester suggester = new LinkSuggester(union);
        List<String> texts = claims.stream().map(c -> String.join(" ", c.quotes().stream().map(ProposedClaim.Quote::exact).toList())).toList();
        Map<Integer, List<Suggestion>> byIndex = suggester.suggestForParagraphs(texts, others, links);
        Map<String, List<Suggestion>> byClaim = new LinkedHashMap<>();
        byIndex.forEach((i, list) -> byClaim.put(claims.get(i - 1).id(), list));
        return byClaim;
    }

    private static ActorRegistry actors(Corpus corpus) {
        Path file = corpus.actorsFile();
        if (!Files.isRegularFile(file)) {
            return ActorRegistry.empty();
        }
        Diagnostics ignored = new Diagnostics();
        return TextFiles.read(file, ignored).map(t -> new ActorReader(new YamlLoader()).read(file, t, ignored))
                .orElse(ActorRegistry.empty());
    }
}
