package org.argkg.aif;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.Basis;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.DocumentSpec;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.NodeRef;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.RelationSpec;
import org.argkg.argmap.Role;
import org.argkg.argmap.Text;
import org.argkg.rdf.DocumentGraph;
import org.argkg.rdf.GraphMapper;
import org.argkg.source.SourceDocument;
import org.argkg.source.SourceReader;
import org.argkg.vocab.Iris;
import org.argkg.yaml.Located;

/**
 * Turns a checked nodeset into an argkg document (see docs/aif.md for the mapping):
 * <ul>
 * <li>every I node becomes a claim (an I node that argkg's own fields place in another document is
 * a reference to that document's claim instead); its text is its statement in the language it is
 * written in, and the other language is left to be translated;</li>
 * <li>roles: argkg's own field when present, else {@code thesis} for an I node that is concluded or
 * attacked but is itself no premise, {@code premise} for every other;</li>
 * <li>each premise of an RA node supports the conclusion, of a CA node attacks it, of an MA node
 * restates it; basis {@code explicit} when a YA node anchors the scheme node in the dialogue, else
 * {@code interpretive};</li>
 * <li>a scheme node pointing at another scheme node becomes a relation to the I node that chain
 * ends in, with basis interpretive and a note saying so.</li>
 * </ul>
 * The document has no source text: each claim is annotated with the URL of the document.
 */
final class NodesetToGraph {

    private final Set<String> factorIds;
    private final Set<String> actorIds;
    private final GraphMapper mapper = new GraphMapper();

    /**
     * @param factorIds the factors a claim may name (the shared scheme and those added by maps)
     * @param actorIds the actors of the registry
     */
    public NodesetToGraph(Set<String> factorIds, Set<String> actorIds) {
        this.factorIds = Set.copyOf(factorIds);
        this.actorIds = Set.copyOf(actorIds);
    }

