package org.argkg.drafting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.link.Suggestion;
import org.argkg.yaml.YamlScalars;

/**
 * Writes proposed claims as the {@code nodes:} of a map, each marked as a suggestion for review:
 * the statement and label in the document's language only (one is enough to start), relations to
 * the thesis guessed from the roles, and relations to claims of other documents as comments.
 */
public final class DraftWriter {

    /** An empty node list, as {@code argkg new} writes it. */
    static final Pattern EMPTY_NODES = Pattern.compile("(?m)^nodes:[ \\t]*\\[\\][ \\t]*(#.*)?$");

    private DraftWriter() {
    }

    /** Whether a map's text has no nodes yet, so that the draft can go into it. */
    public static boolean hasNoNodes(String mapText) {
        return EMPTY_NODES.matcher(mapText).find();
    }

    /** The map with its empty node list replaced by the proposed nodes. */
    public static String into(String mapText, List<ProposedClaim> claims, String language,
            Map<String, List<Suggestion>> links) {
        Matcher m = EMPTY_NODES.matcher(mapText);
        if (!m.find()) {
            throw new IllegalArgumentException("the map already has nodes");
        }
        return mapText.substring(0, m.start()) + nodes(claims, language, links) + mapText.substring(m.end()).replaceFirst("^\\n", "");
    }

    /** The {@code nodes:} section. */
    public static String nodes(List<ProposedClaim> claims, String language, Map<String, List<Suggestion>> links) {
        String lang = language.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        boolean bilingual = claims.stream().allMatch(c -> c.statement().size() > 1);
        StringBuilder y = new StringBuilder();
        y.append("# Nodes proposed by 'argkg draft': every one is a suggestion to review. The quotes are exact spans of\n");
        y.append("# source.md; check each role, factor and relation, ")
                .append(bilingual ? "check every translation" : "write the " + (lang.equals("zh") ? "English" : "Chinese") + " texts when you can")
                .append(",\n# delete what is not a claim of the author, and uncomment the suggested links that hold.\n");
        y.append("nodes:\n");
        for (ProposedClaim c : claims) {
            y.append("  - id: ").append(c.id()).append("   # suggested: ").append(oneLine(c.why())).append('\n');
            y.append("    role: ").append(c.role()).append('\n');
            texts(y, "label", c.label());
            texts(y, "statement", c.statement());
            if (c.factor() != null) {
                y.append("    factor: ").append(c.factor()).append("   # guessed from its words\n");
            } else if (c.role().equals("cause") || c.role().equals("counterforce")) {
                y.append("    # factor: ?   # a ").append(c.role()).append(" needs a factor of the scheme\n");
            }
            if (!c.actors().isEmpty()) {
                y.append("    actors: [").append(String.join(", ", c.actors())).append("]   # named in the text\n");
            }
            y.append("    quotes:\n");
            for (ProposedClaim.Quote q : c.quotes()) {
                if (q.occurrence() > 1) {
                    y.append("      - exact: ").append(YamlScalars.doubleQuoted(q.exact())).append('\n');
                    y.append("        occurrence: ").append(q.occurrence()).append('\n');
                } else {
                    y.append("      - ").append(YamlScalars.doubleQuoted(q.exact())).append('\n');
                }
            }
            List<Suggestion> sug = links.getOrDefault(c.id(), List.of());
            if (!c.relations().isEmpty()) {
                y.append("    relations:\n");
                for (ProposedClaim.Relation r : c.relations()) {
                    y.append("      - ").append(r.kind()).append(": ").append(r.target()).append('\n');
                    y.append("        basis: interpretive   # explicit if the text states it\n");
                    if (r.note() != null && !r.note().isBlank()) {
                        y.append("        note: ").append(YamlScalars.doubleQuoted(oneLine(r.note()))).append('\n');
                    }
                }
            }
            if (!sug.isEmpty()) {
                y.append(c.relations().isEmpty()
                        ? "    # links to claims of other documents, best first; uncomment those that hold:\n    # relations:\n"
                        : "      # links to claims of other documents, best first; uncomment those that hold:\n");
                for (Suggestion s : sug) {
                    y.append("      # - ").append(s.to().role().equals("thesis") || s.to().role().equals("conclusion")
                            ? "supports" : "restates").append(": ").append(s.to().ref())
                            .append(String.format(Locale.ROOT, "   # %.2f: %s", s.score(), oneLine(s.reason()))).append('\n');
                    y.append("      #   basis: interpretive\n");
                }
            }
        }
        return y.toString();
    }

    private static void texts(StringBuilder y, String key, Map<String, String> byLanguage) {
        y.append("    ").append(key).append(":\n");
        byLanguage.forEach((l, t) -> y.append("      ").append(l).append(": ").append(YamlScalars.doubleQuoted(t)).append('\n'));
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ");
    }
}
