package org.argkg.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argkg.yaml.YamlScalars;

/**
 * A draft map for a text that has none yet: one node per paragraph, its first sentence prefilled as
 * the quote and the Chinese or English statement, and the suggested links written as comments. The
 * draft is deliberately incomplete (the other language is left empty, the role is a guess), so it
 * does not validate until a person has reviewed it.
 */
public final class DraftMap {

    private DraftMap() {
    }

    public static String write(String docId, String sourceName, List<String> paragraphs, Map<Integer, List<Suggestion>> suggestions) {
        StringBuilder y = new StringBuilder();
        y.append("# Draft map for ").append(sourceName).append(", written by 'argkg link --draft'.\n");
        y.append("# To use it: put the text in seeds/").append(docId).append("/source.md (front matter + the text as it is),\n");
        y.append("# save this file as seeds/").append(docId).append("/map.yaml, then review every node: set its role, write\n");
        y.append("# the empty statement and label in the other language, and uncomment the suggested relations that hold\n");
        y.append("# (with basis: explicit or interpretive). 'argkg validate' lists what is still missing.\n");
        y.append("document:\n  id: ").append(docId).append("\n  genre: report\nnodes:\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            String para = paragraphs.get(i);
            String sentence = firstSentence(para);
            boolean zh = TermVectors.isChinese(para);
            y.append("  - id: p").append(i + 1).append('\n');
            y.append("    role: premise  # review: thesis, cause, counterforce, consequence, conclusion or premise\n");
            y.append("    label:\n");
            y.append("      zh: ").append(YamlScalars.doubleQuoted(zh ? LinkSuggester.abbreviate(sentence) : "")).append('\n');
            y.append("      en: ").append(YamlScalars.doubleQuoted(zh ? "" : LinkSuggester.abbreviate(sentence))).append('\n');
            y.append("    statement:\n");
            y.append("      zh: ").append(YamlScalars.doubleQuoted(zh ? sentence : "")).append('\n');
            y.append("      en: ").append(YamlScalars.doubleQuoted(zh ? "" : sentence)).append('\n');
            List<Suggestion> sug = suggestions.getOrDefault(i + 1, List.of());
            if (!sug.isEmpty() && sug.get(0).to().factors().size() == 1) {
                y.append("    # factor: ").append(sug.get(0).to().factors().iterator().next())
                        .append("  # from the best suggestion, if the role is cause or counterforce\n");
            }
            y.append("    quotes:\n      - ").append(YamlScalars.doubleQuoted(sentence)).append('\n');
            if (!sug.isEmpty()) {
                y.append("    # suggested relations, best first (score: reason); uncomment those that hold:\n");
                y.append("    # relations:\n");
                for (Suggestion s : sug) {
                    y.append("    #   - ").append(s.to().role().equals("thesis") || s.to().role().equals("conclusion")
                            ? "supports" : "evidence-for").append(": ").append(s.to().ref())
                            .append(String.format(Locale.ROOT, "   # %.2f: %s", s.score(), s.reason().replace('\n', ' ')))
                            .append('\n');
                    y.append("    #     basis: interpretive\n");
                }
            }
        }
        return y.toString();
    }

    /** The first sentence of a paragraph (to 。！？ or . ! ? followed by a space), or all of it. */
    static String firstSentence(String para) {
        String p = para.replace('\n', ' ').strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?[。！？]|.+?[.!?](?=\\s))").matcher(p);
        String s = m.find() ? m.group(1) : p;
        // the quote must stay an exact span of the paragraph as written
        return para.contains(s) ? s : para.lines().findFirst().orElse(para).strip();
    }
}
