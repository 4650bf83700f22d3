package org.argkg.link;

import org.apache.jena.vocabulary.SKOS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.argmap.RelationKind;
import org.argkg.embedding.ClaimVectors;
import org.argkg.embedding.Embeddings;
import org.argkg.search.ChineseAnalyzer;
import org.argkg.argmap.Role;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * Ranks links worth reviewing: between claims of different documents that are not linked yet, and
 * from the paragraphs of a new text to existing claims. The score combines shared words (tf-idf
 * cosine over the analysed English and Chinese texts), likeness of meaning (sentence embeddings of
 * the statements, when given), shared factors and shared actors, weighted by {@link LinkWeights},
 * and every suggestion says why it scored as it did.
 */
public final class LinkSuggester {

    private final TermVectors vectors = new TermVectors();
    private final SharedWords sharedWords = new SharedWords();
    private final LinkWeights weights;
    private final ClaimVectors meaning;
    private final List<ClaimProfile> claims;
    private final Map<String, Double> idf;
    private final Map<String, Map<String, Double>> factorBags = new TreeMap<>();
    private final Map<String, String> factorLabels = new TreeMap<>();
    private final Map<String, List<String>> actorNames = new TreeMap<>();

    /** Reads the claims, factors and actors of a graph (the union of a store's graphs); words, factors and actors only. */
    public LinkSuggester(Model graph) {
        this(graph, null, LinkWeights.LEXICAL);
    }

    /**
     * As {@link #LinkSuggester(Model)}, with the statements' embeddings ({@code null}: none, and
     * {@code weights} should give meaning no weight).
     */
    public LinkSuggester(Model graph, ClaimVectors meaning, LinkWeights weights) {
        this.weights = weights;
        this.meaning = meaning;
        Map<String, Set<String>> broader = new HashMap<>();
        Map<String, Map<String, Double>> factorText = new HashMap<>();
        graph.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(f -> {
            if (!f.isURIResource() || !f.getURI().startsWith(Ns.FACTOR)) {
                return;
            }
            String id = f.getURI().substring(Ns.FACTOR.length());
            Map<String, Double> bag = new HashMap<>();
            f.listProperties(SKOS.prefLabel).forEachRemaining(s -> vectors.add(bag, s.getString(), 1.0));
            f.listProperties(SKOS.definition).forEachRemaining(s -> vectors.add(bag, s.getString(), 0.5));
            factorText.put(id, bag);
            factorLabels.put(id, text(f, SKOS.prefLabel, "en"));
            Set<String> up = new TreeSet<>();
            f.listProperties(SKOS.broader).forEachRemaining(s -> up.add(s.getResource().getURI().substring(Ns.FACTOR.length())));
            broader.put(id, up);
        });
        graph.listSubjectsWithProperty(RDF.type, Argkg.Actor).forEachRemaining(a -> {
            List<String> names = new ArrayList<>();
            a.listProperties(RDFS.label).forEachRemaining(s -> names.add(s.getString()));
            actorNames.put(a.getURI().substring(Ns.ACTOR.length()), names);
        });
        Map<String, Set<String>> links = new HashMap<>();
        for (RelationKind k : RelationKind.values()) {
            graph.listStatements(null, graph.createProperty(Ns.ARGKG + k.property()), (RDFNode) null).forEachRemaining(s -> {
                links.computeIfAbsent(s.getSubject().getURI(), x -> new TreeSet<>()).add(s.getResource().getURI());
                links.computeIfAbsent(s.getResource().getURI(), x -> new TreeSet<>()).add(s.getSubject().getURI());
            });
        }
        List<ClaimProfile> list = new ArrayList<>();
        for (Role role : Role.values()) {
            graph.listSubjectsWithProperty(RDF.type, graph.createResource(Ns.ARGKG + role.className())).forEachRemaining(c -> {
                Resource doc = c.getPropertyResourceValue(Argkg.statedIn);
                if (doc == null || !c.isURIResource()) {
                    return;
                }
                Map<String, Double> bag = new HashMap<>();
                Map<String, String> words = new LinkedHashMap<>();
                c.listProperties(RDFS.label).forEachRemaining(s -> vectors.add(bag, s.getString(), 2.0));
                c.listProperties(Argkg.statement).forEachRemaining(s -> vectors.add(bag, s.getString(), 1.0));
                c.listProperties(RDFS.label).forEachRemaining(s -> sharedWords.words(s.getString()).forEach(words::putIfAbsent));
                c.listProperties(Argkg.statement).forEachRemaining(s -> sharedWords.words(s.getString()).forEach(words::putIfAbsent));
                Set<String> factors = new TreeSet<>();
                c.listProperties(Argkg.factor).forEachRemaining(s -> {
                    String id = s.getResource().getURI().substring(Ns.FACTOR.length());
                    factors.add(id);
                    factorText.getOrDefault(id, Map.of()).forEach((t, w) -> bag.merge(t, 0.5 * w, Double::sum));
                });
                Set<String> actors = new TreeSet<>();
                c.listProperties(Argkg.involves).forEachRemaining(s -> actors.add(s.getResource().getURI().substring(Ns.ACTOR.length())));
                String docId = doc.getURI().substring(Ns.ID.length());
                list.add(new ClaimProfile(c.getURI(), docId, role.word(), text(c, RDFS.label, "en"), text(c, RDFS.label, "zh"),
                        factors, actors, links.getOrDefault(c.getURI(), Set.of()), bag, words));
                for (String f : factors) {
                    Map<String, Double> fb = factorBags.computeIfAbsent(f, x -> new HashMap<>(factorText.getOrDefault(f, Map.of())));
                    bag.forEach((t, w) -> fb.merge(t, w, Double::sum));
                }
            });
        }
        list.sort(Comparator.comparing(ClaimProfile::iri));
        this.claims = List.copyOf(list);
        this.idf = TermVectors.idf(claims.stream().map(ClaimProfile::terms).toList());
        this.broader = broader;
    }

