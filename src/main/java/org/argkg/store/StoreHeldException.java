package org.argkg.store;

import org.argkg.diagnostics.ArgkgException;

/** A command that writes found the store held by a running {@code argkg serve}. */
public final class StoreHeldException extends ArgkgException {

    private static final long serialVersionUID = 1L;

    private final transient ServerRecord server;

    public StoreHeldException(java.nio.file.Path db, ServerRecord server) {
        super("the store at " + db + " is held by " + server.describe() + ": stop it (Ctrl-C in its terminal, or kill "
                + server.pid() + ") and run this command again; commands that only read (query, export, link,"
                + " evaluate --no-write) work beside it");
        this.server = server;
    }

    public ServerRecord server() {
        return server;
    }
}
