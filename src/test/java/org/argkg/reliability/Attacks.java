package org.argkg.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The attacks the endpoint refused in this run and how, for {@code target/reliability/attacks.txt}. */
final class Attacks {

    static final Path REPORT = Path.of("target", "reliability", "attacks.txt");
    private static final Map<String, String> REFUSED = new TreeMap<>();

    private Attacks() {
    }

    /** Records that {@code what} was refused with {@code how} (a status, or what happened instead). */
    static synchronized void refused(String what, String how) {
        if (REFUSED.isEmpty() && Files.isRegularFile(REPORT)) {
            // the other test JVM of the same build (unit tests, then integration tests) wrote its part
            try {
                for (String line : Files.readAllLines(REPORT)) {
                    int colon = line.lastIndexOf(": ");
                    if (line.startsWith("- ") && colon > 2) {
                        REFUSED.put(line.substring(2, colon), line.substring(colon + 2));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        REFUSED.put(what, how);
        StringBuilder sb = new StringBuilder();
        REFUSED.forEach((w, h) -> sb.append("- ").append(w).append(": ").append(h).append('\n'));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
