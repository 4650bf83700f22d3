package org.argkg.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argkg.actors.ActorRegistry;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.DocumentRelationSpec;
import org.argkg.argmap.FactorSpec;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.QuoteSpec;
import org.argkg.argmap.RelationSpec;
import org.argkg.quote.Anchor;
import org.argkg.quote.AnchoredQuote;
import org.argkg.quote.NearMatch;
import org.argkg.quote.QuoteAnchorer;
import org.argkg.source.SourceDocument;
import org.argkg.yaml.Located;
import org.argkg.yaml.Suggestions;

/**
 * Checks what a map refers to: unique node ids, relation targets (in this document or another),
 * factors of the scheme, actors of the registry, and quotes that are exact spans of the source.
 * Returns the anchors of the quotes, found here once.
 */
public final class MapChecker {

    private final Set<String> factors;
    private final Map<String, Set<String>> groups;
    private final ActorRegistry actors;
    private final NodeIndex index;

    /**
     * @param factors ids of the factor scheme: those of the ontology and those the maps of the
     *     corpus add
     * @param groups the top concepts that group the factors, which a claim cannot name, with the
     *     factors under each
     */
    public MapChecker(Set<String> factors, Map<String, Set<String>> groups, ActorRegistry actors, NodeIndex index) {
        this.factors = factors;
        this.groups = groups;
        this.actors = actors;
        this.index = index;
    }

    /** Anchors of each node's quotes, in the order of the map (nodes whose quotes fail are left out). */
    public Map<String, List<AnchoredQuote>> check(ArgumentMap map, SourceDocument source, Diagnostics out) {
        Path file = map.file();
        checkDuplicateIds(map, out);
        checkDocumentActors(map, out);
        checkDocumentRelations(map, out);
        QuoteAnchorer anchorer = source == null ? null : new QuoteAnchorer(source.body());
        Map<String, List<AnchoredQuote>> anchors = new LinkedHashMap<>();
        for (NodeSpec node : map.nodes()) {
            if (node.factor() != null && groups.containsKey(node.factor().value())) {
                out.error(file, node.factor().at(), "MAP_FACTOR_GROUP", "'" + node.factor().value()
                        + "' groups factors and is not one itself; name one of the factors under it: "
                        + String.join(", ", groups.get(node.factor().value())));
            } else if (node.factor() != null && !factors.contains(node.factor().value())) {
                out.error(file, node.factor().at(), "MAP_UNKNOWN_FACTOR", "unknown factor '" + node.factor().value() + "'"
                        + hint(node.factor().value(), factors, "factors of the scheme"));
            }
            if (source != null) {
                checkEvidenceKind(file, node, source, out);
            }
            for (Located<String> a : node.actors()) {
                checkActor(file, a, out);
            }
            checkHeldBy(file, node, out);
            checkRelations(map, node, out);
            if (anchorer != null && !source.hasNoText()) {
                List<AnchoredQuote> found = new ArrayList<>();
                for (int i = 0; i < node.quotes().size(); i++) {
                    QuoteSpec q = node.quotes().get(i);
                    Anchor anchor = anchor(file, source, anchorer, q, out);
                    if (anchor != null) {
                        found.add(new AnchoredQuote(i + 1, q.at(), anchor));
                    }
                }
                anchors.put(node.id(), found);
            }
        }
        for (FactorSpec f : map.factors()) {
            if (!factors.contains(f.broader().value())) {
                out.error(file, f.broader().at(), "MAP_UNKNOWN_FACTOR", "unknown broader factor '" + f.broader().value() + "'"
                        + hint(f.broader().value(), factors, "factors of the scheme"));
            }
        }
        return anchors;
    }

    /**
     * A document with its text in the project backs claims with quotes; one marked
     * {@code no_source_text: true} backs them with the URL of the source instead.
     */
    private static void checkEvidenceKind(Path file, NodeSpec node, SourceDocument source, Diagnostics out) {
        if (source.hasNoText()) {
            for (QuoteSpec q : node.quotes()) {
                out.error(file, q.at(), "QUOTE_WITHOUT_TEXT", "the source of this document is marked no_source_text: "
                        + "there is no text to quote; give the claim a source-url instead");
            }
            if (node.sourceUrl() == null && !node.quotesWritten()) {
                out.error(file, node.start(), "MAP_NO_SOURCE_URL", "node '" + node.id()
                        + "' needs a source-url (its document has no source text to quote)");
            }
        } else {
            if (node.sourceUrl() != null) {
                out.error(file, node.sourceUrl().at(), "MAP_SOURCE_URL_WITH_TEXT", "source-url is only for documents "
                        + "without source text (no_source_text: true); this one has its text: quote it");
            }
            if (!node.quotesWritten()) {
                out.error(file, node.start(), "MAP_NO_QUOTES", "node '" + node.id() + "' needs at least one quote from the source");
            }
        }
    }

