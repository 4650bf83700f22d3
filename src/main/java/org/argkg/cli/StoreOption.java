package org.argkg.cli;

import java.nio.file.Path;
import org.argkg.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by every command that uses the store. */
public class StoreOption {

    /** The default: {@code $ARGKG_DB} when set, else {@link GraphStore#DEFAULT_DIR}. */
    static final String DEFAULT = "${env:ARGKG_DB:-" + GraphStore.DEFAULT_DIR + "}";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}; set ARGKG_DB to move it).")
    Path db;

    public Path db() {
        return db;
    }
}
