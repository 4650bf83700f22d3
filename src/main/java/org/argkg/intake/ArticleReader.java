package org.argkg.intake;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article of any supported kind. The kind comes from the content itself where it can (a
 * PDF's signature, HTML markup), then from the media type a server gave, then from the name's
 * extension ({@code .md}, {@code .markdown}, {@code .txt}).
 */
public final class ArticleReader {

    private ArticleReader() {
    }

    /**
     * Reads an article.
     *
     * @param content   the bytes of the file or response
     * @param name      the file name or URL (for its extension, and as the base of relative links)
     * @param mediaType the media type a server sent, if any
     * @throws ArticleException when the content cannot be read as any kind of article
     */
    public static Article read(byte[] content, String name, Optional<String> mediaType) throws ArticleException {
        Article.Format format = formatOf(content, name, mediaType);
        try {
            Article a = switch (format) {
                case PDF -> PdfArticles.read(content);
                case HTML -> HtmlArticles.read(content, name.startsWith("http") ? name : null);
                case MARKDOWN -> PlainArticles.read(utf8(content, name), true);
                case TEXT -> PlainArticles.read(utf8(content, name), false);
            };
            if (a.paragraphs().isEmpty()) {
                throw new ArticleException(name + ": no text found in this " + format.name().toLowerCase(Locale.ROOT)
                        + (format == Article.Format.PDF ? " (a scanned PDF holds images, not text)" : ""));
            }
            if (a.url().isEmpty() && name.startsWith("http")) {
                a = new Article(a.format(), a.title(), a.author(), a.date(), Optional.of(name), a.language(),
                        a.languageGuessed(), a.paragraphs());
            }
            return a;
        } catch (IOException e) {
            throw new ArticleException(name + ": cannot be read as " + format.name().toLowerCase(Locale.ROOT) + ": "
                    + e.getMessage(), e);
        }
    }

    static Article.Format formatOf(byte[] content, String name, Optional<String> mediaType) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("%pdf-")) {
            return Article.Format.PDF;
        }
        String type = mediaType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
        if (type.contains("pdf")) {
            return Article.Format.PDF;
        }
        if (type.contains("html") || head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html") || lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Article.Format.HTML;
        }
        if (type.contains("markdown") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Article.Format.MARKDOWN;
        }
        if (head.startsWith("<") && head.contains("<body")) {
            return Article.Format.HTML;
        }
        return Article.Format.TEXT;
    }

    private static String utf8(byte[] content, String name) throws ArticleException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(name + ": not UTF-8 text; convert it first (for example with iconv)");
        }
    }
}
