package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.argkg.store.RemoteStore;
import org.argkg.store.StoreView;
import org.argkg.store.StoreViews;

/** Opens the store for a command that only reads, and says on stderr when it goes through a server. */
final class ReadAccess {

    private ReadAccess() {
    }

    static StoreView open(Path db, String endpoint, PrintWriter err) {
        StoreView view = StoreViews.forReading(db, endpoint);
        if (view instanceof RemoteStore remote) {
            remote.server().ifPresent(s -> {
                err.println("note: " + db + " is held by " + s.describe() + "; reading through it");
                err.flush();
            });
        }
        return view;
    }
}
