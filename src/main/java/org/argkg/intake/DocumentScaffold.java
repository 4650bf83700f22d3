package org.argkg.intake;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argkg.actors.Actor;
import org.argkg.actors.ActorRegistry;
import org.argkg.yaml.YamlScalars;

/**
 * The two files of a new document made from an article: a {@code source.md} whose front matter
 * holds what the article says about itself (each part it does not say is a commented placeholder
 * to fill in) and whose body is the article's text, and a {@code map.yaml} marked
 * {@code status: draft}, so that the document is checked by {@code validate} but left out of
 * {@code build} and {@code serve} until the analyst removes the status.
 */
public final class DocumentScaffold {

    /** The text of the two files. */
    public record Files(String sourceMd, String mapYaml, List<String> found, List<String> missing) {
    }

    /** The line that points editors to the map schema, relative to a document's folder. */
    public static final String MAP_SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/map.schema.json";

    private DocumentScaffold() {
    }

    /**
     * @param id      the new document's id
     * @param from    where the article came from (a file name or URL), for the files' comments
     * @param article the article
     * @param actors  the registry, to name the author as the document's creator when it knows them
     */
    public static Files of(String id, String from, Article article, ActorRegistry actors) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        StringBuilder s = new StringBuilder("---\n");
        s.append("# Made by 'argkg new' from ").append(oneLine(from)).append(".\n");
        s.append("# Check every value against the document; a commented key is one the file did not say:\n");
        s.append("# fill it in (title, date, url and language are required) or leave it out.\n");
        field(s, "title", article.title(), "the title, in the document's language", found, missing);
        boolean zh = article.language().toLowerCase(Locale.ROOT).startsWith("zh");
        s.append("# title_en: \"\"   # the title in English").append(zh ? "" : " (when the title is not in English)").append('\n');
        s.append("# title_zh: \"\"   # the title in Chinese").append(zh ? " (when the title is not in Chinese)" : "").append('\n');
        field(s, "author", article.author(), "the author(s), as the document writes them", found, missing);
        field(s, "date", article.date().map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)), "YYYY-MM-DD, the date of publication", found, missing);
        field(s, "url", article.url(), "https://... the document's official address", found, missing);
        s.append("language: ").append(article.language());
        if (article.languageGuessed()) {
            s.append("   # guessed from the text; check it");
        }
        s.append('\n');
        found.add("language");
        s.append("# publisher: \"\"\n");
        s.append("---\n");
        s.append(article.body());

        StringBuilder m = new StringBuilder();
        m.append(MAP_SCHEMA_LINE).append('\n');
        m.append("# Draft map of ").append(id).append(", made by 'argkg new'. It is checked by 'argkg validate' but left out\n");
        m.append("# of 'argkg build' and 'argkg serve' while it says 'status: draft'. 'argkg draft ").append(id)
                .append("' proposes nodes;\n# write the claims (role, label, statement in Chinese and/or English, exact quotes), then remove the status.\n");
        m.append("document:\n");
        m.append("  id: ").append(id).append('\n');
        m.append("  status: draft\n");
        m.append("  # genre: op-ed   # op-ed, law, regulation, executive-order, declaration, report, release or speech\n");
        Optional<Actor> creator = article.author().flatMap(a -> actorNamed(a, actors));
        if (creator.isPresent()) {
            m.append("  creator: ").append(creator.get().id()).append("   # the author, found in actors.yaml\n");
        } else {
            m.append("  # creator: ACTOR-ID   # an actor of actors.yaml").append(article.author().isPresent()
                    ? " (" + oneLine(article.author().get()) + " is not there yet)" : "").append('\n');
        }
        m.append("nodes: []\n");
        return new Files(s.toString(), m.toString(), List.copyOf(found), List.copyOf(missing));
    }

    /** The actor whose label, in any language, is the author's name. */
    static Optional<Actor> actorNamed(String author, ActorRegistry actors) {
        String name = author.strip();
        return actors.all().stream()
                .filter(a -> a.label().byLanguage().values().stream().anyMatch(l -> l.equalsIgnoreCase(name)))
                .findFirst();
    }

    private static void field(StringBuilder s, String key, Optional<String> value, String hint,
            List<String> found, List<String> missing) {
        if (value.isPresent() && !value.get().isBlank()) {
            s.append(key).append(": ").append(YamlScalars.doubleQuoted(value.get().strip())).append('\n');
            found.add(key);
        } else {
            s.append("# ").append(key).append(": \"\"   # ").append(hint).append('\n');
            missing.add(key);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ");
    }
}
