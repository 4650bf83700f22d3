package org.argkg.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argkg.diagnostics.ArgkgException;

/**
 * Turns the paths given to {@code argkg validate} (a seeds folder, a document's folder, or a map
 * file) into corpora and the document folders selected in each. A document is always checked in
 * its corpus, so that references to other documents and the shared actors resolve.
 */
public final class Selection {

    /** One corpus and the document folders selected in it (null: all of them). */
    public record Part(Corpus corpus, List<Path> folders) {
    }

    private Selection() {
    }

    public static List<Part> of(List<Path> paths) {
        Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                if (!p.getFileName().toString().equals(Corpus.MAP_FILE)) {
                    throw new ArgkgException(given + " is not a map file (" + Corpus.MAP_FILE + ")");
                }
                p = p.getParent();
            }
            if (!Files.isDirectory(p)) {
                throw new ArgkgException(given + " does not exist");
            }
            if (Files.isRegularFile(p.resolve(Corpus.MAP_FILE))) {
                Path root = p.getParent();
                List<Path> sel = byRoot.computeIfAbsent(root, r -> new ArrayList<>());
                if (sel != null && !sel.contains(p)) {
                    sel.add(p);
                }
            } else {
                byRoot.put(p, null); // the whole seeds folder
            }
        }
        List<Part> parts = new ArrayList<>();
        byRoot.forEach((root, folders) -> parts.add(new Part(new Corpus(root), folders)));
        return parts;
    }
}
