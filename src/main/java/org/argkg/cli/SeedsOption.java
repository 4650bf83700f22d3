package org.argkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --seeds DIR} option. */
public class SeedsOption {

    public static final Path DEFAULT = Path.of("seeds");

    @Option(names = "--seeds", paramLabel = "DIR", description = "Seeds folder: actors.yaml and one folder per document (default: ${DEFAULT-VALUE}).")
    Path seeds = DEFAULT;

    public Path seeds() {
        return seeds;
    }
}
