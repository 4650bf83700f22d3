package org.argkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.argkg.query.NamedQuery;
import org.argkg.query.QueryLibrary;
import org.argkg.query.QueryParam;
import org.argkg.query.QueryRunner;
import org.argkg.query.ResultFormat;
import org.argkg.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg query}: runs a named query, a query file or an inline query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query of queries/, a .rq file or inline SPARQL against the store or a remote endpoint.",
            "Parameters are bound as RDF terms (never pasted into the text): <iri>, id:…, \"text\"@en, 42; else a plain string."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg query --list",
            "  argkg query causes",
            "  argkg query claim-provenance --format json \\",
            "      --param claim=id:li-zheng-2024-ai-exception/cause-security",
            "  argkg query -e 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' --format csv",
            "  argkg query documents --endpoint http://127.0.0.1:3030/argkg/sparql"
        })
public class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** What to do: run a named query or a file, run inline SPARQL, or list the named queries; one of them. */
    static class What {
        @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
        String query;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expression;

        @Option(names = "--list", description = "List the named queries with their titles and parameters.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** Where the query runs: the store ({@code --db}, declared once for every command) or a remote endpoint. */
    static class Target extends StoreOption {
        @Option(names = "--endpoint", paramLabel = "URL", converter = Values.HttpUrl.class,
                description = "A SPARQL 1.1 query endpoint instead of the store.")
        URI endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--show", description = "Print the query with its parameters bound, and do not run it.")
    boolean show;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = Choices.ResultFormats.class, completionCandidates = Choices.ResultFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.packaged();
        if (what.list) {
            for (NamedQuery q : library.all()) {
                out.printf("%-28s %s%n", q.name(), q.title());
                for (QueryParam p : q.params()) {
                    out.printf("%-28s   --param %s=%s%n", "", p.name(), p.optional() ? "VALUE (optional)"
                            : p.defaultValue() == null ? "VALUE (required)" : p.defaultValue());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        String query = what.query;
        String expression = what.expression;
        NamedQuery named;
        Path origin = null;
        if (expression != null) {
            named = QueryLibrary.parse("inline", expression);
        } else if (query.endsWith(".rq") || Files.isRegularFile(Path.of(query))) {
            origin = Path.of(query);
            named = QueryLibrary.read(origin);
        } else {
            named = library.get(query).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no named query '" + query + "'; see 'argkg query --list'"));
            origin = Path.of("queries", query + ".rq");
        }
        Query q;
        try {
            q = QueryRunner.prepare(named, params, origin);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (show) {
            out.print(q.serialize());
            out.flush();
            return ExitCodes.OK;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (target.endpoint != null) {
            try (QueryRunner runner = QueryRunner.remote(target.endpoint.toString())) {
                runner.run(q, format, buffer);
            }
        } else {
            try (GraphStore store = GraphStore.openExisting(target.db());
                 QueryRunner runner = QueryRunner.local(store)) {
                runner.run(q, format, buffer);
            }
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }
}
