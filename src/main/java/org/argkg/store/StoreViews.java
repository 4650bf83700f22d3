package org.argkg.store;

import java.nio.file.Path;
import java.util.Optional;

/** Opens a store for commands that only read: the folder itself, or the server that holds it. */
public final class StoreViews {

    private StoreViews() {
    }

    /**
     * The store to read: {@code endpoint} when given; else the server that holds {@code db} when one
     * runs (TDB2 lets one process open the folder); else the folder itself, which must hold a built
     * store.
     */
    public static StoreView forReading(Path db, String endpoint) {
        if (endpoint != null) {
            return new RemoteStore(endpoint);
        }
        Optional<ServerRecord> server = ServerRecord.live(db);
        if (server.isPresent()) {
            return new RemoteStore(server.get().queryUrl(), server.get());
        }
        return GraphStore.openExisting(db);
    }
}
