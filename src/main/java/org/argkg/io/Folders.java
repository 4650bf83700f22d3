package org.argkg.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.argkg.diagnostics.ArgkgException;

/** Folder operations the store and the build share. */
public final class Folders {

    private Folders() {
    }

    /** Removes {@code dir} and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts {@code staged} in the place of {@code live} by renames only: the current folder moves
     * aside to {@code live.old}, the staged one takes its name, and the old one is removed. A run
     * killed in between leaves the staged folder or the old one under a name the store's repair on
     * opening recognises.
     */
    public static void swap(Path staged, Path live) {
        Path old = live.resolveSibling(live.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(live)) {
                Files.move(live, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staged, live, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ArgkgException("cannot put " + staged + " in place of " + live + ": " + e.getMessage(), e);
        }
        deleteTree(old);
    }
}
