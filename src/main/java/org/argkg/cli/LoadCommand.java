package org.argkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argkg load}: restores a store from an N-Quads or TriG export. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Replaces the content of the store with an N-Quads or TriG file (an 'argkg export').",
            "The file is streamed in one transaction and the full-text index rebuilt; the store then serves as if"
                + " built from seeds."},
        footerHeading = "%nExamples:%n",
        footer = {"  argkg export --format nquads --out backup.nq \\",
            "      && argkg load --db /data/argkg-db backup.nq"})
public class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "An N-Quads (.nq) or TriG (.trig) file.")
    Path file;

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store.db())) {
            long n = s.load(file);
            spec.commandLine().getErr().println("loaded " + n + " quads from " + file + " into " + store.db());
        }
        return ExitCodes.OK;
    }
}
