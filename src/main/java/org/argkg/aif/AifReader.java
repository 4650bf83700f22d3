package org.argkg.aif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.io.LocatedJson;
import org.argkg.io.LocatedJson.Arr;
import org.argkg.io.LocatedJson.Member;
import org.argkg.io.LocatedJson.Obj;
import org.argkg.io.LocatedJson.Str;
import org.argkg.io.LocatedJson.Value;
import org.argkg.argmap.Basis;
import org.argkg.argmap.Genre;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;
import org.argkg.yaml.Suggestions;

/**
 * Reads an AIF nodeset in the JSON form of AIFdb ({@code {"nodes": […], "edges": […], "locutions": […]}})
 * or of OVA ({@code {"AIF": {"nodes": …}, "OVA": …}}), reporting every problem at its line and
 * column: JSON syntax, missing or mistyped fields, unknown node types, duplicate node ids, edges to
 * nodes that are not in the nodeset, I nodes linked directly to I nodes, scheme nodes with several
 * conclusions and cycles of scheme nodes with no I node ({@link AifStructure}). Fields other tools
 * add are ignored. argkg's own fields ({@code "argkg": {…}}) are checked when present.
 */
final class AifReader {

    /**
     * The most nodes and edges a nodeset may hold: a larger one is refused before its items are read
     * (an import of 100,000 claims held the heap and a core for more than ten minutes). AIFdb's
     * nodesets hold hundreds.
     */
    public static final int MAX_NODES = 10_000;
    public static final int MAX_EDGES = 30_000;

    /** Node types, for the message about an unknown one. */
    private static final String TYPES = "I, RA, CA, MA, PA, L, TA, YA";

    /** Reads a nodeset; empty when it has errors (all of them are in {@code out}, with the warnings). */
    public Optional<AifNodeset> read(Path file, String text, Diagnostics out) {
        Diagnostics local = new Diagnostics();
        Optional<Value> root = LocatedJson.parse(file, text, local);
        if (root.isEmpty()) {
            out.addAll(local);
            return Optional.empty();
        }
        Run run = new Run(file, local);
        Optional<AifNodeset> ns = run.nodeset(root.get());
        if (ns.isPresent() && run.nodesOk) {
            // with broken edges, only the structure's errors: its warnings would mostly repeat them
            boolean edgesOk = !local.hasErrors();
            for (AifStructure.Issue i : AifStructure.of(ns.get()).issues()) {
                if (i.error()) {
                    local.error(file, i.at(), i.code(), i.message());
                } else if (edgesOk) {
                    local.warning(file, i.at(), i.code(), i.message());
                }
            }
        }
        out.addAll(local);
        return local.hasErrors() ? Optional.empty() : ns;
    }

    /** The state of one read. */
    private static final class Run {
        private final Path file;
        private final Diagnostics out;
        private boolean nodesOk;

        Run(Path file, Diagnostics out) {
            this.file = file;
            this.out = out;
        }

