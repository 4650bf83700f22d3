package org.argkg.argmap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;
import org.argkg.yaml.YamlLoader;
import org.argkg.yaml.YamlNodes;
import org.argkg.vocab.WebUrls;
import org.argkg.yaml.YamlObject;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a {@code map.yaml} into a {@link ArgumentMap}, reporting every problem of form: syntax,
 * unknown or duplicated keys, missing fields, wrong types, unknown roles and bases, malformed ids.
 * References (to nodes, factors, actors, quotes in the source) are checked later, by
 * {@code org.argkg.validation.MapChecker}, once everything they refer to is known.
 */
public final class ArgumentMapReader {

    public static final List<String> TOP_KEYS = List.of("document", "factors", "nodes");
    public static final List<String> FACTOR_KEYS = List.of("id", "broader", "label", "definition");
    public static final List<String> DOCUMENT_KEYS =
            List.of("id", "source", "genre", "creator", "publisher", "original-publisher", "relations");
    public static final List<String> NODE_KEYS =
            List.of("id", "role", "label", "statement", "date", "factor", "actors", "held-by", "quotes", "source-url",
                    "relations");
    public static final List<String> QUOTE_KEYS = List.of("exact", "occurrence");
    public static final List<String> RELATION_BASE_KEYS = List.of("basis", "note");
    /** Keys of a relation between documents besides its kind. */
    public static final List<String> DOCUMENT_RELATION_BASE_KEYS = List.of("date", "basis", "note");
    /** Languages every label and statement must have. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("zh", "en");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final YamlLoader yaml;

    public ArgumentMapReader(YamlLoader yaml) {
        this.yaml = yaml;
    }

    /** True for language tags such as {@code zh}, {@code en} or {@code zh-Hans} (a BCP 47 tag of a language). */
    public static boolean isLanguageTag(String s) {
        return LANG.matcher(s).matches();
    }

    /**
     * The longest id: ids become parts of IRIs and terms of the text index, which refuses very long
     * terms; no real document or claim needs more.
     */
    public static final int MAX_ID_LENGTH = 200;

    /** True for ids of the form {@code [a-z0-9]+(-[a-z0-9]+)*} of at most {@link #MAX_ID_LENGTH} characters. */
    public static boolean isId(String s) {
        return s.length() <= MAX_ID_LENGTH && ID.matcher(s).matches();
    }

    /** True for a calendar date written YYYY-MM-DD (2025-01-20; not 2025-02-30, not 2025-1-20). */
    public static boolean isDate(String s) {
        if (!DATE.matcher(s).matches()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A date value, or empty with a diagnostic when it is not a calendar date YYYY-MM-DD. */
    private static Optional<Located<String>> date(Path file, Optional<Located<String>> value, String what, Diagnostics out) {
        return value.filter(d -> {
            if (isDate(d.value())) {
                return true;
            }
            out.error(file, d.at(), "MAP_DATE", "date '" + shorten(d.value()) + "' of " + what
                    + " is not a valid calendar date (YYYY-MM-DD)");
            return false;
        });
    }

    /** A long value cut for a message. */
    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }

    public Optional<ArgumentMap> read(Path file, String text, Diagnostics out) {
        Optional<Node> root = yaml.load(file, text, out);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlObject> top = YamlObject.of(file, root.get(), "the map", TOP_KEYS, out);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlObject map = top.get();
        map.requireAll("document", "nodes");
        DocumentSpec doc = map.value("document").flatMap(v -> readDocument(file, v, out)).orElse(null);
        String docId = doc == null ? "" : doc.id();
        List<NodeSpec> nodes = new ArrayList<>();
        List<Located<String>> declared = new ArrayList<>();
        List<Node> items = map.list("nodes");
        if (map.value("nodes").filter(ArgumentMapReader::isEmptyList).isPresent()) {
            out.error(file, map.keyPosition("nodes"), "MAP_NO_NODES", "the map has no nodes");
        }
        for (Node item : items) {
            readNode(file, item, docId, declared, out).ifPresent(nodes::add);
        }
        List<FactorSpec> factors = new ArrayList<>();
        for (Node item : map.list("factors")) {
            readFactor(file, item, out).ifPresent(factors::add);
        }
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new ArgumentMap(file, doc, List.copyOf(nodes), List.copyOf(declared), List.copyOf(factors)));
    }

