package org.argkg.drafting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The discourse cues the drafter reads, in Chinese and English, in one place: what opens a list of
 * reasons, of effects, of limits, a conclusion or a reported view; what enumerates; what hedges; and
 * the words of each factor of the shared scheme.
 */
final class Cues {

    /** Opens the reasons for the thesis: what follows are causes. */
    static final Pattern CAUSES = Pattern.compile("究其原因|原因在于|主要在于以下|原因(主要)?有|之所以|归因于"
            + "|(?i)\\b(the (main )?reasons?|this is because|is driven by|stems from|for (several|three|two|four) reasons)\\b");
    /** Opens the effects: what follows are consequences. */
    static final Pattern CONSEQUENCES = Pattern.compile("带来.{0,8}影响|产生.{0,8}影响|以上因素|其结果|后果|导致了"
            + "|(?i)\\b(as a result|consequences?|the effects?|the impact|this (leads|led) to|results? in)\\b");
    /** Opens what limits the thesis: what follows are counterforces. */
    static final Pattern COUNTERFORCES = Pattern.compile("^(不过|然而|但是|但|尽管如此)|也在限制|限制.{0,20}(效应|趋势)|制约因素|反作用"
            + "|(?i)^(however|yet|but|nevertheless|still|on the other hand)\\b|\\b(limits?|constrains?|counter(acts|s)?|works? against)\\b");
    /** A conclusion. */
    static final Pattern CONCLUSION = Pattern.compile("^(总之|综上|总的来看|总而言之|由此可见|可见|因此|所以|归根结底)"
            + "|(?i)^(in conclusion|in sum|overall|to conclude|in short|all in all|therefore|thus|hence)\\b");
    /** A view the author reports or argues: a thesis near the start. */
    static final Pattern THESIS = Pattern.compile("观点认为|有人认为|普遍认为|认为|主张|本文|笔者"
            + "|(?i)\\b(argues?|contends?|this (article|essay|paper|op-ed)|we (hold|argue)|the view that|a (recent )?view holds|holds that|it is often said)\\b");
    /** Enumeration: each item is a claim of the section it is in. */
    static final Pattern ENUMERATION = Pattern.compile("^(一是|二是|三是|四是|五是|六是|其一|其二|其三|其四|其五|首先|其次|再次|最后|第[一二三四五六]|一方面|另一方面)"
            + "|(?i)^(first(ly)?|second(ly)?|third(ly)?|fourth|fifth|finally|lastly|on the one hand|on the other hand|another)\\b");
    /** A hedge or modal: a sign of a claim rather than a narration. */
    static final Pattern HEDGE = Pattern.compile("可能|或将|将会|倾向于|往往|难以|容易|意味着"
            + "|(?i)\\b(may|might|could|tends? to|likely|unlikely|means|will)\\b");

    /** Words of the factors of the shared scheme (their ids as in {@code ontology/factors.ttl}). */
    static final Map<String, List<String>> FACTOR_WORDS = factorWords();

    private static Map<String, List<String>> factorWords() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("cost", List.of("成本", "昂贵", "资金", "投入", "算力", "cost", "expensive", "capital", "investment", "price", "afford", "compute"));
        m.put("scale-effects", List.of("规模", "网络效应", "数据", "壁垒", "积累", "scale", "network effect", "data", "barrier", "economies"));
        m.put("policy-environment", List.of("政策环境", "治理", "监管", "规则", "先行先试", "governance", "regulat", "policy environment", "rules"));
        m.put("security-controls", List.of("安全", "出口管制", "管制", "战略", "军事", "security", "export control", "controls", "military", "strategic"));
        m.put("open-ecosystem", List.of("开源", "开放", "扩散", "传播", "open source", "open-source", "open weights", "open-weight", "openness",
                "diffus", "spread", "across borders"));
        m.put("policy-uncertainty", List.of("不确定", "摇摆", "换届", "轮替", "变动", "uncertain", "reversal", "swing", "election", "rescind", "revok"));
        m.put("social-ceiling", List.of("社会", "就业", "生计", "天花板", "矛盾", "认知", "society", "social", "jobs", "employment", "livelihood", "ceiling"));
        return m;
    }

    private Cues() {
    }

    /** The role a section cue opens, if the sentence has one. */
    static Optional<String> section(String sentence) {
        if (COUNTERFORCES.matcher(sentence).find()) {
            return Optional.of("counterforce");
        }
        if (CAUSES.matcher(sentence).find()) {
            return Optional.of("cause");
        }
        if (CONSEQUENCES.matcher(sentence).find()) {
            return Optional.of("consequence");
        }
        return Optional.empty();
    }

    /** The factor whose words the text uses most, among those given, if any. */
    static Optional<String> factor(String text, java.util.Set<String> allowed) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, List<String>> e : FACTOR_WORDS.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                continue;
            }
            int count = 0;
            for (String w : e.getValue()) {
                for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }
}
