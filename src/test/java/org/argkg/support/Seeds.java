package org.argkg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of the repository's seeds, for tests that change them. */
public final class Seeds {

    private Seeds() {
    }

    /** How many actors the shared registry {@code seeds/actors.yaml} declares. */
    public static long actorCount() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("seeds/actors.yaml"))) {
            return lines.filter(l -> l.matches("\\s*- id: .*")).count();
        }
    }

    /** Copies {@code seeds/} to {@code dir/seeds} and returns the copy. */
    public static Path copyTo(Path dir) throws IOException {
        Path target = dir.resolve("seeds");
        Path source = Path.of("seeds");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
