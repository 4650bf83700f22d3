package org.argkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.argkg.pipeline.BuildResult;
import org.argkg.pipeline.GraphBuilder;
import org.argkg.corpus.Selection;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.diagnostics.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argkg validate}: checks maps without writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks maps, their quotes and the SHACL shapes of the graphs they give; writes nothing.",
            "Every problem is printed on stdout as path:line:col: error: message [CODE]; the count goes to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg validate                                 # every document under seeds/",
            "  argkg validate seeds/li-zheng-2024-ai-exception # one document",
            "  argkg validate seeds/li-zheng-2024-ai-exception/map.yaml --format json"
        })
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = SeedsOption.DEFAULT_FOLDER,
            description = "A seeds folder, a document's folder or a map file (default: ${DEFAULT-VALUE}).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    enum OutputFormat { text, json }

    @Override
    public Integer call() {
        Diagnostics all = new Diagnostics();
        int documents = 0;
        GraphBuilder builder = GraphBuilder.withDrafts();
        for (Selection.Part part : Selection.of(paths)) {
            BuildResult r = builder.build(part.corpus(), part.folders());
            all.addAll(r.diagnostics());
            documents += r.documents().size();
        }
        List<Diagnostic> sorted = all.sorted();
        if (format == OutputFormat.json) {
            DiagnosticPrinter.printJson(sorted, spec.commandLine().getOut());
        } else {
            DiagnosticPrinter.print(sorted, spec.commandLine().getOut());
        }
        spec.commandLine().getErr().println((all.hasErrors() ? "invalid: " : "valid: ") + DiagnosticPrinter.summary(all)
                + (all.hasErrors() ? "" : " (" + documents + " document" + (documents == 1 ? "" : "s") + ")"));
        return all.hasErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
}
