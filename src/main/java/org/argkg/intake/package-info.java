/**
 * Intake of a new article: reading an HTML page, a PDF, Markdown or plain text (from a file or a
 * URL) into what it says about itself and its paragraphs ({@link org.argkg.intake.Article}), and
 * writing it as a new document of the seeds, a {@code source.md} and a draft {@code map.yaml}
 * ({@link org.argkg.intake.DocumentScaffold}).
 */
package org.argkg.intake;
