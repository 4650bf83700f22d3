package org.argkg.diagnostics;

/** How serious a diagnostic is. Only {@link #ERROR} makes input invalid. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    /** The word printed in {@code path:line:col: error: message [CODE]}. */
    public String word() {
        return word;
    }
}
