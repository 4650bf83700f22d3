package org.argkg.drafting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argkg.actors.Actor;
import org.argkg.actors.ActorRegistry;

/**
 * The built-in drafter: reads the body sentence by sentence and proposes claims by discourse cues.
 * A cue that opens a section ("究其原因", "不过……也在限制", "以上因素……影响", "the reasons",
 * "however") sets the role of the items that follow; each enumerated item or emphasised lead
 * sentence ("一是", "其一", "first", {@code **…**}) starts a claim of that role with the rest of
 * its paragraph as further quotes; a reported or argued view near the start is the thesis; a
 * concluding cue is the conclusion; hedged sentences elsewhere are premises. Every quote is a span
 * of the body, so none can be invented.
 */
public final class Drafter {

    /** Quotes per proposed claim, at most. */
    static final int MAX_QUOTES = 4;

    private final ActorRegistry actors;
    private final Map<String, Set<String>> factorGroups;

    /**
     * @param actors       the registry, to find the actors a claim names
     * @param factorGroups the factor scheme's groups (first-mover-advantage: the causes' factors,
     *                     diffusion: the counterforces')
     */
    public Drafter(ActorRegistry actors, Map<String, Set<String>> factorGroups) {
        this.actors = actors;
        this.factorGroups = factorGroups;
    }

    /**
     * Proposes claims for a body in the given language (a BCP 47 tag; the labels and statements are
     * written under {@code zh} for Chinese, {@code en} otherwise).
     */
    public List<ProposedClaim> propose(String body, String language) {
        String lang = language.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        List<Sentences.Sentence> sentences = Sentences.of(body);
        int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
        List<Group> groups = new ArrayList<>();
        String section = null;
        boolean thesisFound = false;
        Group current = null;
        for (Sentences.Sentence s : sentences) {
            String text = stripLead(s.text());
            Optional<String> opens = Cues.section(s.text());
            boolean lead = s.heading() || Cues.ENUMERATION.matcher(s.text()).find();
            boolean firstOfParagraph = s.indexInParagraph() == 0;
            if (firstOfParagraph) {
                current = null;
            }
            boolean early = s.paragraph() <= 1 && paragraphs > 2;
            if (!thesisFound && early && Cues.THESIS.matcher(s.text()).find()) {
                thesisFound = true;
                current = new Group("thesis", s, "a view reported or argued near the start");
                groups.add(current);
                continue;
            }
            if (opens.isPresent() && !lead) {
                section = opens.get();
                // a sentence that only announces the list ("究其原因，主要在于以下方面。") is no claim
                if (announcement(text)) {
                    current = null;
                    continue;
                }
                boolean concluding = section.equals("counterforce") && s.paragraph() > 0 && Cues.HEDGE.matcher(s.text()).find()
                        && !s.heading();
                current = new Group(concluding && sectionOpensAlone(sentences, s) ? "conclusion" : section, s,
                        "opens the " + plural(section) + " ('" + cueOf(s.text(), opens.get()) + "')");
                groups.add(current);
                continue;
            }
            if (lead) {
                String role = section != null ? section : thesisFound ? "cause" : "premise";
                current = new Group(role, s, s.heading() ? "an emphasised lead sentence" : "an enumerated item ('"
                        + enumeration(s.text()) + "')");
                groups.add(current);
                continue;
            }
            if (Cues.CONCLUSION.matcher(s.text()).find() && s.paragraph() >= paragraphs - 2 && firstOfParagraph) {
                current = new Group("conclusion", s, "a concluding cue near the end");
                groups.add(current);
                continue;
            }
            if (current != null && current.sentences.size() < MAX_QUOTES) {
                current.sentences.add(s);
                continue;
            }
            if (Cues.HEDGE.matcher(s.text()).find() || early && !thesisFound) {
                current = new Group(section != null && !firstOfParagraph ? section : "premise", s,
                        Cues.HEDGE.matcher(s.text()).find() ? "a hedged claim" : "near the start");
                groups.add(current);
            }
        }
        if (!thesisFound && !groups.isEmpty()) {
            // no reported view: the first claim is the best guess for the thesis
            groups.get(0).role = "thesis";
            groups.get(0).why += "; the first claim, taken as the thesis";
        }
        return toClaims(body, groups, lang);
    }

    /** Whether the section-opening sentence stands in a paragraph of its own (a bridge that states the author's view). */
    private static boolean sectionOpensAlone(List<Sentences.Sentence> all, Sentences.Sentence s) {
        return all.stream().filter(o -> o.paragraph() == s.paragraph()).count() == 1;
    }