        Optional<AifNodeset> nodeset(Value root) {
            if (!(root instanceof Obj top)) {
                out.error(file, root.at(), "AIF_NOT_NODESET",
                        "an AIF nodeset is a JSON object with \"nodes\" and \"edges\", found " + root.describe());
                return Optional.empty();
            }
            Obj aif = top;
            if (!top.has("nodes") && top.get("AIF").orElse(null) instanceof Obj inner) {
                aif = inner; // OVA: {"AIF": {...}, "OVA": {...}, "text": ...}
            }
            Optional<Arr> nodes = array(aif, "nodes", "the nodeset");
            Optional<Arr> edges = array(aif, "edges", "the nodeset");
            if (nodes.isEmpty() || edges.isEmpty()) {
                return Optional.empty();
            }
            if (nodes.get().items().size() > MAX_NODES || edges.get().items().size() > MAX_EDGES) {
                boolean tooManyNodes = nodes.get().items().size() > MAX_NODES;
                Arr big = tooManyNodes ? nodes.get() : edges.get();
                out.error(file, big.at(), "AIF_LIMIT", "the nodeset has " + big.items().size() + (tooManyNodes ? " nodes" : " edges")
                        + ", more than the limit of " + (tooManyNodes ? MAX_NODES : MAX_EDGES) + "; split it");
                return Optional.empty();
            }
            List<AifNode> nodeList = new ArrayList<>();
            Map<String, AifNode> seen = new HashMap<>();
            List<Value> items = nodes.get().items();
            for (int k = 0; k < items.size(); k++) {
                node(items.get(k), k).ifPresent(n -> {
                    AifNode first = seen.putIfAbsent(n.nodeId(), n);
                    if (first != null) {
                        out.error(file, n.at(), "AIF_DUPLICATE_NODE_ID", "node id '" + n.nodeId() + "' is used twice (first at "
                                + first.at().line() + ":" + first.at().column() + ")");
                    }
                    nodeList.add(n);
                });
            }
            List<AifEdge> edgeList = new ArrayList<>();
            List<Value> edgeItems = edges.get().items();
            nodesOk = nodeList.size() == items.size() && !out.hasErrors();
            for (int k = 0; k < edgeItems.size(); k++) {
                edge(edgeItems.get(k), k, seen, nodesOk).ifPresent(edgeList::add);
            }
            List<AifLocution> locutions = new ArrayList<>();
            aif.get("locutions").ifPresent(v -> {
                if (v instanceof Arr a) {
                    for (Value l : a.items()) {
                        if (l instanceof Obj lo) {
                            locutions.add(new AifLocution(id(lo, "nodeID").orElse(null), id(lo, "personID").orElse(null), lo.at()));
                        } else {
                            out.error(file, l.at(), "AIF_TYPE", "a locution must be an object, found " + l.describe());
                        }
                    }
                } else if (!(v instanceof LocatedJson.Null)) {
                    out.error(file, v.at(), "AIF_TYPE", "\"locutions\" must be an array, found " + v.describe());
                }
            });
            DocumentExtension doc = top.get("argkg").flatMap(this::documentExtension).orElse(null);
            return Optional.of(new AifNodeset(nodeList, edgeList, locutions, doc));
        }

        private Optional<Arr> array(Obj o, String key, String where) {
            Optional<Value> v = o.get(key);
            if (v.isEmpty()) {
                out.error(file, o.at(), "AIF_MISSING_FIELD", where + " has no \"" + key + "\" array");
                return Optional.empty();
            }
            if (!(v.get() instanceof Arr a)) {
                out.error(file, v.get().at(), "AIF_TYPE", "\"" + key + "\" must be an array, found " + v.get().describe());
                return Optional.empty();
            }
            return Optional.of(a);
        }

        /** A node or edge id: AIFdb writes strings, other tools numbers. */
        private Optional<String> id(Obj o, String key) {
            Optional<Value> v = o.get(key);
            if (v.isEmpty() || v.get() instanceof LocatedJson.Null) {
                return Optional.empty();
            }
            Optional<String> found = Optional.empty();
            if (v.get() instanceof Str s && !s.value().isBlank()) {
                found = Optional.of(s.value().strip());
            } else if (v.get() instanceof LocatedJson.Num n && n.isInteger()) {
                found = Optional.of(n.text());
            }
            if (found.isPresent() && found.get().length() > ArgumentMapReader.MAX_ID_LENGTH) {
                // an id becomes part of a claim's IRI, which the store and its text index keep whole
                out.error(file, v.get().at(), "AIF_ID_TOO_LONG", "\"" + key + "\" is " + found.get().length()
                        + " characters long; ids are at most " + ArgumentMapReader.MAX_ID_LENGTH);
                return Optional.empty();
            }
            if (found.isPresent()) {
                return found;
            }
            out.error(file, v.get().at(), "AIF_TYPE", "\"" + key + "\" must be a string or an integer, found " + v.get().describe());
            return Optional.empty();
        }

