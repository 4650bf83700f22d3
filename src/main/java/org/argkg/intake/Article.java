package org.argkg.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article as read from a file or a page: what it says about itself (each part empty when the
 * article does not say it) and its text as paragraphs, page furniture left out.
 *
 * @param format     the kind of file it was read from
 * @param title      the title
 * @param author     the author or authors, as written
 * @param date       the date of publication
 * @param url        the article's own address (canonical link or the address it was fetched from)
 * @param language   a BCP 47 tag, from the article's markup or guessed from its text
 * @param languageGuessed whether the language was guessed from the text rather than declared
 * @param paragraphs the text, one paragraph per element, each on one line
 */
public record Article(Format format, Optional<String> title, Optional<String> author, Optional<LocalDate> date,
        Optional<String> url, String language, boolean languageGuessed, List<String> paragraphs) {

    /** The kinds of file an article is read from. */
    public enum Format { HTML, PDF, MARKDOWN, TEXT }

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body of a {@code source.md}: the paragraphs separated by blank lines, ending with a newline. */
    public String body() {
        return paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
    }
}