    private final Map<String, Set<String>> broader;

    public List<ClaimProfile> claims() {
        return claims;
    }

    /**
     * Pairs of claims of different documents that are not linked yet, best first.
     *
     * @param limit how many to return
     */
    public List<Suggestion> suggestPairs(int limit) {
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimProfile a = claims.get(i);
                ClaimProfile b = claims.get(j);
                if (a.docId().equals(b.docId()) || a.linked().contains(b.iri())) {
                    continue;
                }
                double text = TermVectors.cosine(a.terms(), b.terms(), idf);
                double factor = factorSimilarity(a.factors(), b.factors());
                Set<String> shared = new TreeSet<>(a.actors());
                shared.retainAll(b.actors());
                Set<String> union = new TreeSet<>(a.actors());
                union.addAll(b.actors());
                double actor = union.isEmpty() ? 0 : (double) shared.size() / union.size();
                double like = meaning == null ? 0 : weights.meaningOf(meaning.similarity(a.iri(), b.iri()));
                double score = weights.score(text, like, factor, actor);
                // the later document is the one that would link to the earlier: order by IRI for stability
                out.add(new Suggestion(a.ref(), a.labelEn(), b, score, text, like, factor, actor,
                        reason(text, like, SharedWords.shared(a.words(), b.words(), idf, 4), sharedFactors(a.factors(), b.factors()), shared)));
            }
        }
        return best(out, limit);
    }

    /**
     * For each paragraph of a new text, the existing claims it most likely bears on.
     *
     * @param documents restrict the candidates to these documents (empty: all)
     */
    public Map<Integer, List<Suggestion>> suggestForParagraphs(List<String> paragraphs, Set<String> documents, int perParagraph) {
        Map<Integer, List<Suggestion>> result = new LinkedHashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String para = paragraphs.get(p);
            result.put(p + 1, rank("¶" + (p + 1), para, TermVectors.isChinese(para) ? "zh" : "en", documents, perParagraph));
        }
        return result;
    }

    /**
     * Claims by meaning and words: the claims a text (a question, a phrase, a paragraph) most likely
     * speaks of, scored as a paragraph of a new text is. A text in one language finds claims of
     * documents in either, through the statement every claim has in that language.
     *
     * @param lang "zh" or "en": the model and the statements to compare with; null: the text's language
     * @param documents restrict the claims to these documents (empty: all)
     */
    public List<Suggestion> search(String text, String lang, Set<String> documents, int top) {
        String l = lang != null ? lang : TermVectors.isChinese(text) ? "zh" : "en";
        return rank("query", text, l, documents, top);
    }

    private List<Suggestion> rank(String from, String para, String lang, Set<String> documents, int top) {
        Map<String, Double> bag = new HashMap<>();
        vectors.add(bag, para, 1.0);
        // how strongly the paragraph speaks of each factor, relative to the strongest
        Map<String, Double> affinity = new TreeMap<>();
        factorBags.forEach((f, fb) -> affinity.put(f, TermVectors.cosine(bag, fb, idf)));
        double maxAffinity = affinity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<String> mentioned = mentionedActors(para);
        Map<String, String> paraWords = sharedWords.words(para);
        float[] query = meaning == null || weights.meaning() == 0 ? null : Embeddings.embed(para, lang);
        List<Suggestion> list = new ArrayList<>();
        for (ClaimProfile c : claims) {
            if (!documents.isEmpty() && !documents.contains(c.docId())) {
                continue;
            }
            double text = TermVectors.cosine(bag, c.terms(), idf);
            double factor = maxAffinity <= 0 ? 0 : c.factors().stream()
                    .mapToDouble(f -> affinity.getOrDefault(f, 0.0) / maxAffinity).max().orElse(0);
            Set<String> shared = new TreeSet<>(mentioned);
            shared.retainAll(c.actors());
            double actor = mentioned.isEmpty() ? 0 : (double) shared.size() / mentioned.size();
            double like = query == null ? 0 : weights.meaningOf(meaning.similarity(c.iri(), lang, query));
            double score = weights.score(text, like, factor, actor);
            Set<String> factorsShown = factor > 0 ? c.factors() : Set.of();
            list.add(new Suggestion(from, abbreviate(para), c, score, text, like, factor, actor,
                    reason(text, like, SharedWords.shared(paraWords, c.words(), idf, 4), factorsShown, shared)));
        }
        return best(list, top);
    }

    /**
     * Actors whose English or Chinese label occurs in the text: an English label as whole words, a
     * Chinese one where the text's word segmentation starts and ends a word (so 中国 is not found in
     * 发展中国家, "developing countries").
     */
    Set<String> mentionedActors(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Integer> boundaries = ChineseAnalyzer.wordBoundaries(text);
        Set<String> found = new TreeSet<>();
        actorNames.forEach((id, names) -> {
            for (String n : names) {
                String ln = n.toLowerCase(Locale.ROOT).replaceAll("[《》]", "");
                boolean hit = TermVectors.isChinese(ln) ? occursAsWords(text, ln, boundaries)
                        : java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(ln) + "\\b").matcher(lower).find();
                if (ln.length() >= 2 && hit) {
                    found.add(id);
                }
            }
        });
        return found;
    }

    private static boolean occursAsWords(String text, String name, Set<Integer> boundaries) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (boundaries.contains(at) && boundaries.contains(at + name.length())) {
                return true;
            }
        }
        return false;
    }

    private double factorSimilarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        for (String f : a) {
            if (b.contains(f)) {
                return 1.0;
            }
        }
        Set<String> up = new TreeSet<>();
        a.forEach(f -> up.addAll(broader.getOrDefault(f, Set.of())));
        for (String f : b) {
            if (up.contains(f) || broader.getOrDefault(f, Set.of()).stream().anyMatch(up::contains)
                    || broader.getOrDefault(f, Set.of()).stream().anyMatch(a::contains)) {
                return 0.5;
            }
        }
        return 0;
    }

    private static Set<String> sharedFactors(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.retainAll(b);
        return s;
    }

    private String reason(double text, double like, List<String> terms, Set<String> factors, Set<String> actors) {
        List<String> parts = new ArrayList<>();
        if (meaning != null && weights.meaning() > 0) {
            parts.add(String.format(Locale.ROOT, "meaning %.2f", like));
        }
        parts.add(String.format(Locale.ROOT, "words %.2f", text) + (terms.isEmpty() ? "" : " (" + String.join(", ", terms) + ")"));
        if (!factors.isEmpty()) {
            parts.add("factor " + String.join(", ", factors));
        }
        if (!actors.isEmpty()) {
            parts.add("actors " + String.join(", ", actors));
        }
        return String.join("; ", parts);
    }

    private static List<Suggestion> best(List<Suggestion> list, int limit) {
        return list.stream()
                .sorted(Comparator.comparingDouble((Suggestion s) -> -s.score()).thenComparing(s -> s.from())
                        .thenComparing(s -> s.to().iri()))
                .limit(limit).toList();
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            Literal l = s.getLiteral();
            if (lang.equals(l.getLanguage())) {
                return l.getString();
            }
            any = any == null ? l.getString() : any;
        }
        return any == null ? "" : any;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.codePointCount(0, one.length()) <= 48 ? one : one.substring(0, one.offsetByCodePoints(0, 47)) + "…";
    }

    /** Splits a text into paragraphs at blank lines, dropping YAML front matter and Markdown headings. */
    public static List<String> paragraphs(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.startsWith("---\n")) {
            int close = t.indexOf("\n---\n", 3);
            if (close > 0) {
                t = t.substring(close + 5);
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : t.split("\n\\s*\n")) {
            String s = p.strip();
            if (!s.isEmpty() && !s.startsWith("#") && s.codePoints().filter(Character::isLetter).count() >= 8) {
                out.add(s);
            }
        }
        return out;
    }

    static String iriOf(String ref) {
        int hash = ref.indexOf('#');
        return Iris.node(ref.substring(0, hash), ref.substring(hash + 1));
    }
}