    private Optional<DocumentSpec> readDocument(Path file, Node value, Diagnostics out) {
        Optional<YamlObject> o = YamlObject.of(file, value, "'document'", DOCUMENT_KEYS, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject d = o.get();
        d.requireAll("id");
        Optional<Located<String>> id = d.string("id").filter(i -> checkId(file, i, "document id", out));
        if (id.isEmpty() && file != null && file.toAbsolutePath().getParent() != null) {
            // already reported; go on under the folder's name so the rest of the map is still checked
            id = Optional.of(new Located<>(file.toAbsolutePath().getParent().getFileName().toString(), d.position()));
        }
        String source = d.string("source").filter(s -> {
            // a file next to the map: a name, not a path that could lead elsewhere
            if (!s.value().matches("[^/\\\\\\p{Cntrl}]+") || s.value().equals(".") || s.value().equals("..")) {
                out.error(file, s.at(), "MAP_SOURCE_FILE", "source '" + s.value()
                        + "' must be the name of a file next to the map, such as source.md");
                return false;
            }
            return true;
        }).map(Located::value).orElse("source.md");
        Genre genre = d.string("genre").flatMap(g -> word(file, g, Genre::parse, "genre", Genre.words(), "MAP_UNKNOWN_GENRE", out))
                .orElse(null);
        Located<String> creator = d.string("creator").orElse(null);
        Located<String> publisher = d.string("publisher").orElse(null);
        Located<String> original = d.string("original-publisher").orElse(null);
        List<DocumentRelationSpec> relations = new ArrayList<>();
        for (Node r : d.list("relations")) {
            readDocumentRelation(file, r, out).ifPresent(relations::add);
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentSpec(id.get().value(), id.get().at(), source, genre, creator, publisher, original,
                List.copyOf(relations)));
    }

    private Optional<NodeSpec> readNode(Path file, Node value, String docId, List<Located<String>> declared, Diagnostics out) {
        String where = YamlObject.peek(value, "id").filter(ArgumentMapReader::isId).map(i -> "node '" + i + "'").orElse("a node");
        Optional<YamlObject> o = YamlObject.of(file, value, where, NODE_KEYS, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject n = o.get();
        n.requireAll("id", "role", "label", "statement");
        Optional<Located<String>> id = n.string("id").filter(i -> checkId(file, i, "node id", out));
        id.ifPresent(declared::add);
        Role role = n.string("role").flatMap(r -> word(file, r, Role::parse, "role", Role.words(), "MAP_UNKNOWN_ROLE", out))
                .orElse(null);
        Text label = n.value("label").flatMap(v -> readText(file, v, "'label' of " + where, out)).orElse(null);
        Text statement = n.value("statement").flatMap(v -> readText(file, v, "'statement' of " + where, out)).orElse(null);
        Located<String> factor = n.string("factor").orElse(null);
        Located<String> date = date(file, n.string("date"), where, out).orElse(null);
        List<Located<String>> actors = n.strings("actors");
        List<Located<String>> heldBy = n.strings("held-by");
        List<QuoteSpec> quotes = new ArrayList<>();
        for (Node q : n.list("quotes")) {
            readQuote(file, q, where, out).ifPresent(quotes::add);
        }
        Located<String> sourceUrl = n.string("source-url").filter(u -> {
            Optional<String> problem = WebUrls.problem(u.value());
            problem.ifPresent(why -> out.error(file, u.at(), "MAP_SOURCE_URL", "source-url '" + shorten(u.value()) + "' " + why));
            return problem.isEmpty();
        }).orElse(null);
        List<RelationSpec> relations = new ArrayList<>();
        for (Node r : n.list("relations")) {
            readRelation(file, r, where, docId, out).ifPresent(relations::add);
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // kept even when role, label or statement are missing (already reported), so that its
        // quotes and relations are still checked; a map with errors is never mapped to RDF
        boolean quotesWritten = n.value("quotes").filter(v -> !isEmptyList(v)).isPresent();
        return Optional.of(new NodeSpec(id.get().value(), id.get().at(), n.position(), role, label, statement, factor,
                List.copyOf(actors), List.copyOf(quotes), quotesWritten, sourceUrl, List.copyOf(relations), date,
                List.copyOf(heldBy)));
    }

    private Optional<FactorSpec> readFactor(Path file, Node value, Diagnostics out) {
        String where = YamlObject.peek(value, "id").filter(ArgumentMapReader::isId).map(i -> "factor '" + i + "'").orElse("a factor");
        Optional<YamlObject> o = YamlObject.of(file, value, where, FACTOR_KEYS, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject f = o.get();
        f.requireAll("id", "broader", "label", "definition");
        Optional<Located<String>> id = f.string("id").filter(i -> checkId(file, i, "factor id", out));
        Located<String> broader = f.string("broader").orElse(null);
        Text label = f.value("label").flatMap(v -> readText(file, v, "'label' of " + where, out)).orElse(null);
        Text definition = f.value("definition").flatMap(v -> readText(file, v, "'definition' of " + where, out)).orElse(null);
        if (id.isEmpty() || broader == null || label == null || definition == null) {
            return Optional.empty();
        }
        return Optional.of(new FactorSpec(id.get().value(), id.get().at(), broader, label, definition));
    }

    private Optional<Text> readText(Path file, Node value, String what, Diagnostics out) {
        if (!(value instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
            out.error(file, YamlNodes.position(value), "MAP_TYPE",
                    what + " must give one text per language (zh: …, en: …), found " + YamlNodes.describe(value));
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        // keys are languages: any BCP 47 tag is allowed, zh and en are required
        org.snakeyaml.engine.v2.nodes.MappingNode m = (org.snakeyaml.engine.v2.nodes.MappingNode) value;
        List<String> seen = new ArrayList<>();
        for (var t : m.getValue()) {
            Node k = t.getKeyNode();
            String lang = k instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s ? s.getValue() : "";
            if (!LANG.matcher(lang).matches()) {
                String hint = org.argkg.yaml.Suggestions.closest(lang, REQUIRED_LANGUAGES)
                        .map(x -> "; did you mean '" + x + "'?").orElse("");
                out.error(file, YamlNodes.position(k), "MAP_LANGUAGE",
                        "'" + lang + "' in " + what + " is not a language tag such as zh or en" + hint);
                continue;
            }
            if (seen.contains(lang)) {
                out.error(file, YamlNodes.position(k), "MAP_DUPLICATE_KEY", "language '" + lang + "' is given twice in " + what);
                continue;
            }
            seen.add(lang);
            Node v = t.getValueNode();
            if (!(v instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) || YamlNodes.isNull(v)
                    || !org.snakeyaml.engine.v2.nodes.Tag.STR.equals(s.getTag())) {
                if (YamlNodes.isNull(v)) {
                    out.error(file, YamlNodes.position(k), "MAP_EMPTY_TEXT", "the " + lang + " text of " + what + " is empty");
                } else {
                    out.error(file, YamlNodes.position(v), "MAP_TYPE",
                            "the " + lang + " text of " + what + " must be a string, found " + YamlNodes.describe(v));
                }
                continue;
            }
            String text = s.getValue().strip();
            if (text.isEmpty()) {
                out.error(file, YamlNodes.position(v), "MAP_EMPTY_TEXT", "the " + lang + " text of " + what + " is empty");
                continue;
            }
            texts.put(lang, text);
        }
        for (String lang : REQUIRED_LANGUAGES) {
            if (!seen.contains(lang)) {
                out.error(file, YamlNodes.position(value), "MAP_MISSING_LANGUAGE",
                        what + " has no " + (lang.equals("zh") ? "Chinese (zh)" : "English (en)") + " text");
            }
        }
        return Optional.of(new Text(texts, YamlNodes.position(value)));
    }

    private Optional<QuoteSpec> readQuote(Path file, Node q, String where, Diagnostics out) {
        if (q instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
            Optional<Located<String>> s = stringOf(file, q, "a quote of " + where, out);
            return s.flatMap(x -> nonEmptyQuote(file, x, where, out)).map(x -> new QuoteSpec(x.value(), 0, x.at(), x.at()));
        }
        Optional<YamlObject> o = YamlObject.of(file, q, "a quote of " + where, QUOTE_KEYS, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject qo = o.get();
        qo.requireAll("exact");
        Optional<Located<String>> exact = qo.string("exact").flatMap(x -> nonEmptyQuote(file, x, where, out));
        Optional<Located<Integer>> occ = qo.integer("occurrence");
        int occurrence = occ.map(i -> {
            if (i.value() < 1) {
                out.error(file, i.at(), "MAP_OCCURRENCE", "occurrence counts from 1, found " + i.value());
                return 1;
            }
            return i.value();
        }).orElse(0);
        Position occurrenceAt = occ.map(Located::at).orElse(null);
        return exact.map(x -> new QuoteSpec(x.value(), occurrence, x.at(), occurrenceAt == null ? x.at() : occurrenceAt));
    }

    private static Optional<Located<String>> nonEmptyQuote(Path file, Located<String> q, String where, Diagnostics out) {
        if (q.value().isEmpty()) {
            out.error(file, q.at(), "MAP_EMPTY_TEXT", "a quote of " + where + " is empty");
            return Optional.empty();
        }
        return Optional.of(q);
    }

    private Optional<RelationSpec> readRelation(Path file, Node r, String where, String docId, Diagnostics out) {
        List<String> allowed = new ArrayList<>(RelationKind.words());
        allowed.addAll(RELATION_BASE_KEYS);
        Optional<YamlObject> o = YamlObject.of(file, r, "a relation of " + where, allowed, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject ro = o.get();
        List<RelationKind> kinds = RelationKind.words().stream().filter(ro::has)
                .map(w -> RelationKind.parse(w).orElseThrow()).toList();
        if (kinds.isEmpty()) {
            out.error(file, ro.position(), "MAP_RELATION_KIND",
                    "a relation of " + where + " needs one of " + String.join(", ", RelationKind.words()) + ": <node-id>");
        } else if (kinds.size() > 1) {
            out.error(file, ro.keyPosition(kinds.get(1).word()), "MAP_RELATION_KIND",
                    "a relation of " + where + " has more than one kind; write one relation per item");
        }
        ro.requireAll("basis");
        Basis basis = ro.string("basis").flatMap(b -> word(file, b, Basis::parse, "basis", Basis.words(), "MAP_UNKNOWN_BASIS", out))
                .orElse(null);
        String note = ro.string("note").map(Located::value).orElse(null);
        if (kinds.size() != 1) {
            return Optional.empty();
        }
        RelationKind kind = kinds.get(0);
        Optional<Located<String>> target = ro.string(kind.word());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<NodeRef> ref = NodeRef.parse(target.get().value(), docId);
        if (ref.isEmpty()) {
            out.error(file, target.get().at(), "MAP_BAD_REFERENCE", "'" + target.get().value()
                    + "' is not a node reference: write node-id, or other-doc-id#node-id");
            return Optional.empty();
        }
        return Optional.of(new RelationSpec(kind, ref.get(), target.get().at(), basis, note, ro.position()));
    }

    /**
     * A relation of the document to another document: one key naming the kind and the other
     * document's id ({@code revokes: us-eo-14110-2023}), and optional {@code date}, {@code basis},
     * {@code note}. The other document is checked later, when every document of the corpus is known.
     */
    private Optional<DocumentRelationSpec> readDocumentRelation(Path file, Node r, Diagnostics out) {
        String what = "a relation of the document";
        // the key that is not date, basis or note names the kind: an unknown one is reported as an
        // unknown kind (with a suggestion), not as an unknown key and a missing kind
        List<String> kindKeys = new ArrayList<>();
        if (r instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
            for (var t : m.getValue()) {
                if (t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k
                        && !DOCUMENT_RELATION_BASE_KEYS.contains(k.getValue()) && !kindKeys.contains(k.getValue())) {
                    kindKeys.add(k.getValue());
                }
            }
        }
        List<String> allowed = new ArrayList<>(DocumentRelationKind.words());
        allowed.addAll(DOCUMENT_RELATION_BASE_KEYS);
        if (kindKeys.size() == 1 && !allowed.contains(kindKeys.get(0))) {
            allowed.add(kindKeys.get(0));
        }
        Optional<YamlObject> o = YamlObject.of(file, r, what, allowed, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject ro = o.get();
        List<String> kinds = kindKeys.stream().filter(ro::has).toList();
        DocumentRelationKind kind = null;
        if (kinds.isEmpty()) {
            out.error(file, ro.position(), "MAP_RELATION_KIND", what + " needs one of "
                    + String.join(", ", DocumentRelationKind.words()) + ": <document-id>");
        } else if (kinds.size() > 1) {
            out.error(file, ro.keyPosition(kinds.get(1)), "MAP_RELATION_KIND",
                    what + " has more than one kind; write one relation per item");
        } else {
            kind = DocumentRelationKind.parse(kinds.get(0)).orElse(null);
            if (kind == null) {
                unknownWord(file, new Located<>(kinds.get(0), ro.keyPosition(kinds.get(0))), "document relation kind",
                        DocumentRelationKind.words(), "MAP_UNKNOWN_RELATION_KIND", out);
            }
        }
        Located<String> date = date(file, ro.string("date"), what, out).orElse(null);
        Basis basis = ro.string("basis").flatMap(b -> word(file, b, Basis::parse, "basis", Basis.words(), "MAP_UNKNOWN_BASIS", out))
                .orElse(null);
        String note = ro.string("note").map(Located::value).orElse(null);
        if (kinds.size() != 1) {
            return Optional.empty();
        }
        Optional<Located<String>> target = ro.string(kinds.get(0)).filter(t -> {
            if (isId(t.value())) {
                return true;
            }
            out.error(file, t.at(), "MAP_BAD_REFERENCE", "'" + shorten(t.value())
                    + "' is not a document id: write the id of another document of the seeds, such as us-eo-14110-2023");
            return false;
        });
        if (kind == null || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentRelationSpec(kind, target.get(), date, basis, note, ro.position()));
    }

    private static Optional<Located<String>> stringOf(Path file, Node v, String what, Diagnostics out) {
        if (v instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && org.snakeyaml.engine.v2.nodes.Tag.STR.equals(s.getTag())) {
            return Optional.of(new Located<>(s.getValue(), YamlNodes.position(v)));
        }
        out.error(file, YamlNodes.position(v), "MAP_TYPE", what + " must be a string, found " + YamlNodes.describe(v));
        return Optional.empty();
    }

    /** An empty list, or a key with no value at all. */
    private static boolean isEmptyList(Node v) {
        return YamlNodes.isNull(v)
                || (v instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s && s.getValue().isEmpty());
    }

    private static boolean checkId(Path file, Located<String> id, String what, Diagnostics out) {
        if (id.value().length() > MAX_ID_LENGTH) {
            out.error(file, id.at(), "MAP_BAD_ID", what + " '" + shorten(id.value()) + "' is " + id.value().length()
                    + " characters long; ids are at most " + MAX_ID_LENGTH);
            return false;
        }
        if (isId(id.value())) {
            return true;
        }
        out.error(file, id.at(), "MAP_BAD_ID", what + " '" + id.value()
                + "' must be lower-case letters, digits and single hyphens (e.g. cause-cost)");
        return false;
    }

    /** A word of a fixed vocabulary (role, genre, basis), or empty with a diagnostic and a suggestion. */
    private static <T> Optional<T> word(Path file, Located<String> v, java.util.function.Function<String, Optional<T>> parse,
            String what, List<String> allowed, String code, Diagnostics out) {
        Optional<T> parsed = parse.apply(v.value());
        if (parsed.isEmpty()) {
            unknownWord(file, v, what, allowed, code, out);
        }
        return parsed;
    }

    private static void unknownWord(Path file, Located<String> v, String what, List<String> allowed, String code, Diagnostics out) {
        // with two words, spelling says little about intent (implicit is not explicit): suggest only
        // a word that is one edit away or a prefix of what was written (explicitly), else list both
        String hint = (allowed.size() <= 2
                ? allowed.stream().filter(w -> org.argkg.yaml.Suggestions.distance(w, v.value()) <= 1
                        || v.value().startsWith(w) || w.startsWith(v.value())).findFirst()
                : org.argkg.yaml.Suggestions.closest(v.value(), allowed))
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of " + String.join(", ", allowed));
        out.error(file, v.at(), code, "unknown " + what + " '" + v.value() + "'" + hint);
    }
}
