package org.argkg.aif;

/**
 * What {@code argkg import} was told about the imported document; null where it was not told, and
 * then taken from the nodeset (argkg's own fields, timestamps, the language of the texts).
 *
 * @param docId the document id, {@code [a-z0-9-]+}
 * @param title the title, in the document's language
 * @param language {@code zh} or {@code en}: the language of every I node's text (else detected per node)
 * @param url an http(s) URL of the nodeset or of the document it analyses
 * @param date the document's date, YYYY-MM-DD
 */
public record ImportOptions(String docId, String title, String language, String url, String date) {

    public static ImportOptions of(String docId) {
        return new ImportOptions(docId, null, null, null, null);
    }
}
