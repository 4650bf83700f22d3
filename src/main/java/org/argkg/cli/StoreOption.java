package org.argkg.cli;

import java.nio.file.Path;
import org.argkg.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by every command that uses the store. */
public class StoreOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db = GraphStore.DEFAULT_LOCATION;

    public Path db() {
        return db;
    }
}
