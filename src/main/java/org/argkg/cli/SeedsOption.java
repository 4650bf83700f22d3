package org.argkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --seeds DIR} option, and the seeds folder of commands that read seeds without it. */
public class SeedsOption {

    /** The seeds folder when none is given; a constant, so that help texts can name it. */
    static final String DEFAULT_FOLDER = "seeds";

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = DEFAULT_FOLDER,
            description = "Seeds folder: actors.yaml and one folder per document (default: ${DEFAULT-VALUE}).")
    Path seeds;

    public Path seeds() {
        return seeds;
    }
}
