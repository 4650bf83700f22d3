package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagram.Graphviz;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.diagnostics.Severity;
import java.util.List;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.web.WebApp;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argkg serve}: the SPARQL endpoint over the store, rebuilt first when the seeds changed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph over SPARQL (embedded Apache Jena Fuseki), rebuilding the store first when it"
                + " does not exist or the seeds changed since it was built.",
            "Safe by default: loopback only, read-only, queries cancelled after --timeout, no federated SERVICE,"
                + " request bodies of at most --max-request-bytes.",
            "A page at / shows the documents, their argument maps (drawn by Graphviz) and a query panel."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg serve                  # http://" + ServerSettings.DEFAULT_HOST + ":"
                    + ServerSettings.DEFAULT_PORT + "/" + ServerSettings.DATASET + "/sparql, page at /",
            "  argkg serve --port 8080 --timeout 30",
            "  argkg serve --update --password-file users.txt  # 'alice: secret' per line",
            "  curl -H 'Accept: text/csv' \\",
            "      --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\",
            "      http://127.0.0.1:3030/argkg/sparql"
        })
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    SeedsOption seeds;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", converter = Range.Port.class, description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Range.Seconds.class,
            defaultValue = "" + ServerSettings.DEFAULT_TIMEOUT_SECONDS,
            description = "Cancel queries running longer (default: ${DEFAULT-VALUE}).")
    double timeout;

    /** Writes, and who may make them: both or neither. */
    static class Updates {
        @Option(names = "--update", required = true,
                description = "Accept SPARQL Update and Graph Store writes from users of --password-file.")
        boolean update;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "Users allowed to write, one 'user: password' per line.")
        Path passwordFile;
    }

    @ArgGroup(exclusive = false)
    Updates updates;

    @Option(names = "--allow-service", description = "Allow federated SERVICE queries to other endpoints.")
    boolean allowService;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", converter = Range.Bytes.class,
            description = "Refuse request bodies (queries, updates, graphs) larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--no-rebuild", description = "Serve the store as it is, even when the seeds changed.")
    boolean noRebuild;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WebApp page = WebApp.fromEnvironment();
        if (!noRebuild) {
            boolean hadStore = GraphStore.exists(store.db());
            Optional<StoreBuilder.Outcome> rebuilt = new StoreBuilder().ensureCurrent(new Corpus(seeds.seeds()), store.db());
            if (rebuilt.isPresent()) {
                Diagnostics found = rebuilt.get().result().diagnostics();
                if (!rebuilt.get().result().ok()) {
                    if (!hadStore) {
                        throw new InvalidInputException(found);
                    }
                    // the last good store goes on serving; the problems are printed and shown on the page
                    List<Diagnostic> problems = found.sorted();
                    DiagnosticPrinter.print(problems, err);
                    err.println("warning: the seeds in " + seeds.seeds() + " do not build (" + DiagnosticPrinter.summary(found)
                            + "); serving the last store that built, from " + store.db());
                    page = page.withProblems(problems.stream().filter(d -> d.severity() == Severity.ERROR)
                            .map(Diagnostic::format).toList());
                } else {
                    DiagnosticPrinter.print(found.sorted(), err); // warnings, such as drafts left out
                    err.println("built the store from " + seeds.seeds() + " (" + rebuilt.get().triples() + " triples)");
                }
            }
        }
        ServerSettings settings = new ServerSettings(host, port, Duration.ofMillis((long) (timeout * 1000)),
                updates != null, updates == null ? null : updates.passwordFile, allowService, maxRequestBytes);
        GraphStore s = GraphStore.openExisting(store.db());
        // counted before the server answers and the shutdown hook exists, so that a signal right after
        // the start cannot close the store under this read
        int documents;
        long triples;
        try {
            documents = s.documentIds().size();
            triples = s.size();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        SparqlServer server;
        try {
            server = SparqlServer.start(s, settings, page);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "argkg-shutdown"));
        err.println("argkg endpoint for " + documents + " document(s), " + triples + " triples:");
        for (String[] e : server.endpoints()) {
            err.printf("  %-18s %s%n", e[0], e[1]);
        }
        if (!Graphviz.fromEnvironment().available()) {
            err.println("note: the page draws no argument maps until Graphviz is installed (" + Graphviz.INSTALL_HINT + ")");
        }
        err.println("Ctrl-C stops it.");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