    private void checkDuplicateIds(ArgumentMap map, Diagnostics out) {
        Map<String, Position> seen = new HashMap<>();
        for (Located<String> n : map.declaredIds()) {
            Position first = seen.putIfAbsent(n.value(), n.at());
            if (first != null) {
                out.error(map.file(), n.at(), "MAP_DUPLICATE_ID",
                        "node id '" + n.value() + "' is used twice (first at line " + first.line() + ")");
            }
        }
    }

    private void checkDocumentActors(ArgumentMap map, Diagnostics out) {
        for (Located<String> a : new Located[] {map.document().creator(), map.document().publisher(),
                map.document().originalPublisher()}) {
            if (a != null) {
                checkActor(map.file(), a, out);
            }
        }
    }

    private void checkHeldBy(Path file, NodeSpec node, Diagnostics out) {
        Set<String> seen = new HashSet<>();
        for (Located<String> a : node.heldBy()) {
            if (!seen.add(a.value())) {
                out.error(file, a.at(), "MAP_DUPLICATE_ACTOR", "actor '" + a.value() + "' is named twice in held-by of node '"
                        + node.id() + "'");
                continue;
            }
            checkActor(file, a, out);
        }
    }

    /**
     * Relations between documents point at another document of the corpus, once per kind and
     * document.
     */
    private void checkDocumentRelations(ArgumentMap map, Diagnostics out) {
        Set<String> seen = new HashSet<>();
        for (DocumentRelationSpec r : map.document().relations()) {
            String target = r.target().value();
            if (target.equals(map.docId())) {
                out.error(map.file(), r.target().at(), "MAP_SELF_RELATION",
                        "document '" + map.docId() + "' cannot " + r.kind().verb() + " itself");
                continue;
            }
            if (!seen.add(r.kind().word() + " " + target)) {
                out.error(map.file(), r.target().at(), "MAP_DUPLICATE_RELATION",
                        "document '" + map.docId() + "' " + r.kind().word() + " '" + target + "' twice");
                continue;
            }
            if (!index.hasDocument(target)) {
                Set<String> others = new java.util.TreeSet<>(index.documents());
                others.remove(map.docId());
                out.error(map.file(), r.target().at(), "MAP_DANGLING_REFERENCE", "no document '" + target + "' among the seeds"
                        + hint(target, others, "documents"));
            }
        }
    }

    private void checkActor(Path file, Located<String> a, Diagnostics out) {
        if (!actors.contains(a.value())) {
            out.error(file, a.at(), "MAP_UNKNOWN_ACTOR", "unknown actor '" + a.value() + "'"
                    + hint(a.value(), actors.ids(), "actors of " + ActorRegistry.FILE_NAME));
        }
    }

    private void checkRelations(ArgumentMap map, NodeSpec node, Diagnostics out) {
        Set<String> seen = new HashSet<>();
        for (RelationSpec r : node.relations()) {
            String key = r.kind().word() + " " + r.target();
            if (!seen.add(key)) {
                out.error(map.file(), r.targetAt(), "MAP_DUPLICATE_RELATION",
                        "node '" + node.id() + "' " + r.kind().word() + " '" + r.target().nodeId() + "' twice");
                continue;
            }
            if (r.target().docId().equals(map.docId()) && r.target().nodeId().equals(node.id())) {
                out.error(map.file(), r.targetAt(), "MAP_SELF_RELATION",
                        "node '" + node.id() + "' cannot " + r.kind().word().replaceAll("s$", "") + " itself");
                continue;
            }
            if (!index.resolves(r.target())) {
                boolean local = r.target().docId().equals(map.docId());
                String msg;
                if (local) {
                    msg = "no node '" + r.target().nodeId() + "' in this map"
                            + hint(r.target().nodeId(), index.nodes(map.docId()), "nodes of this map");
                } else if (!index.hasDocument(r.target().docId())) {
                    msg = "no document '" + r.target().docId() + "' among the seeds"
                            + hint(r.target().docId(), index.documents(), "documents");
                } else {
                    msg = "no node '" + r.target().nodeId() + "' in document '" + r.target().docId() + "'"
                            + hint(r.target().nodeId(), index.nodes(r.target().docId()), "its nodes");
                }
                out.error(map.file(), r.targetAt(), "MAP_DANGLING_REFERENCE", msg);
            }
        }
    }

