package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.argkg.diagram.DiagramFormat;
import org.argkg.diagram.DiagramLang;
import org.argkg.diagram.DiagramScope;
import org.argkg.export.ExportFormat;
import org.argkg.export.Exporter;
import org.argkg.export.JsonLdWriter;
import org.argkg.store.StoreView;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg export}: writes graphs of the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes graphs of the store as RDF, byte-identical for the same store.",
            "Without --graph: Turtle and N-Triples get the union of all graphs; TriG, N-Quads and JSON-LD every named graph.",
            "JSON-LD is compacted with argkg's context (ontology/context.jsonld), embedded unless --jsonld-context url.",
            "AIF (an AIFdb JSON nodeset) needs one document: --graph DOC-ID.",
            "dot, svg and png draw one document's argument map (--scope own, linked or all);",
            "--format svg --plot factors|timeline draws a plot of the whole store."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg export --format turtle --graph li-zheng-2024-ai-exception",
            "  argkg export --format trig --out target/argkg.trig",
            "  argkg export --format jsonld --graph li-zheng-2024-ai-exception \\",
            "      --out li-zheng.jsonld",
            "  argkg export --format aif --graph li-zheng-2024-ai-exception \\",
            "      --out li-zheng.aif.json",
            "  argkg export --format svg --graph li-zheng-2024-ai-exception \\",
            "      --scope linked --out map.svg",
            "  argkg export --format svg --plot factors --out factors.svg"
        })
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget source = new ReadTarget();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = Format.Words.class, completionCandidates = Format.Words.class,
            description = {"One of ${COMPLETION-CANDIDATES}.",
                "dot (the Graphviz source), svg and png (drawn by Graphviz) draw one document's argument map,",
                "e.g. --format svg --graph li-zheng-2024-ai-exception --out map.svg."})
    Format format;

    /** One value of --format: what {@link Exporter} writes, or a diagram. */
    record Format(ExportFormat export, DiagramFormat diagram) {

        static final class Words extends Choice<Format> {
            Words() {
                super(w -> ExportFormat.parse(w).map(f -> new Format(f, null))
                                .or(() -> DiagramFormat.parse(w).map(d -> new Format(null, d))),
                        Stream.concat(ExportFormat.words().stream(), DiagramFormat.words().stream()).toList());
            }
        }
    }

    @Option(names = "--graph", paramLabel = "DOC-ID", description = "Export only this document's graph.")
    String graph;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "both",
            converter = Choices.DiagramLangs.class, completionCandidates = Choices.DiagramLangs.class,
            description = "Diagrams: the texts' language, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiagramLang lang;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "own",
            converter = Choices.DiagramScopes.class, completionCandidates = Choices.DiagramScopes.class,
            description = {"Diagrams: which claims are drawn, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}):",
                "own: the document's argument; linked: also the claims of other documents related to it, compact and",
                "grouped by document; all: also the relations among those."})
    DiagramScope scope;

    @Option(names = "--plot", paramLabel = "PLOT", converter = Choices.PlotKinds.class,
            completionCandidates = Choices.PlotKinds.class,
            description = {"With --format svg: a plot of the whole store instead of a map, one of ${COMPLETION-CANDIDATES}:",
                "factors (which documents support or attack which factors), timeline (dated documents and events)."})
    org.argkg.plot.PlotKind plot;

    @Option(names = "--no-statements", description = "Diagrams: labels only, without the claims' full statements.")
    boolean noStatements;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Option(names = "--jsonld-context", paramLabel = "MODE", defaultValue = "embed",
            converter = Choices.JsonLdContexts.class, completionCandidates = Choices.JsonLdContexts.class,
            description = "JSON-LD only: embed the context (readable offline) or refer to it by its URL, "
                    + org.argkg.export.JsonLdContext.URL + "; one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    JsonLdWriter.ContextMode jsonLdContext;

    @Override
    public Integer call() {
        if (plot != null) {
            if (format.diagram() != org.argkg.diagram.DiagramFormat.SVG || graph != null) {
                throw new ParameterException(spec.commandLine(), "--plot draws the whole store as SVG: give --format svg and no --graph");
            }
            return PlotExport.run(spec, source.db(), source.endpoint(), out, plot, lang);
        }
        if (format.diagram() != null) {
            return DiagramExport.run(spec, source.db(), source.endpoint(), graph, out, format.diagram(), lang, noStatements, scope);
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--lang") || noStatements
                || spec.commandLine().getParseResult().hasMatchedOption("--scope")) {
            throw new ParameterException(spec.commandLine(), "--lang, --scope and --no-statements apply to diagrams ("
                    + String.join(", ", DiagramFormat.words()) + ")");
        }
        ExportFormat f = format.export();
        if (f.needsOneDocument() && graph == null) {
            throw new ParameterException(spec.commandLine(), "--format " + f.word()
                    + " exports one document: give --graph DOC-ID");
        }
        try (StoreView s = ReadAccess.open(source.db(), source.endpoint(), spec.commandLine().getErr())) {
            if (graph != null && !s.documentIds().contains(graph)) {
                throw new ParameterException(spec.commandLine(), "the store has no document '" + graph
                        + "'; documents: " + String.join(", ", s.documentIds()));
            }
            Exporter exporter = new Exporter(s).jsonLdContext(jsonLdContext);
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                try (java.io.OutputStream stdout = Output.to(w)) {
                    exporter.export(f, graph, stdout);
                } catch (java.io.IOException e) {
                    throw new org.argkg.diagnostics.ArgkgException("cannot write the export: " + e.getMessage(), e);
                }
                w.flush();
            } else {
                exporter.export(f, graph, out);
                spec.commandLine().getErr().println("wrote " + out);
            }
        }
        return ExitCodes.OK;
    }
}
