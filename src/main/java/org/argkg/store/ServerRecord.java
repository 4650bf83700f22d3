package org.argkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.argkg.io.AtomicFiles;

/**
 * The note a running {@code argkg serve} leaves in the store folder it holds: its process id and the
 * URLs it answers at. TDB2 lets one process open a store; while the server runs, commands that only
 * read go through it, and commands that write say who holds the store. A note whose process has
 * ended (a server that was killed) is stale and ignored.
 *
 * @param pid the server's process id
 * @param baseUrl where it answers, e.g. {@code http://127.0.0.1:3030}
 * @param queryUrl its SPARQL query endpoint
 */
public record ServerRecord(long pid, String baseUrl, String queryUrl) {

    /** The file's name in the store folder. */
    public static final String FILE = "argkg-serve.properties";

    /** The properties in {@code file}; empty when there is none or it cannot be read. */
    static Optional<Properties> properties(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** The note in {@code db} when its process is alive; a stale note is removed. */
    public static Optional<ServerRecord> live(Path db) {
        Path file = db.resolve(FILE);
        Optional<Properties> read = properties(file);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Properties p = read.get();
        long pid;
        try {
            pid = Long.parseLong(p.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String base = p.getProperty("url");
        String query = p.getProperty("sparql");
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive || base == null || query == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a note that cannot be removed is still ignored
            }
            return Optional.empty();
        }
        return Optional.of(new ServerRecord(pid, base, query));
    }

    /** Leaves the note of this process in {@code db}. */
    public static ServerRecord write(Path db, String baseUrl, String queryUrl) {
        ServerRecord r = new ServerRecord(ProcessHandle.current().pid(), baseUrl, queryUrl);
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(r.pid()));
        p.setProperty("url", baseUrl);
        p.setProperty("sparql", queryUrl);
        AtomicFiles.write(db.resolve(FILE), out -> p.store(out, "argkg serve holds this store; removed when it stops"));
        return r;
    }

    /** Removes the note from {@code db} when it is this one's. */
    public void remove(Path db) {
        Path file = db.resolve(FILE);
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            if (Long.toString(pid).equals(p.getProperty("pid")) && baseUrl.equals(p.getProperty("url"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | IllegalArgumentException ignored) {
            // nothing to remove
        }
    }

    /** How a message names the server. */
    public String describe() {
        return "'argkg serve' (pid " + pid + ", " + baseUrl + ")";
    }
}