    private List<ProposedClaim> toClaims(String body, List<Group> groups, String lang) {
        List<ProposedClaim> out = new ArrayList<>();
        Map<String, Integer> counters = new java.util.HashMap<>();
        for (Group g : groups) {
            String id = g.role.equals("thesis") || g.role.equals("conclusion") ? g.role : g.role + "-" + counters.merge(g.role, 1, Integer::sum);
            if (out.stream().anyMatch(c -> c.id().equals(id))) {
                continue; // one thesis, one conclusion
            }
            List<ProposedClaim.Quote> quotes = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (Sentences.Sentence s : g.sentences) {
                quotes.add(new ProposedClaim.Quote(s.text(), s.start(), s.end(), occurrence(body, s.text(), s.start())));
                all.append(s.text()).append(' ');
            }
            String text = all.toString();
            String factor = null;
            if (g.role.equals("cause") || g.role.equals("counterforce")) {
                Set<String> allowed = factorGroups.getOrDefault(g.role.equals("cause") ? "first-mover-advantage" : "diffusion", Set.of());
                factor = Cues.factor(text, allowed).orElse(null);
            }
            String first = stripLead(g.sentences.get(0).text());
            out.add(new ProposedClaim(id, g.role, factor, actorsIn(text), quotes, Map.of(lang, abbreviate(first)),
                    Map.of(lang, first), List.of(), g.why));
        }
        boolean thesis = out.stream().anyMatch(c -> c.id().equals("thesis"));
        if (!thesis) {
            return out;
        }
        // reasons support the thesis, limits attack it: the roles say as much, the analyst decides the basis
        List<ProposedClaim> related = new ArrayList<>();
        for (ProposedClaim c : out) {
            String kind = c.role().equals("cause") ? "supports" : c.role().equals("counterforce") ? "attacks" : null;
            related.add(kind == null ? c : new ProposedClaim(c.id(), c.role(), c.factor(), c.actors(), c.quotes(), c.label(),
                    c.statement(), List.of(new ProposedClaim.Relation(kind, "thesis", "Suggested by argkg draft from the role; review.")),
                    c.why()));
        }
        return related;
    }

    /** Which occurrence of the text the span at {@code start} is (1-based). */
    static int occurrence(String body, String text, int start) {
        int n = 0;
        for (int i = body.indexOf(text); i >= 0 && i <= start; i = body.indexOf(text, i + 1)) {
            n++;
        }
        return Math.max(n, 1);
    }

    /** The factor scheme's groups this drafter guesses factors from. */
    public Map<String, Set<String>> factorGroups() {
        return factorGroups;
    }

    /** The actors of the registry a text names, by their labels in any language. */
    public List<String> actorsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Actor a : actors.all()) {
            for (String label : a.label().byLanguage().values()) {
                String l = label.toLowerCase(Locale.ROOT);
                if (l.length() >= 2 && contains(lower, l)) {
                    found.add(a.id());
                }
            }
        }
        return List.copyOf(found);
    }

    /** A label occurs: for Latin words at word boundaries, for Chinese anywhere. */
    private static boolean contains(String text, String label) {
        if (label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return text.contains(label);
        }
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(label) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    /** The sentence without its enumeration marker, for the statement and label. */
    static String stripLead(String s) {
        return s.replaceFirst("^(一是|二是|三是|四是|五是|六是|其一|其二|其三|其四|其五|首先|其次|再次|最后|第[一二三四五六]|一方面|另一方面)[，,、：:]?", "")
                .replaceFirst("(?i)^(first(ly)?|second(ly)?|third(ly)?|fourth|fifth|finally|lastly|on the one hand|on the other hand)[,:]?\\s+", "")
                .strip()
                .transform(t -> t.isEmpty() || !Character.isLowerCase(t.charAt(0)) ? t
                        : Character.toUpperCase(t.charAt(0)) + t.substring(1));
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("[。！？.!?]+$", "");
        int cut = t.codePointCount(0, t.length()) > 40 ? t.offsetByCodePoints(0, 40) : t.length();
        return cut < t.length() ? t.substring(0, cut) + "…" : t;
    }

    /** A short sentence that only announces what follows: under 16 characters of Chinese, or under 6 words. */
    private static boolean announcement(String s) {
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han > 0) {
            return s.codePoints().filter(Character::isLetterOrDigit).count() < 16;
        }
        return s.strip().split("\\s+").length < 6;
    }

    private static String plural(String role) {
        return switch (role) {
            case "cause" -> "causes";
            case "consequence" -> "consequences";
            default -> "counterforces";
        };
    }

    private static String cueOf(String sentence, String section) {
        java.util.regex.Pattern p = switch (section) {
            case "cause" -> Cues.CAUSES;
            case "consequence" -> Cues.CONSEQUENCES;
            default -> Cues.COUNTERFORCES;
        };
        java.util.regex.Matcher m = p.matcher(sentence);
        return m.find() ? m.group() : section;
    }

    private static String enumeration(String sentence) {
        java.util.regex.Matcher m = Cues.ENUMERATION.matcher(sentence);
        return m.find() ? m.group() : "";
    }

    /** Sentences that make one proposed claim. */
    private static final class Group {
        String role;
        String why;
        final List<Sentences.Sentence> sentences = new ArrayList<>();

        Group(String role, Sentences.Sentence first, String why) {
            this.role = role;
            this.why = why;
            sentences.add(first);
        }
    }
}
