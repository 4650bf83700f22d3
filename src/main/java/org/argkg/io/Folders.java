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
}
