package org.argkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argkg.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argkg generate}: a deterministic synthetic corpus for scale tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a deterministic synthetic corpus in the seeds format, for scale tests and benchmarks.",
            "Chinese and English source texts, maps whose quotes are real spans of them, relations inside and across"
                + " documents, shared actors."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg generate --documents 1000 --out target/corpus-1k",
            "  argkg generate --documents 10000 --seed 7 --out /tmp/corpus \\",
            "      && argkg build --seeds /tmp/corpus --db /tmp/db"
        })
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--documents", required = true, paramLabel = "N", converter = Range.Count.class, description = "How many documents.")
    int documents;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder.")
    Path out;

    @Override
    public Integer call() {
        Progress progress = Progress.of(spec.commandLine().getErr(), "generate", documents);
        new CorpusGenerator(documents, seed).write(out, progress::step);
        progress.done();
        spec.commandLine().getErr().println("wrote " + documents + " document(s) to " + out);
        return ExitCodes.OK;
    }
}
