package org.argkg.diagram;

/**
 * How a diagram is drawn.
 *
 * @param lang the language(s) of the texts
 * @param statements whether the document's claims show their full statements under their labels
 * @param scope which claims are drawn: the document's own (the default), or also linked ones
 */
public record DiagramOptions(DiagramLang lang, boolean statements, DiagramScope scope) {

    public DiagramOptions(DiagramLang lang, boolean statements) {
        this(lang, statements, DiagramScope.OWN);
    }

    public static DiagramOptions defaults() {
        return new DiagramOptions(DiagramLang.BOTH, true, DiagramScope.OWN);
    }

    public DiagramOptions withLang(DiagramLang l) {
        return new DiagramOptions(l, statements, scope);
    }

    public DiagramOptions withStatements(boolean s) {
        return new DiagramOptions(lang, s, scope);
    }

    public DiagramOptions withScope(DiagramScope s) {
        return new DiagramOptions(lang, statements, s);
    }
}