        private Optional<String> string(Obj o, String key, String where) {
            Optional<Value> v = o.get(key);
            if (v.isEmpty() || v.get() instanceof LocatedJson.Null) {
                return Optional.empty();
            }
            if (v.get() instanceof Str s) {
                return Optional.of(s.value());
            }
            out.error(file, v.get().at(), "AIF_TYPE", "\"" + key + "\" of " + where + " must be a string, found " + v.get().describe());
            return Optional.empty();
        }

        private Optional<AifNode> node(Value v, int index) {
            String where = "node " + (index + 1) + " of \"nodes\"";
            if (!(v instanceof Obj o)) {
                out.error(file, v.at(), "AIF_TYPE", where + " must be an object, found " + v.describe());
                return Optional.empty();
            }
            Optional<String> id = id(o, "nodeID");
            if (id.isEmpty() && !o.has("nodeID")) {
                out.error(file, o.at(), "AIF_MISSING_FIELD", where + " has no \"nodeID\"");
            }
            if (id.isPresent()) {
                where = "node '" + id.get() + "'";
            }
            Optional<AifType> type = Optional.empty();
            Optional<Value> tv = o.get("type");
            if (tv.isEmpty()) {
                out.error(file, o.at(), "AIF_MISSING_FIELD", where + " has no \"type\" (one of " + TYPES + ")");
            } else if (tv.get() instanceof Str ts) {
                type = AifType.parse(ts.value().strip());
                if (type.isEmpty()) {
                    String upper = ts.value().strip().toUpperCase(java.util.Locale.ROOT);
                    String hint = AifType.parse(upper).map(t -> "; did you mean '" + t.word() + "'?")
                            .orElse("; AIF node types are " + TYPES);
                    out.error(file, ts.at(), "AIF_UNKNOWN_NODE_TYPE", "unknown node type '" + ts.value() + "' of " + where + hint);
                }
            } else {
                out.error(file, tv.get().at(), "AIF_TYPE", "\"type\" of " + where + " must be a string, found " + tv.get().describe());
            }
            Optional<String> text = string(o, "text", where);
            if (type.isPresent() && type.get() == AifType.I) {
                if (text.isEmpty() && !(o.get("text").orElse(null) instanceof Str)
                        && (!o.has("text") || o.get("text").orElseThrow() instanceof LocatedJson.Null)) {
                    out.error(file, o.at(), "AIF_MISSING_FIELD", "I " + where + " has no \"text\"");
                } else if (text.isPresent() && text.get().isBlank()) {
                    out.error(file, o.get("text").orElseThrow().at(), "AIF_EMPTY_TEXT", "the text of I " + where + " is empty");
                }
            }
            Optional<String> timestamp = string(o, "timestamp", where);
            Optional<String> scheme = string(o, "scheme", where);
            String named = where;
            NodeExtension ext = o.get("argkg").flatMap(x -> nodeExtension(x, named)).orElse(null);
            if (id.isEmpty() || type.isEmpty() || (type.get() == AifType.I && (text.isEmpty() || text.get().isBlank()))) {
                return Optional.empty();
            }
            return Optional.of(new AifNode(id.get(), type.get(), text.map(String::strip).orElse(null), timestamp.orElse(null),
                    scheme.orElse(null), ext, o.at()));
        }