    private Anchor anchor(Path file, SourceDocument source, QuoteAnchorer anchorer, QuoteSpec q, Diagnostics out) {
        Optional<List<Integer>> found = anchorer.find(q.exact());
        if (found.isEmpty()) {
            out.error(file, q.at(), "QUOTE_LIMIT", "quote not searched: the quotes of this map and the length of "
                    + source.file().getFileName() + " together exceed the limit of the quote search ("
                    + QuoteAnchorer.SEARCH_BUDGET + " characters examined)");
            return null;
        }
        List<Integer> hits = found.get();
        if (hits.isEmpty()) {
            Optional<NearMatch> nearest = anchorer.nearestWithinBudget(q.exact());
            if (nearest.isEmpty()) {
                out.error(file, q.at(), "QUOTE_NOT_FOUND", "quote does not occur in " + source.file().getFileName()
                        + " (" + q.exact().codePointCount(0, q.exact().length())
                        + " characters; too long a search to look for the nearest match)");
                return null;
            }
            NearMatch near = nearest.get();
            Position where = source.positionOf(near.start());
            out.error(file, q.at(), "QUOTE_NOT_FOUND", "quote does not occur in " + source.file().getFileName()
                    + "; nearest match (" + near.edits() + " edit" + (near.edits() == 1 ? "" : "s") + ") at "
                    + source.file().getFileName() + ":" + where.line() + ":" + where.column() + ": \"" + abbreviate(near.text()) + "\"");
            return null;
        }
        if (q.occurrence() == 0 && hits.size() > 1) {
            List<String> places = hits.stream().limit(5).map(source::positionOf)
                    .map(p -> source.file().getFileName() + ":" + p.line() + ":" + p.column()).toList();
            out.error(file, q.at(), "QUOTE_AMBIGUOUS", "quote occurs " + hits.size() + " times in "
                    + source.file().getFileName() + " (at " + String.join(", ", places)
                    + "); write it as {exact: …, occurrence: N} or quote a longer span");
            return null;
        }
        int k = q.occurrence() == 0 ? 1 : q.occurrence();
        if (k > hits.size()) {
            out.error(file, q.occurrenceAt(), "QUOTE_OCCURRENCE", "occurrence " + k + " asked, but the quote occurs only "
                    + hits.size() + " time" + (hits.size() == 1 ? "" : "s"));
            return null;
        }
        Anchor anchor = anchorer.anchorAt(q.exact(), hits.get(k - 1));
        checkCharacterBoundaries(file, q, source.body(), anchor, out);
        return anchor;
    }

    /**
     * A quote that starts or ends inside a user-perceived character ("Cafe" in "Café" written as e +
     * U+0301) anchors, but highlights half a character and says something the source does not: it is
     * reported as a warning.
     */
    private static void checkCharacterBoundaries(Path file, QuoteSpec q, String body, Anchor anchor, Diagnostics out) {
        java.text.BreakIterator chars = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        chars.setText(body);
        int start = body.offsetByCodePoints(0, anchor.start());
        int end = body.offsetByCodePoints(start, anchor.end() - anchor.start());
        for (int at : new int[] {start, end}) {
            if (at > 0 && at < body.length() && !chars.isBoundary(at)) {
                int cp = body.codePointAt(at);
                out.warning(file, q.at(), "QUOTE_GRAPHEME", "quote " + (at == start ? "starts" : "ends")
                        + " inside a character of the source (it continues with U+" + String.format("%04X", cp)
                        + ", " + Character.getName(cp) + "); quote the whole character");
                return;
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.codePointCount(0, one.length()) <= 60 ? one
                : one.substring(0, one.offsetByCodePoints(0, 57)) + "...";
    }

    private static String hint(String word, Set<String> candidates, String what) {
        return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?")
                .orElse(candidates.isEmpty() || candidates.size() > 8 ? ""
                        : "; " + what + ": " + String.join(", ", candidates));
    }
}
