package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argkg.export.ExportFormat;
import org.argkg.export.Exporter;
import org.argkg.export.JsonLdWriter;
import org.argkg.store.StoreView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg export}: writes graphs of the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes graphs of the store as RDF, byte-identical for the same store.",
            "Without --graph: Turtle and N-Triples get the union of all graphs; TriG, N-Quads and JSON-LD every named graph.",
            "JSON-LD is compacted with argkg's context (ontology/context.jsonld), embedded unless --jsonld-context url.",
            "AIF (an AIFdb JSON nodeset) needs one document: --graph DOC-ID."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg export --format turtle --graph li-zheng-2024-ai-exception",
            "  argkg export --format trig --out target/argkg.trig",
            "  argkg export --format jsonld --graph li-zheng-2024-ai-exception --out li-zheng.jsonld",
            "  argkg export --format aif --graph li-zheng-2024-ai-exception --out li-zheng.aif.json"
        })
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, trig, nquads, jsonld or aif.")
    String format;

    @Option(names = "--graph", paramLabel = "DOC-ID", description = "Export only this document's graph.")
    String graph;

    @Option(names = "--lang", paramLabel = "LANG", description = {
        "Diagrams: --format dot (the Graphviz source), svg or png (drawn by Graphviz) draw one document's argument map,",
        "e.g. --format svg --graph li-zheng-2024-ai-exception --out map.svg. LANG: zh, en or both (default: both)."})
    String lang;

    @Option(names = "--no-statements", description = "Diagrams: labels only, without the claims' full statements.")
    boolean noStatements;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Read the graphs from this SPARQL 1.1 query endpoint instead of the store.")
    String endpoint;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Option(names = "--jsonld-context", paramLabel = "embed|url",
            description = "JSON-LD only: embed the context (default; readable offline) or refer to it by its URL, "
                    + org.argkg.export.JsonLdContext.URL + ".")
    String jsonLdContext = "embed";

    @Override
    public Integer call() {
        java.util.Optional<org.argkg.diagram.DiagramFormat> diagram = org.argkg.diagram.DiagramFormat.parse(format);
        if (diagram.isPresent()) {
            return DiagramExport.run(spec, store.db(), endpoint, graph, out, diagram.get(), lang, noStatements);
        }
        if (lang != null || noStatements) {
            throw new ParameterException(spec.commandLine(), "--lang and --no-statements apply to diagrams (dot, svg, png)");
        }
        if (ExportFormat.parse(format).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; expected one of "
                    + String.join(", ", ExportFormat.words()) + ", " + String.join(", ", org.argkg.diagram.DiagramFormat.words()));
        }
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "'; expected one of " + String.join(", ", ExportFormat.words())));
        if (f.needsOneDocument() && graph == null) {
            throw new ParameterException(spec.commandLine(), "--format " + f.word()
                    + " exports one document: give --graph DOC-ID");
        }
        JsonLdWriter.ContextMode contextMode = switch (jsonLdContext) {
            case "embed" -> JsonLdWriter.ContextMode.EMBED;
            case "url" -> JsonLdWriter.ContextMode.URL;
            default -> throw new ParameterException(spec.commandLine(),
                    "unknown --jsonld-context '" + jsonLdContext + "'; expected embed or url");
        };
        try (StoreView s = ReadAccess.open(store.db(), endpoint, spec.commandLine().getErr())) {
            if (graph != null && !s.documentIds().contains(graph)) {
                throw new ParameterException(spec.commandLine(), "the store has no document '" + graph
                        + "'; documents: " + String.join(", ", s.documentIds()));
            }
            Exporter exporter = new Exporter(s).jsonLdContext(contextMode);
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
