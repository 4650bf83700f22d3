package org.argkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.push.GraphPusher;
import org.argkg.push.PushReport;
import org.argkg.push.PushTarget;
import org.argkg.store.StoreView;
import org.argkg.vocab.Iris;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg push}: sends the graphs to an external store over the Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Sends the document graphs (and the ontology and actor graphs) to any store that speaks the"
                + " SPARQL 1.1 Graph Store Protocol.",
            "One named graph per PUT (pushing twice leaves the same data), retrying timeouts and 5xx with backoff;"
                + " then each graph's triples are counted on the remote side."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg push --endpoint http://127.0.0.1:3030/ds/data",
            "  argkg push --user alice --password-file pw.txt \\",
            "      --endpoint https://db.example.org/repositories/argkg/rdf-graphs/service",
            "  argkg push --endpoint http://127.0.0.1:3030/ds \\",
            "      --graph li-zheng-2024-ai-exception"
        })
public class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", required = true, paramLabel = "URL", converter = Values.HttpUrl.class,
            description = "The Graph Store Protocol endpoint.")
    URI endpoint;

    /** HTTP basic auth: a user and a password, both or neither. */
    static class Credentials {
        @Option(names = "--user", required = true, paramLabel = "USER", description = "HTTP basic auth user.")
        String user;

        @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "File whose first line is the password.")
        Path passwordFile;
    }

    @ArgGroup(exclusive = false)
    Credentials credentials;

    @Option(names = "--graph", paramLabel = "DOC-ID", description = "Push only this document's graph (repeatable).")
    List<String> graphs = new ArrayList<>();

    @Option(names = "--replace", description = "Also push the shared graphs (ontology, actors) with --graph; "
            + "without --graph everything is pushed anyway.")
    boolean replace;

    @Option(names = "--retries", paramLabel = "N", converter = Range.Count.class, description = "Attempts per request (default: ${DEFAULT-VALUE}).")
    int retries = PushTarget.DEFAULT_ATTEMPTS;

    @Override
    public Integer call() {
        PushTarget target = PushTarget.of(endpoint);
        target = target.withRetries(retries, target.firstBackoff());
        if (credentials != null) {
            Path passwordFile = credentials.passwordFile;
            try {
                String pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                target = target.withCredentials(credentials.user, pw);
            } catch (IOException e) {
                throw new ArgkgException("cannot read " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        try (StoreView s = ReadAccess.open(store.db(), null, spec.commandLine().getErr())) {
            List<String> iris = new ArrayList<>();
            for (String g : graphs) {
                if (!s.documentIds().contains(g)) {
                    throw new ParameterException(spec.commandLine(), "the store has no document '" + g + "'");
                }
                iris.add(Iris.documentGraph(g));
            }
            if (!graphs.isEmpty() && replace) {
                iris.add(Iris.ONTOLOGY_GRAPH);
                iris.add(Iris.ACTORS_GRAPH);
            }
            Progress progress = Progress.of(err, "push", iris.isEmpty() ? s.graphNames().size() : iris.size());
            int[] n = {0};
            PushReport report;
            try {
                report = new GraphPusher(target).push(s, iris, g -> progress.step(++n[0]));
            } finally {
                progress.done();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("graph\tsent\tremote\tattempts");
            for (PushReport.Graph g : report.graphs()) {
                out.println(g.iri() + "\t" + g.sent() + "\t" + g.remote() + "\t" + g.attempts());
            }
            out.flush();
            if (!report.verified()) {
                err.println("argkg: error: the remote store does not hold what was sent (see the table); "
                        + "it may add or drop triples (inference, blank nodes), or another writer changed it");
                return ExitCodes.IO;
            }
            err.println("pushed " + report.graphs().size() + " graph(s), " + report.triples() + " triples, verified");
        }
        return ExitCodes.OK;
    }
}
