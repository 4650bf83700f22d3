package org.argkg.diagnostics;

import java.util.List;

/** The input was checked and found invalid; carries every diagnostic. The CLI maps it to exit 1. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(Diagnostics diagnostics) {
        super(diagnostics.errorCount() + " error(s) in the input");
        this.diagnostics = diagnostics.sorted();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
