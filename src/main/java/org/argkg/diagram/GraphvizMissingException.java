package org.argkg.diagram;

import org.argkg.diagnostics.ArgkgException;

/** Graphviz's {@code dot} is not installed (or not where it was said to be). */
public class GraphvizMissingException extends ArgkgException {

    private static final long serialVersionUID = 1L;

    public GraphvizMissingException(String command) {
        super("Graphviz is not installed: '" + command + "' was not found; install it with '" + Graphviz.INSTALL_HINT
                + "' (the CJK font draws Chinese text), or write the DOT source with --format dot");
    }
}