        private Optional<AifEdge> edge(Value v, int index, Map<String, AifNode> nodes, boolean nodesOk) {
            String where = "edge " + (index + 1) + " of \"edges\"";
            if (!(v instanceof Obj o)) {
                out.error(file, v.at(), "AIF_TYPE", where + " must be an object, found " + v.describe());
                return Optional.empty();
            }
            Optional<String> edgeId = id(o, "edgeID");
            if (edgeId.isPresent()) {
                where = "edge '" + edgeId.get() + "'";
            }
            Optional<String> from = id(o, "fromID");
            Optional<String> to = id(o, "toID");
            for (String key : List.of("fromID", "toID")) {
                if (!o.has(key)) {
                    out.error(file, o.at(), "AIF_MISSING_FIELD", where + " has no \"" + key + "\"");
                }
            }
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            boolean ok = true;
            for (String key : List.of("fromID", "toID")) {
                String ref = key.equals("fromID") ? from.get() : to.get();
                if (!nodes.containsKey(ref) && nodesOk) {
                    out.error(file, o.get(key).orElseThrow().at(), "AIF_UNKNOWN_NODE", where + " goes "
                            + (key.equals("fromID") ? "from" : "to") + " node '" + ref + "', which is not in \"nodes\"");
                    ok = false;
                } else if (!nodes.containsKey(ref)) {
                    ok = false; // the node itself had an error
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            AifNode f = nodes.get(from.get());
            AifNode t = nodes.get(to.get());
            if (f.type() == AifType.I && t.type() == AifType.I) {
                out.error(file, o.at(), "AIF_I_TO_I_EDGE", where + " links I node '" + f.nodeId() + "' straight to I node '"
                        + t.nodeId() + "'; in AIF, I nodes are linked through an RA, CA or MA node");
                return Optional.empty();
            }
            return Optional.of(new AifEdge(edgeId.orElse(null), from.get(), to.get(), o.at()));
        }

        // ---- argkg's own fields ------------------------------------------------------------

        private static final List<String> NODE_KEYS = List.of("document", "id", "role", "label", "statement", "factor",
                "actors", "source-url", "kind", "basis", "note");
        private static final List<String> DOCUMENT_KEYS = List.of("id", "title", "date", "language", "url", "genre",
                "creator", "publisher", "original-publisher");

        private Optional<NodeExtension> nodeExtension(Value v, String where) {
            if (!(v instanceof Obj o)) {
                out.error(file, v.at(), "AIF_TYPE", "\"argkg\" of " + where + " must be an object, found " + v.describe());
                return Optional.empty();
            }
            String what = "\"argkg\" of " + where;
            Map<String, Position> at = positions(o, NODE_KEYS, what);
            String document = idString(o, "document", what);
            String id = idString(o, "id", what);
            Role role = word(o, "role", what, Role::parse, Role.words());
            RelationKind kind = word(o, "kind", what, RelationKind::parse, RelationKind.words());
            Basis basis = word(o, "basis", what, Basis::parse, Basis.words());
            Map<String, String> label = texts(o, "label", what);
            Map<String, String> statement = texts(o, "statement", what);
            String factor = idString(o, "factor", what);
            List<String> actors = new ArrayList<>();
            o.get("actors").ifPresent(a -> {
                if (a instanceof Arr arr) {
                    for (Value x : arr.items()) {
                        if (x instanceof Str s && ArgumentMapReader.isId(s.value())) {
                            actors.add(s.value());
                        } else {
                            out.error(file, x.at(), "AIF_ARGKG_FIELD", "an actor of " + what + " must be an actor id, found " + x.describe());
                        }
                    }
                } else {
                    out.error(file, a.at(), "AIF_TYPE", "\"actors\" of " + what + " must be an array, found " + a.describe());
                }
            });
            String sourceUrl = string(o, "source-url", what).orElse(null);
            if (sourceUrl != null && !sourceUrl.matches("https?://\\S+")) {
                out.error(file, at.get("source-url"), "AIF_ARGKG_FIELD", "\"source-url\" of " + what + " is not an http(s) URL");
                sourceUrl = null;
            }
            String note = string(o, "note", what).orElse(null);
            return Optional.of(new NodeExtension(document, id, role, label, statement, factor, actors, sourceUrl, kind, basis, note, at));
        }

        private Optional<DocumentExtension> documentExtension(Value v) {
            if (!(v instanceof Obj o)) {
                out.error(file, v.at(), "AIF_TYPE", "the top-level \"argkg\" must be an object, found " + v.describe());
                return Optional.empty();
            }
            String what = "the top-level \"argkg\"";
            Map<String, Position> at = positions(o, DOCUMENT_KEYS, what);
            String id = idString(o, "id", what);
            Map<String, String> title = texts(o, "title", what);
            String date = string(o, "date", what).orElse(null);
            if (date != null && !isDate(date)) {
                out.error(file, at.get("date"), "AIF_ARGKG_FIELD", "\"date\" of " + what + " must be a date YYYY-MM-DD, found '" + date + "'");
                date = null;
            }
            String language = string(o, "language", what).orElse(null);
            if (language != null && !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                out.error(file, at.get("language"), "AIF_ARGKG_FIELD", "\"language\" of " + what + " must be a language tag such as zh or en");
                language = null;
            }
            String url = string(o, "url", what).orElse(null);
            if (url != null && !url.matches("https?://\\S+") && !url.matches("ni:///sha-256;[A-Za-z0-9_-]+")) {
                out.error(file, at.get("url"), "AIF_ARGKG_FIELD", "\"url\" of " + what + " is not an http(s) URL");
                url = null;
            }
            Genre genre = word(o, "genre", what, Genre::parse, Genre.words());
            return Optional.of(new DocumentExtension(id, title, date, language, url, genre, idString(o, "creator", what),
                    idString(o, "publisher", what), idString(o, "original-publisher", what), at));
        }

        /** Positions of the keys; unknown keys are errors, as in map files, since argkg wrote them. */
        private Map<String, Position> positions(Obj o, List<String> known, String what) {
            Map<String, Position> at = new LinkedHashMap<>();
            at.put("", o.at());
            for (Member m : o.members()) {
                if (!known.contains(m.key())) {
                    String hint = Suggestions.closest(m.key(), known).map(s -> "; did you mean '" + s + "'?").orElse("");
                    out.error(file, m.keyAt(), "AIF_ARGKG_FIELD", "unknown key '" + m.key() + "' in " + what + hint);
                }
                at.put(m.key(), m.value().at());
            }
            return at;
        }

        private String idString(Obj o, String key, String what) {
            Optional<String> s = string(o, key, what);
            if (s.isPresent() && !ArgumentMapReader.isId(s.get())) {
                out.error(file, o.get(key).orElseThrow().at(), "AIF_ARGKG_FIELD", "\"" + key + "\" of " + what
                        + " must be an id of lower-case letters, digits and single hyphens, found '" + s.get() + "'");
                return null;
            }
            return s.orElse(null);
        }

        private <T> T word(Obj o, String key, String what, java.util.function.Function<String, Optional<T>> parse, List<String> words) {
            Optional<String> s = string(o, key, what);
            if (s.isEmpty()) {
                return null;
            }
            Optional<T> t = parse.apply(s.get());
            if (t.isEmpty()) {
                out.error(file, o.get(key).orElseThrow().at(), "AIF_ARGKG_FIELD", "unknown " + key + " '" + s.get() + "' in "
                        + what + "; expected one of " + String.join(", ", words));
            }
            return t.orElse(null);
        }

        private Map<String, String> texts(Obj o, String key, String what) {
            Map<String, String> m = new TreeMap<>();
            Optional<Value> v = o.get(key);
            if (v.isEmpty()) {
                return m;
            }
            if (!(v.get() instanceof Obj t)) {
                out.error(file, v.get().at(), "AIF_TYPE", "\"" + key + "\" of " + what + " must give one text per language, found "
                        + v.get().describe());
                return m;
            }
            for (Member mem : t.members()) {
                if (!mem.key().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                    out.error(file, mem.keyAt(), "AIF_ARGKG_FIELD", "'" + mem.key() + "' in \"" + key + "\" of " + what
                            + " is not a language tag such as zh or en");
                } else if (mem.value() instanceof Str s && !s.value().isBlank()) {
                    m.put(mem.key(), s.value().strip());
                } else {
                    out.error(file, mem.value().at(), "AIF_ARGKG_FIELD", "the " + mem.key() + " text of \"" + key + "\" of " + what
                            + " must be a non-empty string, found " + mem.value().describe());
                }
            }
            return m;
        }
    }

    static boolean isDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return s.matches("\\d{4}-\\d{2}-\\d{2}");
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
