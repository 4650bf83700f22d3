package org.argkg.pipeline;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.argkg.diagnostics.ArgkgException;

/**
 * Watches a seeds folder (its documents' folders included, new ones as they appear) and tells when
 * it has changed and then stayed quiet for a while, so that an editor's burst of saves gives one
 * rebuild.
 */
public final class SeedsWatcher implements AutoCloseable {

    private final Path root;
    private final WatchService service;

    public SeedsWatcher(Path root) {
        this.root = root;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(root);
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    register(d);
                }
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot watch " + root + ": " + e.getMessage(), e);
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /**
     * Blocks until something under the seeds changed and no further change came for {@code quiet};
     * returns false when the watcher was closed.
     */
    public boolean awaitChange(Duration quiet) throws InterruptedException {
        try {
            WatchKey key = service.take();
            handle(key);
            // debounce: keep taking changes until the folder is quiet
            while (true) {
                WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    return true;
                }
                handle(next);
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && dir.equals(root)) {
                Path created = root.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        register(created);
                    } catch (IOException ignored) {
                        // a folder removed as soon as it came: nothing to watch
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing only stops the watching
        }
    }
}
