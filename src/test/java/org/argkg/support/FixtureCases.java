package org.argkg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The case folders of a fixture folder, one case per folder, for parameterised tests. */
public final class FixtureCases {

    private FixtureCases() {
    }

    /** The names of the folders in {@code root/kind} (such as {@code valid} or {@code invalid}), sorted. */
    public static Stream<String> in(Path root, String kind) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(kind))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