    /**
     * @param file the nodeset file, for diagnostics
     * @param contentUrl the IRI used for the document's URL when neither the options nor the nodeset give one
     */
    public ImportedDocument convert(Path file, AifNodeset ns, ImportOptions opt, String contentUrl, Diagnostics out) {
        AifStructure structure = AifStructure.of(ns);
        DocumentExtension dx = ns.document();
        Map<String, AifNode> byId = ns.byId();
        List<AifNode> iNodes = byId.values().stream().filter(n -> n.type() == AifType.I).toList();

        // which I nodes are claims of this document, and their ids
        Map<String, NodeRef> refs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<AifNode> local = new ArrayList<>();
        for (AifNode n : iNodes) {
            NodeExtension x = n.argkg();
            if (dx != null && dx.id() != null && x != null && x.document() != null && x.id() != null
                    && !x.document().equals(dx.id()) && !x.document().equals(opt.docId())) {
                refs.put(n.nodeId(), new NodeRef(x.document(), x.id()));
            } else {
                local.add(n);
            }
        }
        for (AifNode n : local) {
            if (n.argkg() != null && n.argkg().id() != null && taken.add(n.argkg().id())) {
                refs.put(n.nodeId(), new NodeRef(opt.docId(), n.argkg().id()));
            }
        }
        for (AifNode n : local) {
            if (!refs.containsKey(n.nodeId())) {
                String slug = n.nodeId().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                // within the length of an id, with room for a "-k" that tells equal slugs apart
                int room = ArgumentMapReader.MAX_ID_LENGTH - "claim-".length() - 8;
                if (slug.length() > room) {
                    slug = slug.substring(0, room).replaceAll("-$", "");
                }
                String base = "claim-" + (slug.isEmpty() ? Integer.toString(local.indexOf(n) + 1) : slug);
                String id = base;
                for (int k = 2; !taken.add(id); k++) {
                    id = base + "-" + k;
                }
                refs.put(n.nodeId(), new NodeRef(opt.docId(), id));
            }
        }

        // languages
        Map<String, String> textLang = new LinkedHashMap<>();
        int zh = 0;
        for (AifNode n : local) {
            String l = opt.language() != null ? opt.language() : Texts.detectLanguage(n.text());
            textLang.put(n.nodeId(), l);
            zh += l.equals("zh") ? 1 : 0;
        }
        String docLang = opt.language() != null ? opt.language()
                : dx != null && dx.language() != null ? dx.language()
                : zh * 2 > local.size() ? "zh" : "en";

        // roles from the structure: concluded or attacked, and premise of nothing
        Set<String> concluded = new HashSet<>();
        Set<String> premises = new HashSet<>();
        for (AifStructure.Application a : structure.applications()) {
            if (a.scheme().type() != AifType.MA) {
                concluded.add(a.conclusion().nodeId());
                a.premises().forEach(p -> premises.add(p.nodeId()));
            }
        }

        // relations, grouped under their premise
        Map<String, List<RelationSpec>> relations = new LinkedHashMap<>();
        Set<String> relationKeys = new HashSet<>();
        int relationCount = 0;
        for (AifStructure.Application a : structure.applications()) {
            AifNode s = a.scheme();
            NodeExtension x = s.argkg();
            RelationKind kind = switch (s.type()) {
                case RA -> x != null && x.kind() == RelationKind.EVIDENCE_FOR ? RelationKind.EVIDENCE_FOR : RelationKind.SUPPORTS;
                case CA -> RelationKind.ATTACKS;
                default -> RelationKind.RESTATES;
            };
            Basis basis = !a.via().isEmpty() ? Basis.INTERPRETIVE
                    : x != null && x.basis() != null ? x.basis()
                    : a.anchored() ? Basis.EXPLICIT : Basis.INTERPRETIVE;
            NodeRef target = refs.get(a.conclusion().nodeId());
            for (AifNode p : a.premises()) {
                NodeRef from = refs.get(p.nodeId());
                if (!from.docId().equals(opt.docId())) {
                    out.warning(file, s.at(), "AIF_EXTERNAL_PREMISE", s.describe() + " starts at " + p.describe()
                            + ", a claim of document '" + from.docId() + "'; a map holds only relations from its own claims, so it is skipped");
                    continue;
                }
                if (from.equals(target)) {
                    out.warning(file, s.at(), "AIF_SELF_RELATION", s.describe() + " links " + p.describe()
                            + " to itself; skipped");
                    continue;
                }
                String key = from + " " + kind.word() + " " + target;
                if (!relationKeys.add(key)) {
                    out.warning(file, s.at(), "AIF_DUPLICATE_RELATION", s.describe() + " repeats a relation already mapped ("
                            + from.nodeId() + " " + kind.word() + " " + target.nodeId() + "); skipped");
                    continue;
                }
                relations.computeIfAbsent(p.nodeId(), k -> new ArrayList<>())
                        .add(new RelationSpec(kind, target, s.at(), basis, note(a, refs, x), s.at()));
                relationCount++;
            }
        }

        // claims
        List<NodeSpec> nodes = new ArrayList<>();
        List<Located<String>> declared = new ArrayList<>();
        Set<String> untranslated = new TreeSet<>();
        String docUrl = opt.url() != null ? opt.url() : dx != null && dx.url() != null ? dx.url() : contentUrl;
        for (AifNode n : local) {
            NodeExtension x = n.argkg();
            String id = refs.get(n.nodeId()).nodeId();
            Map<String, String> statement = new TreeMap<>();
            if (x != null && !x.statement().isEmpty()) {
                statement.putAll(x.statement());
            } else {
                statement.put(textLang.get(n.nodeId()), n.text());
            }
            Map<String, String> label = new TreeMap<>();
            if (x != null && !x.label().isEmpty()) {
                label.putAll(x.label());
            } else {
                statement.forEach((l, t) -> label.put(l, Texts.label(t, l)));
            }
            noteMissing(id, "statement", statement, untranslated);
            noteMissing(id, "label", label, untranslated);
            Role role = x != null && x.role() != null ? x.role()
                    : concluded.contains(n.nodeId()) && !premises.contains(n.nodeId()) ? Role.THESIS : Role.PREMISE;
            Located<String> factor = null;
            if (x != null && x.factor() != null) {
                if (factorIds.contains(x.factor())) {
                    factor = new Located<>(x.factor(), x.positionOf("factor"));
                } else {
                    out.error(file, x.positionOf("factor"), "AIF_UNKNOWN_FACTOR", "factor '" + x.factor() + "' of "
                            + n.describe() + " is not a factor of the store");
                }
            }
            List<Located<String>> actors = new ArrayList<>();
            if (x != null) {
                for (String a : x.actors()) {
                    if (actorIds.contains(a)) {
                        actors.add(new Located<>(a, x.positionOf("actors")));
                    } else {
                        out.warning(file, x.positionOf("actors"), "AIF_UNKNOWN_ACTOR", "actor '" + a + "' of " + n.describe()
                                + " is not in the actor registry; left out");
                    }
                }
            }
            String sourceUrl = x != null && x.sourceUrl() != null ? x.sourceUrl() : docUrl;
            nodes.add(new NodeSpec(id, n.at(), n.at(), role, new Text(label, n.at()), new Text(statement, n.at()), factor,
                    List.copyOf(actors), List.of(), false, new Located<>(sourceUrl, n.at()),
                    List.copyOf(relations.getOrDefault(n.nodeId(), List.of()))));
            declared.add(new Located<>(id, n.at()));
        }

        // the document
        Position docAt = dx != null ? dx.positionOf("") : Position.of(1, 1);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, String> titles = new TreeMap<>();
        if (opt.title() != null) {
            titles.put(docLang, opt.title());
        } else if (dx != null && !dx.title().isEmpty()) {
            titles.putAll(dx.title());
        } else {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            titles.put(docLang, docLang.equals("zh") ? "AIF 论证图 " + name : "AIF nodeset " + name);
        }
        meta.put("title", titles.getOrDefault(docLang, titles.values().iterator().next()));
        if (!docLang.equals("en") && titles.containsKey("en")) {
            meta.put("title_en", titles.get("en"));
        }
        if (!docLang.equals("zh") && titles.containsKey("zh")) {
            meta.put("title_zh", titles.get("zh"));
        }
        meta.put("date", date(file, ns, opt, out));
        meta.put("url", docUrl);
        meta.put("language", docLang);
        meta.put(SourceReader.NO_SOURCE_TEXT, "true");
        DocumentSpec spec = new DocumentSpec(opt.docId(), docAt, "source.md", dx == null ? null : dx.genre(),
                actor(dx, "creator", file, out), actor(dx, "publisher", file, out), actor(dx, "original-publisher", file, out));
        ArgumentMap map = new ArgumentMap(file, spec, List.copyOf(nodes), List.copyOf(declared), List.of());
        SourceDocument source = new SourceDocument(file, meta, "", 1);
        DocumentGraph mapped = mapper.map(map, source, Map.of());
        Resource doc = mapped.graph().createResource(Iris.document(opt.docId()));
        doc.addProperty(RDFS.comment, "Imported from an AIF nodeset by argkg import; the document has no source text here.", "en");
        return new ImportedDocument(map, source, mapped, untranslated, nodes.size(), relationCount);
    }

