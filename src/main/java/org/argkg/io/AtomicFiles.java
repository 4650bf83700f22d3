package org.argkg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.argkg.diagnostics.ArgkgException;

/**
 * Writes a file through a temporary file in the same folder and a rename, so that a failed or
 * interrupted run never leaves a half-written file where the real one should be.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Temporary files being written; a run stopped by SIGINT or SIGTERM removes them on its way out. */
    private static final Set<Path> LIVE = new HashSet<>();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeLive, "argkg-temporary-files"));
    }

    private AtomicFiles() {
    }

    /**
     * Removes the temporary files of writes still running, and lets no new one be created: a file
     * created after this ran (a write that started while the JVM was stopping) would be left behind.
     */
    private static synchronized void removeLive() {
        stopping = true;
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and named as such
            }
        }
        LIVE.clear();
    }

    private static synchronized void done(Path tmp) {
        LIVE.remove(tmp);
    }

    /**
     * A new, empty file beside the target, created like any other file (its permissions follow the
     * umask, as the target's would; a temporary-file API would make it private to the owner).
     */
    private static synchronized Path createTemporary(Path dir, String name) throws IOException {
        if (stopping) {
            throw new IOException("the program is stopping");
        }
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.createFile(tmp);
                LIVE.add(tmp);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A file that is replaced keeps its permissions. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    public static void write(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = createTemporary(dir, abs.getFileName().toString());
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true); // on disk before the rename makes it the file
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done(tmp);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ArgkgException("cannot write " + target + ": " + why, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named as such
                }
                done(tmp);
            }
        }
    }
}
