package org.argkg.link;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.argkg.search.ChineseAnalyzer;

/**
 * Bags of terms for text similarity, analysed as the full-text index analyses them: English
 * stemmed without stop words, Chinese as SmartChinese words plus their bigrams. Terms carry their
 * language ({@code en:control}, {@code zh:出口}) so the two never mix.
 */
final class TermVectors {

    /** Chinese function words that carry no topic (the English analyzer has its own stop words). */
    private static final java.util.Set<String> ZH_STOP = java.util.Set.of("的", "了", "和", "与", "及", "对", "在", "是",
            "为", "将", "被", "把", "以", "其", "等", "也", "都", "而", "或", "并", "于", "之", "这", "那", "个", "中", "上");

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer chinese = new ChineseAnalyzer();

    /** Adds the terms of {@code text} to {@code bag}, each with {@code weight}. */
    public void add(Map<String, Double> bag, String text, double weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean zh = isChinese(text);
        Analyzer a = zh ? chinese : english;
        String prefix = zh ? "zh:" : "en:";
        try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (zh && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)
                        && !t.matches("[a-z0-9]{2,}")) {
                    continue; // punctuation and stray single letters
                }
                if (zh && (ZH_STOP.contains(t) || t.length() == 2 && (t.indexOf('的') >= 0 || t.indexOf('了') >= 0))) {
                    continue; // function words, and bigrams across them (的推 of 的推理)
                }
                bag.merge(prefix + t, weight, Double::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing in memory cannot fail", e);
        }
    }

    /** True when most letters of {@code text} are Han characters. */
    public static boolean isChinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han * 2 >= letters;
    }

    /** Inverse document frequencies over a collection of bags (smoothed, always positive). */
    public static Map<String, Double> idf(Collection<Map<String, Double>> bags) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> b : bags) {
            b.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Double> idf = new TreeMap<>();
        int n = bags.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (n + 1.0) / (d + 0.5))));
        return idf;
    }

    /** Cosine similarity of two bags weighted by tf-idf (terms unknown to {@code idf} get the highest weight). */
    public static double cosine(Map<String, Double> a, Map<String, Double> b, Map<String, Double> idf) {
        double maxIdf = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double w = e.getValue() * idf.getOrDefault(e.getKey(), maxIdf);
            na += w * w;
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += w * other * idf.getOrDefault(e.getKey(), maxIdf);
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            double w = e.getValue() * idf.getOrDefault(e.getKey(), maxIdf);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The shared terms that weigh most in the similarity, for the reason shown to the user. */
    public static java.util.List<String> sharedTerms(Map<String, Double> a, Map<String, Double> b, Map<String, Double> idf, int max) {
        return a.keySet().stream().filter(b::containsKey)
                .sorted(java.util.Comparator.comparingDouble((String t) -> -a.get(t) * b.get(t) * idf.getOrDefault(t, 1.0))
                        .thenComparing(t -> t))
                .limit(max).map(t -> t.substring(3)).toList();
    }
}
