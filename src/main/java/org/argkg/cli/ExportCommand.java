package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argkg.export.ExportFormat;
import org.argkg.export.Exporter;
import org.argkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg export}: writes graphs of the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes graphs of the store as RDF, byte-identical for the same store.",
            "Without --graph: Turtle and N-Triples get the union of all graphs; TriG, N-Quads and JSON-LD every named graph."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg export --format turtle --graph li-zheng-2024-ai-exception",
            "  argkg export --format trig --out target/argkg.trig",
            "  argkg export --format jsonld --graph li-zheng-2024-ai-exception --out li-zheng.jsonld"
        })
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, trig, nquads or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "DOC-ID", description = "Export only this document's graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "'; expected one of " + String.join(", ", ExportFormat.words())));
        try (GraphStore s = GraphStore.openExisting(store.db())) {
            if (graph != null && !s.documentIds().contains(graph)) {
                throw new ParameterException(spec.commandLine(), "the store has no document '" + graph
                        + "'; documents: " + String.join(", ", s.documentIds()));
            }
            Exporter exporter = new Exporter(s);
            if (out == null) {
                var stdout = new java.io.ByteArrayOutputStream();
                exporter.export(f, graph, stdout);
                PrintWriter w = spec.commandLine().getOut();
                w.print(stdout.toString(java.nio.charset.StandardCharsets.UTF_8));
                w.flush();
            } else {
                exporter.export(f, graph, out);
                spec.commandLine().getErr().println("wrote " + out);
            }
        }
        return ExitCodes.OK;
    }
}
