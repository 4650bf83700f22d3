package org.argkg.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading plain text and Markdown: paragraphs separated by blank lines, the title from a first
 * heading or a short first line, and {@code Author:}, {@code By …}, {@code 作者：}, {@code Date:},
 * {@code URL:} lines at the top when there are any. Markdown's markup is taken off the text; its
 * own front matter, if it has one, gives title, author, date and URL.
 */
final class PlainArticles {

    private static final Pattern FIELD = Pattern.compile(
            "(?i)^\\s*(title|标题|author|authors|by|作者|date|published|日期|发布时间|url|source|来源|链接)\\s*[:：]?\\s+(.+)$");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+(.+)$");

    private PlainArticles() {
    }

    static Article read(String text, boolean markdown) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        Optional<String> title = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> url = Optional.empty();
        if (markdown && t.startsWith("---\n")) {
            int end = t.indexOf("\n---\n", 4);
            if (end > 0) {
                for (String line : t.substring(4, end).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                    String value = unquote(line.substring(colon + 1).strip());
                    switch (key) {
                        case "title" -> title = Optional.of(value).filter(v -> !v.isEmpty());
                        case "author", "authors" -> author = Optional.of(value).filter(v -> !v.isEmpty());
                        case "date" -> date = Dates.find(value);
                        case "url", "source" -> url = Optional.of(value).filter(v -> v.startsWith("http"));
                        default -> { }
                    }
                }
                t = t.substring(end + 5);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        boolean inFence = false;
        boolean inHead = true;
        StringBuilder current = new StringBuilder();
        for (String raw : t.split("\n", -1)) {
            if (markdown && raw.strip().startsWith("```")) {
                inFence = !inFence;
                flush(current, paragraphs);
                continue;
            }
            String line = markdown && !inFence ? unmark(raw) : raw;
            if (markdown && !inFence && raw.strip().startsWith("#")) {
                // a heading is a paragraph of its own
                flush(current, paragraphs);
                String h = Text.clean(line);
                if (!h.isEmpty()) {
                    paragraphs.add(h);
                }
                continue;
            }
            String clean = Text.clean(line);
            if (clean.isEmpty()) {
                flush(current, paragraphs);
                inHead = paragraphs.isEmpty();
            } else if (inHead && current.length() > 0 && headLine(current.toString()) && headLine(clean)) {
                // the head of a text: title, byline and date on lines of their own
                flush(current, paragraphs);
                current.append(clean);
            } else {
                Text.join(current, clean);
            }
        }
        flush(current, paragraphs);

        // the head of the text: a title, then lines that say who wrote it, when and where
        if (title.isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).length() <= 200
                && !paragraphs.get(0).matches(".*[。.!?！？]$") && FIELD.matcher(paragraphs.get(0)).matches() == false) {
            title = Optional.of(paragraphs.remove(0));
        }
        while (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            Matcher by = BY.matcher(first);
            Matcher field = FIELD.matcher(first);
            if (first.length() > 200) {
                break;
            }
            if (by.matches() && author.isEmpty()) {
                author = Optional.of(by.group(1).strip());
            } else if (field.matches()) {
                String key = field.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = field.group(2).strip();
                switch (key) {
                    case "title", "标题" -> title = Optional.of(value);
                    case "author", "authors", "by", "作者" -> author = Optional.of(value);
                    case "date", "published", "日期", "发布时间" -> date = Dates.find(value).or(() -> Optional.empty());
                    default -> url = Optional.of(value).filter(v -> v.startsWith("http"));
                }
            } else {
                break;
            }
            paragraphs.remove(0);
        }
        if (title.isPresent() && !paragraphs.isEmpty() && paragraphs.get(0).equals(title.get())) {
            paragraphs.remove(0);
        }
        return new Article(markdown ? Article.Format.MARKDOWN : Article.Format.TEXT, title, author, date, url,
                Languages.guess(String.join("\n", paragraphs)), true, paragraphs);
    }

    /** A short line that ends no sentence, or a field line ("By …", "Date: …"): part of a text's head. */
    private static boolean headLine(String line) {
        return line.length() <= 120 && (FIELD.matcher(line).matches() || BY.matcher(line).matches()
                || !line.matches(".*[。.!?！？,，;；]$"));
    }

    /** Markdown inline and block markup taken off a line: headings, emphasis, links, images, list markers. */
    static String unmark(String line) {
        String s = line.replaceFirst("^\\s{0,3}#{1,6}\\s*", "")
                .replaceFirst("^\\s{0,3}>\\s?", "")
                .replaceFirst("^\\s*([-*+]|\\d+[.)])\\s+", "")
                .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "")
                .replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1")
                .replaceAll("`([^`]+)`", "$1");
        return s.matches("\\s*([-*_]\\s*){3,}") ? "" : s;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
