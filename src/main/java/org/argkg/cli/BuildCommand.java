package org.argkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code argkg build}: checks every map and stores the graphs in the TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Maps and checks every document of the seeds folder and stores the graphs in a TDB2 store.",
            "Nothing is written when any document is invalid; the previous store stays as it was.",
            "The embeddings of the statements (for link and search) are computed and kept with the store; those of"
                + " statements whose text did not change since the last build are reused."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg build",
            "  argkg build --seeds my-seeds --db /data/argkg-db",
            "  argkg build --no-embeddings"
        })
public class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SeedsOption seeds;

    @Mixin
    StoreOption store;

    @picocli.CommandLine.Option(names = "--no-embeddings", negatable = true, defaultValue = "true",
            description = "Do not compute statement embeddings: link and search then embed the claims when they run.")
    boolean embeddings = true;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Corpus corpus = new Corpus(seeds.seeds());
        Progress progress = Progress.of(err, "build", corpus.documentFolders().size());
        StoreBuilder.Outcome outcome;
        try {
            outcome = StoreBuilder.withEmbeddings(embeddings && StoreBuilder.embeddingsByDefault()).build(corpus, store.db(), progress::step);
        } finally {
            progress.done();
        }
        if (!outcome.result().ok()) {
            throw new InvalidInputException(outcome.result().diagnostics());
        }
        DiagnosticPrinter.print(outcome.result().diagnostics().sorted(), err);
        err.println("built " + outcome.documents() + " document(s), " + outcome.triples()
                + " triples, into " + store.db());
        return ExitCodes.OK;
    }
}
