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
            "Nothing is written when any document is invalid; the previous store stays as it was."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg build",
            "  argkg build --seeds my-seeds --db /data/argkg-db"
        })
public class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SeedsOption seeds;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Corpus corpus = new Corpus(seeds.seeds());
        Progress progress = Progress.of(err, "build", corpus.documentFolders().size());
        StoreBuilder.Outcome outcome;
        try {
            outcome = new StoreBuilder().build(corpus, store.db(), progress::step);
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
