package org.argkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argkg.actors.ActorReader;
import org.argkg.actors.ActorRegistry;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.diagnostics.Position;
import org.argkg.intake.Article;
import org.argkg.intake.ArticleException;
import org.argkg.intake.ArticleFetcher;
import org.argkg.intake.ArticleReader;
import org.argkg.intake.DocumentScaffold;
import org.argkg.io.Folders;
import org.argkg.io.TextFiles;
import org.argkg.yaml.YamlLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg new}: starts a document of the seeds from an article. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Starts a new document from an article (HTML, PDF, Markdown or plain text; a file or an http(s) URL):",
            "writes SEEDS/DOC-ID/source.md (front matter from what the article says, the text as clean paragraphs) and a",
            "map.yaml marked 'status: draft', which validate checks and build leaves out until the status is removed.",
            "Prints the two paths on stdout; what was found and what is left to fill in goes to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg new my-op-ed --from article.html",
            "  argkg new my-report --from report.pdf --seeds seeds",
            "  argkg new my-page --from https://example.org/news/ai-policy --timeout 20"
        })
public class NewCommand implements Callable<Integer> {

    /** The largest article fetched or read, in bytes. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    SeedsOption seeds;

    @Parameters(paramLabel = "DOC-ID", converter = Values.DocumentId.class,
            description = "Id of the new document, [a-z0-9-]+; its folder's name.")
    String docId;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL",
            description = "The article: a file (.html, .pdf, .md, .txt, ...) or an http(s) URL.")
    String from;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long fetching a URL may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        Path folder = seeds.seeds().resolve(docId);
        if (Files.exists(folder)) {
            throw new ParameterException(spec.commandLine(), folder + " already exists; choose another id or remove it");
        }
        Article article = read();
        DocumentScaffold.Files files = DocumentScaffold.of(docId, from, article, actors());
        Path source = folder.resolve("source.md");
        Path map = folder.resolve(Corpus.MAP_FILE);
        try {
            Files.createDirectories(folder);
            Files.writeString(source, files.sourceMd(), StandardCharsets.UTF_8);
            Files.writeString(map, files.mapYaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            Folders.deleteTree(folder);
            throw new ArgkgException("cannot write " + folder + ": " + e.getMessage());
        }
        out.println(source);
        out.println(map);
        err.println("new document '" + docId + "' from " + from + " (" + article.format().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + article.paragraphs().size() + " paragraph(s), language " + article.language()
                + (article.languageGuessed() ? " (guessed)" : ""));
        err.println("found: " + String.join(", ", files.found())
                + (files.missing().isEmpty() ? "" : "; fill in: " + String.join(", ", files.missing()) + " (commented in source.md)"));
        err.println("next: argkg draft " + docId + " --seeds " + seeds.seeds() + "   # proposes claims; then edit map.yaml and run argkg validate");
        return ExitCodes.OK;
    }

    /** The article; one that cannot be fetched is an I/O error (exit 3), one that cannot be read invalid input (exit 1). */
    private Article read() {
        if (from.matches("(?i)https?://.*")) {
            URI uri;
            try {
                uri = new URI(from);
            } catch (java.net.URISyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--from: not a valid URL: " + from);
            }
            ArticleFetcher.Fetched f;
            try {
                f = new ArticleFetcher(Duration.ofSeconds(timeoutSeconds), MAX_BYTES).fetch(uri);
            } catch (ArticleException e) {
                throw new ArgkgException("cannot fetch " + e.getMessage());
            }
            return readArticle(f.content(), f.uri().toString(), f.mediaType(), Path.of(uri.getPath().isEmpty() ? "article" : uri.getPath()).getFileName());
        }
        Path file = Path.of(from);
        if (!Files.isRegularFile(file)) {
            throw new ArgkgException("cannot read " + file + ": no such file");
        }
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid(file, file + ": larger than " + MAX_BYTES + " bytes");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArgkgException("cannot read " + file + ": " + e.getMessage());
        }
        return readArticle(content, file.getFileName().toString(), Optional.empty(), file);
    }

    private static Article readArticle(byte[] content, String name, Optional<String> mediaType, Path reportAs) {
        try {
            return ArticleReader.read(content, name, mediaType);
        } catch (ArticleException e) {
            throw invalid(reportAs, e.getMessage());
        }
    }

    private static InvalidInputException invalid(Path file, String message) {
        Diagnostics d = new Diagnostics();
        d.error(file, Position.UNKNOWN, "ARTICLE_UNREADABLE", message);
        return new InvalidInputException(d);
    }

    /** The registry of the seeds, to recognise the author; empty when there is none or it has problems. */
    private ActorRegistry actors() {
        Path file = new Corpus(seeds.seeds()).actorsFile();
        if (!Files.isRegularFile(file)) {
            return ActorRegistry.empty();
        }
        Diagnostics ignored = new Diagnostics();
        return TextFiles.read(file, ignored).map(t -> new ActorReader(new YamlLoader()).read(file, t, ignored))
                .orElse(ActorRegistry.empty());
    }
}
