package org.argkg.store;

import org.argkg.io.Folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argkg.diagnostics.ArgkgException;

/**
 * The source texts of the documents, kept in the store folder ({@code sources/DOC-ID.txt}, the body
 * that quote offsets count in), so that what the page shows comes from the store and not from a
 * seeds folder that may have changed since the build. A build fills a new folder beside the current
 * one and puts it in place once the graphs are committed. The embeddings of each document's
 * statements ({@code DOC-ID.vec}) live in the same folder, so they are staged, sealed with the
 * store's generation and put in place with the texts: store, index, texts and vectors are always
 * of one generation.
 */
final class SourceTexts {

    static final String DIRECTORY = "sources";
    private static final String SUFFIX = ".txt";
    private static final String VECTORS = ".vec";

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

    /** The statement vectors of every document, as stored by the last build. */
    static java.util.Map<String, String> readVectors(Path storeDir) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        Path dir = storeDir.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(VECTORS)).sorted().toList()) {
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - VECTORS.length()), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot read the statement vectors in " + storeDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes (or, when null, removes) one document's statement vectors in {@code dir}. */
    static void putVectors(Path dir, String docId, String vectors) {
        write(dir.resolve(docId + VECTORS), docId, vectors);
    }

    /** Writes (or, when {@code text} is null, removes) one document's text in {@code dir}. */
    static void put(Path dir, String docId, String text) {
        write(dir.resolve(docId + SUFFIX), docId, text);
    }

    private static void write(Path file, String docId, String text) {
        Path dir = file.getParent();
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

    /** The staged folder, beside the current one. */
    static final String STAGED = DIRECTORY + ".new";

    /** The file, in a folder of texts, naming the store generation the texts belong to. */
    static final String GENERATION = "GENERATION";

    /**
     * A new folder for the texts of the next generation: empty, or (for a change of one document)
     * a copy of the current texts.
     */
    static Path stage(Path storeDir, boolean copyCurrent) {
        Path dir = storeDir.resolve(STAGED);
        Folders.deleteTree(dir);
        try {
            Files.createDirectories(dir);
            Path live = storeDir.resolve(DIRECTORY);
            if (copyCurrent && Files.isDirectory(live)) {
                try (java.util.stream.Stream<Path> files = Files.list(live)) {
                    for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)
                            || f.getFileName().toString().endsWith(VECTORS)).toList()) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** Marks the staged texts as those of store generation {@code generation}; written last, so it means complete. */
    static void seal(Path staged, long generation) {
        org.argkg.io.AtomicFiles.write(staged.resolve(GENERATION),
                out -> out.write(Long.toString(generation).getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The store generation of the texts in {@code dir}: 0 for texts written before generations were
     * counted, empty when there is no folder or it was never sealed.
     */
    static java.util.OptionalLong generation(Path dir) {
        if (!Files.isDirectory(dir)) {
            return java.util.OptionalLong.empty();
        }
        Path file = dir.resolve(GENERATION);
        if (!Files.isRegularFile(file)) {
            return dir.getFileName().toString().equals(DIRECTORY) ? java.util.OptionalLong.of(0) : java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Puts a sealed folder in the place of the current one (renames only). */
    static void install(Path storeDir, Path staged) {
        Folders.swap(staged, storeDir.resolve(DIRECTORY));
    }
}
