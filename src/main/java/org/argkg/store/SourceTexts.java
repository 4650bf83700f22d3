package org.argkg.store;

import org.argkg.io.Folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.argkg.diagnostics.ArgkgException;

/**
 * The source texts of the documents, kept in the store folder ({@code sources/DOC-ID.txt}, the body
 * that quote offsets count in), so that what the page shows comes from the store and not from a
 * seeds folder that may have changed since the build. A build fills a new folder beside the current
 * one and puts it in place once the graphs are committed.
 */
final class SourceTexts {

    static final String DIRECTORY = "sources";
    private static final String SUFFIX = ".txt";

    private SourceTexts() {
    }

    static Optional<String> read(Path storeDir, String docId) {
        Path file = storeDir.resolve(DIRECTORY).resolve(docId + SUFFIX);
        if (!docId.matches("[a-z0-9][a-z0-9-]*") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ArgkgException("cannot read the source text of '" + docId + "' in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    /** Writes (or, when {@code text} is null, removes) one document's text in {@code dir}. */
    static void put(Path dir, String docId, String text) {
        Path file = dir.resolve(docId + SUFFIX);
        try {
            if (text == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(dir);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot write the source text of '" + docId + "' to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A new, empty folder for a build's texts. */
    static Path stage(Path storeDir) {
        Path dir = storeDir.resolve(DIRECTORY + ".new");
        Folders.deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ArgkgException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** Puts a staged folder in the place of the current one. */
    static void install(Path storeDir, Path staged) {
        Path live = storeDir.resolve(DIRECTORY);
        Folders.deleteTree(live);
        try {
            Files.move(staged, live, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ArgkgException("cannot install the source texts in " + live + ": " + e.getMessage(), e);
        }
    }
}
