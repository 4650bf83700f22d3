package org.argkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.argkg.aif.AifImporter;
import org.argkg.aif.ImportContext;
import org.argkg.aif.ImportOptions;
import org.argkg.aif.ImportedDocument;
import org.argkg.aif.MapWriter;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.diagnostics.InvalidInputException;
import org.argkg.ontology.Ontology;
import org.argkg.store.GraphStore;
import org.argkg.store.StoredDocument;
import org.argkg.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg import}: an AIF nodeset into the store as a document graph, and optionally a map. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an AIF nodeset (AIFdb or OVA JSON) as a document graph of the store.",
            "Every I node becomes a claim, RA nodes supports, CA nodes attacks, MA nodes restatements; the dialogue"
                + " (L, TA, YA nodes) is skipped. The graph is checked with the SHACL shapes before it is stored.",
            "A later 'argkg build' replaces the whole store: keep an import by writing it out with --map-out."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg import --format aif nodeset.json --doc-id ova-chip-controls \\",
            "      --title 'Chip controls debate'",
            "  argkg import --format aif nodeset.json --doc-id ova-chip-controls \\",
            "      --url http://www.aifdb.org/argview/10642 \\",
            "      --map-out seeds/ova-chip-controls/map.yaml"
        })
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (the only import format).")
    ImportFormat format;

    enum ImportFormat { aif }

    @Parameters(index = "0", paramLabel = "FILE", description = "The nodeset (JSON).")
    Path file;

    @Option(names = "--doc-id", required = true, paramLabel = "ID", converter = Values.DocumentId.class, description = "Id of the new document, [a-z0-9-]+.")
    String docId;

    @Option(names = "--title", paramLabel = "T", converter = Values.NonBlank.class, description = "Its title, in its language (default: from the nodeset or its file name).")
    String title;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the nodeset's texts: ${COMPLETION-CANDIDATES} (default: detected per node).")
    Lang lang;

    /** The languages of the maps' texts. */
    enum Lang { zh, en }

    @Option(names = "--url", paramLabel = "URL", converter = Values.HttpUrl.class,
            description = "http(s) URL of the nodeset or of the document it analyses (default: from the nodeset, else its content hash).")
    URI url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Values.IsoDate.class,
            description = "The document's date (default: from the nodeset's timestamps).")
    LocalDate date;

    @Option(names = "--map-out", paramLabel = "FILE",
            description = "Also write the document as FILE (a map.yaml; best seeds/<doc-id>/map.yaml) and source.md next to it.")
    Path mapOut;

    @Option(names = "--replace", description = "Replace a document of the store with the same id, and existing map files.")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            throw new ArgkgException("cannot read " + file + ": no such file");
        }
        if (mapOut != null && !replace) {
            for (Path p : new Path[] {mapOut, MapWriter.sourceFile(mapOut)}) {
                if (Files.exists(p)) {
                    throw usage(p + " exists; give --replace to overwrite it");
                }
            }
        }
        try (GraphStore s = GraphStore.openExisting(store.db())) {
            if (s.documentIds().contains(docId) && !replace) {
                throw usage("the store already has a document '" + docId + "'; choose another --doc-id or give --replace");
            }
            Ontology ontology = Ontology.load();
            AifImporter.Result result = new AifImporter(ontology)
                    .read(file, new ImportOptions(docId, title, lang == null ? null : lang.name(),
                            url == null ? null : url.toString(), date == null ? null : date.toString()), ImportContext.of(s, ontology));
            if (!result.ok()) {
                throw new InvalidInputException(result.diagnostics());
            }
            ImportedDocument doc = result.document();
            if (mapOut != null && !doc.hasWebUrl()) {
                throw usage("--map-out needs the document's http(s) URL, which the nodeset does not give: add --url URL");
            }
            DiagnosticPrinter.print(result.diagnostics().sorted(), err);
            s.replaceDocument(new StoredDocument(docId, doc.mapped().graph(), null));
            err.println("imported " + doc.claims() + " claim(s) and " + doc.relations() + " relation(s) from " + file
                    + " as document '" + docId + "' (graph " + Iris.documentGraph(docId) + ") into " + store.db());
            if (mapOut != null) {
                new MapWriter().write(doc, mapOut, file.getFileName().toString());
                err.println("wrote " + mapOut + " and " + MapWriter.sourceFile(mapOut).getFileName() + " next to it");
                Path folder = mapOut.toAbsolutePath().getParent();
                if (folder != null && !folder.getFileName().toString().equals(docId)) {
                    err.println("note: 'argkg validate' and 'argkg build' expect the map in a folder named " + docId);
                }
                if (!doc.untranslated().isEmpty()) {
                    err.println("the nodeset has each claim in one language: " + doc.untranslated().size()
                            + " texts in the other can be added where " + mapOut + " has them commented; it validates as it is,"
                            + " with a warning for each: argkg validate " + mapOut);
                }
            }
        }
        return ExitCodes.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
