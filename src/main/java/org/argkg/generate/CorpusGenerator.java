package org.argkg.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.yaml.YamlScalars;

/**
 * A synthetic corpus in the real seeds format, for scale tests and benchmarks: source texts in
 * Chinese and English, maps whose quotes are real spans of those texts, relations inside and across
 * documents, and a shared actor registry. The same {@code documents} and {@code seed} always give
 * the same files, byte for byte. Each document is written and forgotten, so memory does not grow
 * with {@code documents}.
 */
public final class CorpusGenerator {

    /** Factors of the shared scheme: causes, then counterforces. */
    static final String[] CAUSE_FACTORS = {"cost", "scale-effects", "policy-environment", "security-controls"};
    static final String[] COUNTER_FACTORS = {"open-ecosystem", "policy-uncertainty", "social-ceiling"};

    static final String[][] ZH_TOPICS = {
        {"算力成本", "高性能计算能力昂贵，只有资源充足的国家才能承担"},
        {"规模效应", "先发企业利用数据积累形成规模经济，提高进入壁垒"},
        {"政策环境", "有效的治理环境是人工智能大规模应用的前提"},
        {"出口管制", "先发国家对先进芯片和研发资源实施严格出口管制"},
        {"开源生态", "开源模型和开放平台使技术跨国扩散"},
        {"政策摇摆", "政府换届可能导致人工智能政策方向改变"},
        {"社会天花板", "技术发展与社会需要之间的矛盾难以调和"}};
    static final String[][] EN_TOPICS = {
        {"compute costs", "high-performance computing is so expensive that only well-resourced countries can afford it"},
        {"scale effects", "first movers turn accumulated data into economies of scale that raise barriers to entry"},
        {"policy environment", "an effective governance environment is a precondition for using AI at scale"},
        {"export controls", "first movers impose strict export controls on advanced chips and research resources"},
        {"open ecosystems", "open models and open platforms spread the technology across borders"},
        {"policy swings", "a change of government can reverse the direction of AI policy"},
        {"social ceiling", "the gap between the technology and what society needs is hard to close"}};
    static final String[][] ACTORS = {
        {"country-a", "country", "Country A", "甲国"}, {"country-b", "country", "Country B", "乙国"},
        {"country-c", "country", "Country C", "丙国"}, {"company-x", "company", "Company X", "X公司"},
        {"company-y", "company", "Company Y", "Y公司"}, {"latecomers", "group", "Latecomer countries", "后发国家"},
        {"first-movers", "group", "First-mover countries", "先发国家"}, {"regulator-r", "organisation", "Regulator R", "R监管机构"}};

    private final int documents;
    private final long seed;