    /**
     * Notes the languages the nodeset does not give a text in: one is enough, so the graph carries
     * only what the nodeset says, and the map written from it marks the others to add.
     */
    private static void noteMissing(String id, String field, Map<String, String> texts, Set<String> untranslated) {
        for (String lang : ArgumentMapReader.LANGUAGES) {
            if (!texts.containsKey(lang)) {
                untranslated.add(ImportedDocument.key(id, field, lang));
            }
        }
    }

    private static String note(AifStructure.Application a, Map<String, NodeRef> refs, NodeExtension x) {
        List<String> parts = new ArrayList<>();
        if (x != null && x.note() != null && !x.note().isBlank()) {
            parts.add(x.note().strip());
        }
        AifNode s = a.scheme();
        String scheme = s.scheme() != null ? s.scheme() : s.text();
        if (scheme != null && !scheme.isBlank() && !scheme.equals(s.type().defaultText())
                && !scheme.equals(AifType.I.defaultText())) {
            parts.add("AIF scheme: " + scheme.strip() + ".");
        }
        if (!a.via().isEmpty()) {
            AifNode first = a.via().get(0);
            parts.add("In the AIF nodeset, " + s.describe() + " points at " + first.describe()
                    + ", a relation concluding in this claim, not at the claim itself; argkg maps cannot express"
                    + " relations on relations.");
        }
        if (a.premises().size() > 1) {
            parts.add("Linked argument in the AIF nodeset: " + s.describe() + " has the premises "
                    + String.join(", ", a.premises().stream().map(p -> refs.get(p.nodeId()).nodeId()).toList()) + " together.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private Located<String> actor(DocumentExtension dx, String key, Path file, Diagnostics out) {
        if (dx == null) {
            return null;
        }
        String id = switch (key) {
            case "creator" -> dx.creator();
            case "publisher" -> dx.publisher();
            default -> dx.originalPublisher();
        };
        if (id == null) {
            return null;
        }
        if (!actorIds.contains(id)) {
            out.warning(file, dx.positionOf(key), "AIF_UNKNOWN_ACTOR", key + " '" + id + "' is not in the actor registry; left out");
            return null;
        }
        return new Located<>(id, dx.positionOf(key));
    }

    /** --date, else argkg's field, else the earliest timestamp of an I node, else today (with a warning). */
    private static String date(Path file, AifNodeset ns, ImportOptions opt, Diagnostics out) {
        if (opt.date() != null) {
            return opt.date();
        }
        if (ns.document() != null && ns.document().date() != null) {
            return ns.document().date();
        }
        Set<String> dates = new TreeSet<>();
        for (AifNode n : ns.nodes()) {
            if (n.type() == AifType.I && n.timestamp() != null && n.timestamp().length() >= 10
                    && AifReader.isDate(n.timestamp().substring(0, 10))) {
                dates.add(n.timestamp().substring(0, 10));
            }
        }
        if (!dates.isEmpty()) {
            return dates.iterator().next();
        }
        String today = LocalDate.now().toString();
        out.warning(file, Position.of(1, 1), "AIF_NO_DATE", "the nodeset has no timestamps; the document is dated today, "
                + today + " (give --date YYYY-MM-DD)");
        return today;
    }
}
