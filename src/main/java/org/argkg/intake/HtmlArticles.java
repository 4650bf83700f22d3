package org.argkg.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reading an HTML page: the metadata pages carry (Open Graph, article:*, Dublin Core, schema.org
 * microdata, {@code <time>}, the canonical link, {@code lang}) and the main text, without the
 * navigation, headers, footers, asides, forms and scripts around it.
 */
final class HtmlArticles {

    /** Elements that are never part of an article's text. */
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    /** Furniture recognised by the class or id pages give it. */
    private static final List<String> FURNITURE_NAMES = List.of("share", "social", "comment", "related", "breadcrumb",
            "sidebar", "advert", "banner", "cookie", "newsletter", "subscribe", "footer", "header", "menu", "nav");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";

    private HtmlArticles() {
    }

    static Article read(byte[] content, String baseUri) {
        Document doc;
        try {
            // jsoup finds the charset from the byte-order mark or the page's meta tag, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(content), null, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> title = firstNonBlank(
                meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"), meta(doc, "name", "dc.title"),
                meta(doc, "name", "title"), itemprop(doc, "headline"), text(doc.selectFirst("article h1")),
                text(doc.selectFirst("h1")), Optional.of(doc.title()));
        Optional<String> author = firstNonBlank(meta(doc, "name", "author"), meta(doc, "name", "dc.creator"),
                meta(doc, "property", "article:author").filter(a -> !a.startsWith("http")),
                itemprop(doc, "author"), text(doc.selectFirst("[rel=author]")),
                text(doc.selectFirst(".author, .byline, [class*=author-name]")));
        Optional<LocalDate> date = firstDate(meta(doc, "property", "article:published_time"),
                meta(doc, "name", "article:published_time"), meta(doc, "name", "publishdate"),
                meta(doc, "name", "pubdate"), meta(doc, "name", "publish-date"), meta(doc, "name", "date"),
                meta(doc, "name", "dc.date"), meta(doc, "name", "dc.date.issued"), meta(doc, "name", "dcterms.date"),
                itemprop(doc, "datePublished"), attr(doc.selectFirst("time[datetime]"), "datetime"),
                text(doc.selectFirst("time")));
        Optional<String> url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "property", "og:url"), Optional.ofNullable(baseUri).filter(u -> u.startsWith("http")));
        Optional<String> declared = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "http-equiv", "content-language"), meta(doc, "property", "og:locale"))
                .map(l -> l.replace('_', '-').strip())
                .filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"));

        doc.select(FURNITURE).remove();
        for (Element e : new ArrayList<>(doc.body() == null ? List.<Element>of() : doc.body().getAllElements())) {
            String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (e != doc.body() && FURNITURE_NAMES.stream().anyMatch(n -> names.matches(".*(^|[\\s_-])" + n + "s?($|[\\s_-]).*"))
                    && !e.is("article, main")) {
                e.remove();
            }
        }
        Element main = mainElement(doc);
        List<String> paragraphs = new ArrayList<>();
        if (main != null) {
            Elements blocks = main.select(BLOCKS);
            for (Element b : blocks) {
                // a block inside another block is read with its parent
                if (insideBlock(b, main)) {
                    continue;
                }
                String t = Text.clean(b.text());
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.addAll(Text.paragraphs(main.wholeText()));
            }
        }
        // the title usually opens the article's text as its heading: it is in the front matter already
        if (!paragraphs.isEmpty() && title.isPresent() && paragraphs.get(0).equals(Text.clean(title.get()))) {
            paragraphs.remove(0);
        }
        String language = declared.orElseGet(() -> Languages.guess(String.join("\n", paragraphs)));
        return new Article(Article.Format.HTML, title.map(Text::clean), author.map(Text::clean), date, url,
                language, declared.isEmpty(), paragraphs);
    }

    private static boolean insideBlock(Element e, Element main) {
        for (Element p = e.parent(); p != null && p != main; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** The element holding the article's text: {@code article}, {@code main}, or the densest in paragraphs. */
    private static Element mainElement(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Elements articles = body.select("article, [itemprop=articleBody], main, [role=main]");
        Element best = null;
        int bestLength = 0;
        for (Element candidate : articles) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        // the parent of the most paragraph text
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = parent.children().select("p").text().length();
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best != null && bestLength > 200 ? best : body;
    }

    private static Optional<String> meta(Document doc, String attribute, String name) {
        for (Element e : doc.select("meta[" + attribute + "][content]")) {
            if (e.attr(attribute).equalsIgnoreCase(name)) {
                return Optional.of(e.attr("content"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return Optional.empty();
        }
        if (e.hasAttr("content")) {
            return Optional.of(e.attr("content"));
        }
        if (e.hasAttr("datetime")) {
            return Optional.of(e.attr("datetime"));
        }
        return Optional.of(e.text());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text());
    }

    private static Optional<String> attr(Element e, String name) {
        return e == null ? Optional.empty() : Optional.of(e.attr(name));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (v.isPresent() && !v.get().isBlank()) {
                return Optional.of(v.get().strip());
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<LocalDate> firstDate(Optional<String>... values) {
        for (Optional<String> v : values) {
            Optional<LocalDate> d = v.flatMap(Dates::find);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
