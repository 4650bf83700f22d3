package org.argkg.link;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.argkg.search.ChineseAnalyzer;

/**
 * The words two texts share, as a reader would name them for the "why" of a suggestion: whole
 * words as the text writes them (English words matched on their stem, Chinese words as the
 * segmenter cuts them, never a two-character fragment across a word boundary), without filler
 * words, the rarest first.
 */
final class SharedWords {

    /** English words that say nothing of what a text is about. */
    static final Set<String> EN_FILLER = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in",
            "into", "is", "it", "its", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with", "can", "could", "so", "may", "might", "must", "should",
            "would", "also", "more", "most", "less", "than", "has", "have", "had", "been", "being", "which", "who", "whom",
            "what", "when", "where", "why", "how", "all", "any", "some", "one", "ones", "new", "said", "says", "say",
            "very", "much", "many", "over", "from", "about", "only", "own", "other", "others", "both", "each", "our",
            "we", "you", "he", "she", "his", "her", "them", "those", "do", "does", "did", "were", "i", "us", "even",
            "just", "still", "yet", "because", "while", "through", "same", "make", "makes", "made", "get", "gets",
            "way", "ways", "well", "like", "here", "now", "too", "out", "up", "down", "off", "per", "via",
            "between", "among", "against", "without", "within", "under", "after", "before", "since", "until");

    /** Chinese words that say nothing of what a text is about. */
    static final Set<String> ZH_FILLER = Set.of("可能", "可以", "能够", "我们", "他们", "以及", "因此", "所以", "这个", "这些",
            "那些", "一个", "一些", "没有", "已经", "进行", "通过", "由于", "因为", "但是", "然而", "而且", "并且", "如果", "虽然",
            "之后", "之前", "其中", "方面", "问题", "认为", "表示", "指出", "提出", "同时", "仍然", "不是", "就是", "还是", "或者",
            "需要", "应该", "成为", "作为", "对于", "关于", "为了", "这种", "这样", "那么", "更加", "非常", "之间", "当前", "目前");

    private static final Pattern EN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]");

    private final Map<String, String> stems = new HashMap<>();

    /**
     * The words of {@code text} (keys: "en:stem" or "zh:word", as the idf knows them; values: the
     * word as written, first occurrence).
     */
    Map<String, String> words(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = EN_WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lower.length() < 3 || EN_FILLER.contains(lower)) {
                continue;
            }
            out.putIfAbsent("en:" + stem(lower), w);
        }
        List<Integer> cuts = new ArrayList<>(new TreeSet<>(ChineseAnalyzer.wordBoundaries(text)));
        for (int i = 0; i + 1 < cuts.size(); i++) {
            String w = text.substring(cuts.get(i), cuts.get(i + 1));
            if (w.length() >= 2 && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !ZH_FILLER.contains(w) && w.indexOf('的') < 0) {
                out.putIfAbsent("zh:" + w, w);
            }
        }
        return out;
    }

    /**
     * The words of {@code a} also in {@code b}, as {@code a} writes them, rarest first (by
     * {@code idf}), at most {@code max}.
     */
    static List<String> shared(Map<String, String> a, Map<String, String> b, Map<String, Double> idf, int max) {
        double top = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        return a.keySet().stream().filter(b::containsKey)
                .sorted(Comparator.comparingDouble((String k) -> -idf.getOrDefault(k, top)).thenComparing(k -> k))
                .limit(max).map(a::get).toList();
    }

    private String stem(String lower) {
        return stems.computeIfAbsent(lower, w -> {
            try (StandardTokenizer t = new StandardTokenizer(); TokenStream ts = new PorterStemFilter(new LowerCaseFilter(t))) {
                t.setReader(new StringReader(w));
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                String s = ts.incrementToken() ? term.toString() : w;
                ts.end();
                return s;
            } catch (IOException e) {
                throw new IllegalStateException("analysing in memory cannot fail", e);
            }
        });
    }
}
