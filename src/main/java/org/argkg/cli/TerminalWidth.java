package org.argkg.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How wide a table may be: the terminal's width, else {@code $COLUMNS}, else {@value #DEFAULT}. */
final class TerminalWidth {

    static final int DEFAULT = 120;

    private TerminalWidth() {
    }

    /** The width for output to this process's standard output. */
    static int detect() {
        if (System.console() != null) {
            int tty = stty();
            if (tty > 0) {
                return tty;
            }
        }
        return fromEnvironment(System.getenv());
    }

    /** {@code COLUMNS} when it is a positive number, else {@value #DEFAULT}. */
    static int fromEnvironment(Map<String, String> env) {
        String c = env.get("COLUMNS");
        if (c != null && c.strip().matches("\\d{1,5}")) {
            int n = Integer.parseInt(c.strip());
            if (n > 0) {
                return n;
            }
        }
        return DEFAULT;
    }

    /** The terminal's columns as {@code stty size} reports them, or 0. */
    private static int stty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return 0;
            }
            String[] parts = outText.split("\\s+");
            return parts.length == 2 && parts[1].matches("\\d{1,5}") ? Integer.parseInt(parts[1]) : 0;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
