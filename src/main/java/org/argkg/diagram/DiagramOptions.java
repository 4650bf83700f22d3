package org.argkg.diagram;

/**
 * How a diagram is drawn.
 *
 * @param lang the language(s) of the texts
 * @param statements whether the document's claims show their full statements under their labels
 */
public record DiagramOptions(DiagramLang lang, boolean statements) {

    public static DiagramOptions defaults() {
        return new DiagramOptions(DiagramLang.BOTH, true);
    }

    public DiagramOptions withLang(DiagramLang l) {
        return new DiagramOptions(l, statements);
    }

    public DiagramOptions withStatements(boolean s) {
        return new DiagramOptions(lang, s);
    }
}