    public CorpusGenerator(int documents, long seed) {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1");
        }
        this.documents = documents;
        this.seed = seed;
    }

    /** The id of document {@code i} (1-based). */
    public static String docId(int i) {
        return String.format(Locale.ROOT, "gen-%06d", i);
    }

    /**
     * Writes the corpus into {@code out} (created when missing; it must not hold seeds already).
     *
     * @param progress told the number of each document written
     */
    public void write(Path out, IntConsumer progress) {
        try {
            Files.createDirectories(out);
            if (Files.exists(out.resolve("actors.yaml"))) {
                throw new ArgkgException(out + " already holds a corpus; choose an empty folder");
            }
            writeActors(out);
            for (int i = 1; i <= documents; i++) {
                writeDocument(out, i);
                progress.accept(i);
            }
        } catch (IOException e) {
            throw new ArgkgException("cannot write the corpus to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeActors(Path out) throws IOException {
        StringBuilder y = new StringBuilder("# Synthetic actors of a generated corpus (no Wikidata entities).\nactors:\n");
        for (String[] a : ACTORS) {
            y.append("  - id: ").append(a[0]).append("\n    kind: ").append(a[1])
                    .append("\n    label: {en: ").append(a[2]).append(", zh: ").append(a[3]).append("}\n");
        }
        Files.writeString(out.resolve("actors.yaml"), y, StandardCharsets.UTF_8);
    }

    private void writeDocument(Path out, int i) throws IOException {
        // one generator per document, derived from the seed: documents do not depend on each other's draws
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        boolean zh = (i % 2) == 1;
        String id = docId(i);
        LocalDate date = LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(4 * 365));
        int causes = 1 + rnd.nextInt(2);
        int counters = 1 + rnd.nextInt(2);

        // the nodes and the sentence of the body each one quotes
        List<String[]> nodes = new ArrayList<>(); // id, role, factor index (-1 none), topic index
        nodes.add(new String[] {"thesis", "thesis", "-1", Integer.toString(rnd.nextInt(4))});
        for (int c = 1; c <= causes; c++) {
            int f = rnd.nextInt(CAUSE_FACTORS.length);
            nodes.add(new String[] {"cause-" + c, "cause", Integer.toString(f), Integer.toString(f)});
        }
        for (int c = 1; c <= counters; c++) {
            int f = rnd.nextInt(COUNTER_FACTORS.length);
            nodes.add(new String[] {"counterforce-" + c, "counterforce", Integer.toString(f), Integer.toString(4 + f)});
        }
        nodes.add(new String[] {"conclusion", "conclusion", "-1", Integer.toString(4 + rnd.nextInt(3))});

        StringBuilder body = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            int topic = Integer.parseInt(nodes.get(n)[3]);
            String s = zh
                    ? "第" + (n + 1) + "点，关于" + ZH_TOPICS[topic][0] + "：" + ZH_TOPICS[topic][1] + "（文献" + i + "）。"
                    : "Point " + (n + 1) + " of document " + i + ", on " + EN_TOPICS[topic][0] + ": " + EN_TOPICS[topic][1] + ".";
            sentences.add(s);
            body.append(s).append(n % 2 == 1 ? "\n\n" : " ");
        }
        body.append('\n');

        Path dir = Files.createDirectories(out.resolve(id));
        String front = "---\n"
                + "title: " + YamlScalars.doubleQuoted(zh ? "生成文献 " + i : "Generated document " + i) + "\n"
                + "title_" + (zh ? "en" : "zh") + ": " + YamlScalars.doubleQuoted(zh ? "Generated document " + i : "生成文献 " + i) + "\n"
                + "date: " + date + "\n"
                + "url: https://example.org/argkg-generated/" + id + "\n"
                + "language: " + (zh ? "zh" : "en") + "\n"
                + "---\n";
        Files.writeString(dir.resolve("source.md"), front + body, StandardCharsets.UTF_8);

        StringBuilder m = new StringBuilder();
        m.append("document:\n  id: ").append(id).append("\n  genre: report\n  creator: ")
                .append(ACTORS[rnd.nextInt(ACTORS.length)][0]).append("\nnodes:\n");
        for (int n = 0; n < nodes.size(); n++) {
            String[] node = nodes.get(n);
            int topic = Integer.parseInt(node[3]);
            m.append("  - id: ").append(node[0]).append("\n    role: ").append(node[1]).append('\n');
            m.append("    label: {zh: ").append(YamlScalars.doubleQuoted(ZH_TOPICS[topic][0])).append(", en: ")
                    .append(YamlScalars.doubleQuoted(EN_TOPICS[topic][0])).append("}\n");
            m.append("    statement:\n      zh: ").append(YamlScalars.doubleQuoted(ZH_TOPICS[topic][1] + "。")).append('\n')
                    .append("      en: ").append(YamlScalars.doubleQuoted(capital(EN_TOPICS[topic][1]) + ".")).append('\n');
            int f = Integer.parseInt(node[2]);
            if (f >= 0) {
                m.append("    factor: ").append(node[1].equals("cause") ? CAUSE_FACTORS[f] : COUNTER_FACTORS[f]).append('\n');
            }
            m.append("    actors: [").append(ACTORS[rnd.nextInt(ACTORS.length)][0]).append("]\n");
            m.append("    quotes:\n      - ").append(YamlScalars.doubleQuoted(sentences.get(n))).append('\n');
            List<String> rel = new ArrayList<>();
            switch (node[1]) {
                case "cause" -> rel.add("supports: thesis");
                case "counterforce" -> {
                    rel.add("attacks: thesis");
                    rel.add("supports: conclusion");
                }
                case "conclusion" -> rel.add("attacks: thesis");
                default -> { }
            }
            // links into earlier documents: every node of them has the same ids, so the target exists
            if (i > 1 && (node[1].equals("cause") || node[1].equals("counterforce")) && rnd.nextInt(2) == 0) {
                int other = 1 + rnd.nextInt(i - 1);
                String kind = switch (rnd.nextInt(4)) {
                    case 0 -> "supports";
                    case 1 -> "attacks";
                    case 2 -> "restates";
                    default -> "evidence-for";
                };
                rel.add(kind + ": " + docId(other) + "#thesis");
            }
            if (!rel.isEmpty()) {
                m.append("    relations:\n");
                for (String r : rel) {
                    boolean explicit = !r.contains("#");
                    m.append("      - ").append(r).append("\n        basis: ").append(explicit ? "explicit" : "interpretive").append('\n');
                    if (!explicit) {
                        m.append("        note: Generated link across documents.\n");
                    }
                }
            }
        }
        Files.writeString(dir.resolve("map.yaml"), m, StandardCharsets.UTF_8);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
