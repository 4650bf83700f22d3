package org.argkg.cli;

import java.io.PrintWriter;
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
import org.argkg.store.StoreView;
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
            "Parameters are bound as RDF terms (never pasted into the text): <iri>, id:…, \"text\"@en, 42; else a plain string.",
            "A document or claim parameter (doc, claim…) also takes a bare id: doc=li-zheng-2024-ai-exception.",
            "The table writes IRIs with prefixes (id:, argkg:, factor:…) and literals as text, fitted to the terminal",
            "(else $COLUMNS, else 120 columns); --format wide gives every value in full."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg query --list",
            "  argkg query causes --param doc=li-zheng-2024-ai-exception",
            "  argkg query timeline --format wide",
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

    @ArgGroup(exclusive = true)
    ReadTarget target = new ReadTarget();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--show", description = "Print the query with its parameters bound, and do not run it.")
    boolean show;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = Choices.ResultFormats.class, completionCandidates = Choices.ResultFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--width", paramLabel = "COLUMNS", converter = Range.Count.class,
            description = "Fit the table to this many columns (default: the terminal's width, else $COLUMNS, else 120).")
    Integer width;

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
        try (StoreView store = ReadAccess.open(target.db(), target.endpoint(), spec.commandLine().getErr());
             QueryRunner runner = QueryRunner.over(store);
             java.io.OutputStream stream = Output.to(out)) {
            if (!params.isEmpty()) {
                java.io.PrintWriter err = spec.commandLine().getErr();
                for (String name : runner.unmatchedParameters(named, params)) {
                    err.println("warning: --param " + name + "=" + params.get(name)
                            + " matches nothing in the store; the query may return no rows");
                }
                err.flush();
            }
            runner.run(q, format, stream, width != null ? width : TerminalWidth.detect());
        } catch (java.io.IOException e) {
            throw new org.argkg.diagnostics.ArgkgException("cannot write the result: " + e.getMessage(), e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
