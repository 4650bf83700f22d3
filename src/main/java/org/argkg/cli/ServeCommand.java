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
import java.util.concurrent.atomic.AtomicReference;
import org.argkg.io.Folders;
import org.argkg.pipeline.SeedsWatcher;
import org.argkg.web.SeedsState;
import picocli.CommandLine.ParameterException;

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
            "  argkg serve --watch              # rebuild and swap in as the seeds are edited",
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

    @Option(names = "--watch", description = {"Rebuild when a map, a source or actors.yaml changes, and swap the new store in",
        "when it builds (the page reloads); when it does not, keep serving the last one and show the problems."})
    boolean watch;

    /** How long the seeds must stay unchanged before a rebuild starts (an editor's saves come in bursts). */
    static final Duration QUIET = Duration.ofMillis(700);

    /** A server and the store it serves. */
    private record Running(SparqlServer server, GraphStore store) {
        void close() {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }

    private final AtomicReference<Running> running = new AtomicReference<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (watch && (noRebuild || updates != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--watch rebuilds the store from the seeds: it goes with neither --no-rebuild nor --update");
        }
        SeedsState state = new SeedsState(watch);
        WebApp page = WebApp.fromEnvironment().with(state);
        Corpus corpus = new Corpus(seeds.seeds());
        if (!noRebuild) {
            boolean hadStore = GraphStore.exists(store.db());
            Optional<StoreBuilder.Outcome> rebuilt = new StoreBuilder().ensureCurrent(corpus, store.db());
            if (rebuilt.isPresent()) {
                if (!rebuilt.get().result().ok() && !hadStore) {
                    throw new InvalidInputException(rebuilt.get().result().diagnostics());
                }
                report(rebuilt.get(), state, err);
            }
        }
        ServerSettings settings = new ServerSettings(host, port, Duration.ofMillis((long) (timeout * 1000)),
                updates != null, updates == null ? null : updates.passwordFile, allowService, maxRequestBytes);
        Running first = start(settings, page, err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Running r = running.getAndSet(null);
            if (r != null) {
                r.close();
            }
        }, "argkg-shutdown"));
        if (!Graphviz.fromEnvironment().available()) {
            err.println("note: the page draws no argument maps until Graphviz is installed (" + Graphviz.INSTALL_HINT + ")");
        }
        if (watch) {
            err.println("watching " + seeds.seeds() + ": changes are rebuilt and swapped in when they build");
        }
        err.println("Ctrl-C stops it.");
        err.flush();
        if (!watch) {
            first.server().join();
            return ExitCodes.OK;
        }
        ServerSettings same = new ServerSettings(settings.host(), first.server().port(), settings.timeout(), false, null,
                settings.allowService(), settings.maxRequestBytes());
        try (SeedsWatcher watcher = new SeedsWatcher(seeds.seeds())) {
            while (watcher.awaitChange(QUIET)) {
                rebuild(corpus, same, page, state, err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * Builds the changed seeds into a folder beside the store; when they build, stops the server,
     * swaps the new store in and starts the server again on the same port; when they do not, the
     * served store stays and the problems are printed and shown on the page.
     */
    private void rebuild(Corpus corpus, ServerSettings settings, WebApp page, SeedsState state, PrintWriter err) {
        Path staging = store.db().resolveSibling(store.db().getFileName() + ".next");
        try {
            Folders.deleteTree(staging);
            StoreBuilder.Outcome outcome = new StoreBuilder().build(corpus, staging);
            report(outcome, state, err);
            if (!outcome.result().ok()) {
                return;
            }
            synchronized (running) {
                Running old = running.getAndSet(null);
                if (old == null) {
                    return; // stopping
                }
                old.close();
                Folders.swap(staging, store.db());
                start(settings, page, err);
            }
            state.built();
        } catch (RuntimeException e) {
            // a rebuild that cannot be written (a full disk) leaves the served store as it was
            err.println("argkg: error: " + e.getMessage());
            state.failed(List.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            err.flush();
        }
    }

    /** Prints what a build found and records it for the page. */
    private void report(StoreBuilder.Outcome outcome, SeedsState state, PrintWriter err) {
        Diagnostics found = outcome.result().diagnostics();
        List<Diagnostic> sorted = found.sorted();
        DiagnosticPrinter.print(sorted, err);
        if (outcome.result().ok()) {
            err.println("built the store from " + seeds.seeds() + " (" + outcome.triples() + " triples)");
        } else {
            // the last good store goes on serving; the problems are printed and shown on the page
            err.println("warning: the seeds in " + seeds.seeds() + " do not build (" + DiagnosticPrinter.summary(found)
                    + "); serving the last store that built, from " + store.db());
            state.failed(sorted.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).toList());
        }
    }

    /** Opens the store and starts the server on it, printing its endpoints. */
    private Running start(ServerSettings settings, WebApp page, PrintWriter err) {
        GraphStore s = GraphStore.openExisting(store.db());
        // counted before the server answers and the shutdown hook exists, so that a signal right after
        // the start cannot close the store under this read
        int documents;
        long triples;
        SparqlServer server;
        try {
            documents = s.documentIds().size();
            triples = s.size();
            server = SparqlServer.start(s, settings, page);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        Running r = new Running(server, s);
        running.set(r);
        err.println("argkg endpoint for " + documents + " document(s), " + triples + " triples:");
        for (String[] e : server.endpoints()) {
            err.printf("  %-18s %s%n", e[0], e[1]);
        }
        return r;
    }
}
