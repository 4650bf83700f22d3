package org.argkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.xml.sax.InputSource;

/**
 * The DOT of a document: shapes and colours by role, edge styles by kind and basis, the clusters of
 * other documents, the legend, escaping of hostile texts and determinism. Needs no Graphviz.
 */
@ResourceLock(Locks.HOSTILE_DB)
class DotWriterTest {

    static final Path FIXTURE = DiagramFixtures.SEEDS;
    static final String DOC = "hostile-doc";

    @TempDir
    static Path tmp;

    static GraphStore store;
    static String dot;

    /** A node statement of the DOT: {@code "name" [attr=value, …, label=<…>];}. */
    record DotNode(String name, Map<String, String> attrs, String label) {
    }

    /** An edge statement: {@code "from" -> "to" [attr=value, …];}. */
    record DotEdge(String from, String to, Map<String, String> attrs) {
    }

    @BeforeAll
    static void build() {
        store = GraphStore.openExisting(DiagramFixtures.hostileDb());
        dot = Diagrams.dot(store, DOC, LINKED);
    }

    static final DiagramOptions LINKED = DiagramOptions.defaults().withScope(DiagramScope.LINKED);

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachRoleHasItsOwnShapeAndColours() {
        // role -> shape, style, fill, border, peripheries: written out here, not taken from the code under test
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("thesis", List.of("box", "filled,rounded,bold", "#FFE9A8", "#B7791F", "2"));
        expected.put("cause", List.of("box", "filled", "#DCEBFA", "#2B6CB0", "1"));
        expected.put("counterforce", List.of("box", "filled,diagonals", "#FDE2D2", "#C05621", "1"));
        expected.put("consequence", List.of("folder", "filled", "#EADCF5", "#6B46C1", "1"));
        expected.put("conclusion", List.of("box", "filled,bold", "#D5F0DA", "#2F855A", "2"));
        expected.put("premise", List.of("note", "filled", "#EDEDED", "#666666", "1"));
        Map<String, String> roleOfNode = Map.of("thesis", "thesis", "cause", "cause", "open", "counterforce",
                "swing", "counterforce", "consequence", "consequence", "conclusion", "conclusion", "context", "premise");

        List<DotNode> claims = nodes(dot).stream().filter(n -> n.name().startsWith(DOC + "/")).toList();
        assertThat(claims).extracting(DotNode::name).containsExactlyInAnyOrderElementsOf(
                roleOfNode.keySet().stream().map(k -> DOC + "/" + k).toList());
        for (DotNode n : claims) {
            String role = roleOfNode.get(n.name().substring(DOC.length() + 1));
            List<String> e = expected.get(role);
            assertThat(n.attrs().get("class")).as(n.name()).isEqualTo("claim role-" + role);
            assertThat(List.of(n.attrs().get("shape"), n.attrs().get("style"), n.attrs().get("fillcolor"),
                    n.attrs().get("color"), n.attrs().getOrDefault("peripheries", "1"))).as(n.name()).isEqualTo(e);
            assertThat(n.attrs().get("id")).isEqualTo("claim:" + n.name());
        }
        // the six looks are told apart by shape and style, and by fill colour alone
        Set<String> looks = new HashSet<>();
        Set<String> fills = new HashSet<>();
        expected.values().forEach(v -> {
            looks.add(v.get(0) + "|" + v.get(1) + "|" + v.get(4));
            fills.add(v.get(2));
        });
        assertThat(looks).hasSize(6);
        assertThat(fills).hasSize(6);
    }

    @Test
    void supportAndAttackEdgesDifferAndInterpretiveOnesAreDashed() {
        Map<String, DotEdge> byEnds = new LinkedHashMap<>();
        for (DotEdge e : edges(dot)) {
            if (!e.from().startsWith("legend/") && !"invis".equals(e.attrs().get("style"))) {
                byEnds.put(e.from() + " -> " + e.to(), e);
            }
        }
        assertThat(byEnds).hasSize(11);
        assertEdge(byEnds.get("hostile-doc/cause -> hostile-doc/thesis"), "supports explicit", "#2F855A", "solid", "normal");
        assertEdge(byEnds.get("hostile-doc/context -> hostile-doc/thesis"), "supports interpretive", "#2F855A", "dashed", "normal");
        assertEdge(byEnds.get("hostile-doc/swing -> hostile-doc/thesis"), "attacks explicit", "#C53030", "solid", "tee");
        assertEdge(byEnds.get("hostile-doc/open -> hostile-doc/thesis"), "attacks interpretive", "#C53030", "dashed", "tee");
        assertEdge(byEnds.get("other-doc/release -> hostile-doc/open"), "evidence-for explicit", "#2B6CB0", "solid", "empty");
        DotEdge restates = byEnds.get("other-doc/same -> hostile-doc/cause");
        assertEdge(restates, "restates interpretive", "#805AD5", "dashed", "odiamond");
        assertThat(restates.attrs()).containsEntry("dir", "both").containsEntry("arrowtail", "odiamond");
        // an attack from another document, and a support of this one's own
        assertEdge(byEnds.get("other-doc/release -> hostile-doc/thesis"), "attacks interpretive", "#C53030", "dashed", "tee");
        assertEdge(byEnds.get("hostile-doc/thesis -> hostile-doc/consequence"), "supports explicit", "#2F855A", "solid", "normal");
    }

    private static void assertEdge(DotEdge e, String kindAndBasis, String color, String style, String arrowhead) {
        assertThat(e).isNotNull();
        assertThat(e.attrs()).containsEntry("class", "relation " + kindAndBasis).containsEntry("color", color)
                .containsEntry("style", style).containsEntry("arrowhead", arrowhead);
        assertThat(e.attrs().get("id")).startsWith("rel:");
    }

    @Test
    void claimsOfOtherDocumentsAreDrawnInAClusterWithTheirTitleAndDate() {
        String cluster = block(dot, "subgraph \"cluster_doc_other-doc\" {");
        assertThat(cluster).contains("id=\"doc:other-doc\"", "class=\"other-document\"", "style=\"rounded,dashed\"");
        assertThat(cluster).contains("<B>另一份文件</B>", "Another &lt;i&gt;document&lt;/i&gt; &amp; co", "2025-01-20 · other-doc");
        assertThat(nodes(cluster)).extracting(DotNode::name).containsExactly("other-doc/same", "other-doc/release");
        // the drawn document's own claims are not in it, and there is no cluster for documents that are not linked
        assertThat(cluster).doesNotContain("\"hostile-doc/");
        assertThat(dot).containsOnlyOnce("subgraph \"cluster_doc_");
        // other documents' claims show their labels but not their statements
        assertThat(cluster).doesNotContain("一个强大的模型以开放权重发布");
    }

    @Test
    void theLegendIsOneCompactTableOfTheRolesAndKindsDrawn() {
        String legend = block(dot, "subgraph \"cluster_legend\" {");
        assertThat(legend).contains("id=\"legend\"", "图例 Legend");
        assertThat(nodes(legend)).hasSize(1);
        assertThat(legend).contains("ID=\"legend-thesis\"", "ID=\"legend-cause\"", "ID=\"legend-counterforce\"",
                "ID=\"legend-consequence\"", "ID=\"legend-conclusion\"", "ID=\"legend-premise\"");
        assertThat(legend).contains("支持 supports", "反驳 attacks", "证据 evidence for", "重述 restates", "dashed: interpretive");
        // only what is drawn: the document's own map has no restatement and no evidence
        String own = block(Diagrams.dot(store, DOC, DiagramOptions.defaults()), "subgraph \"cluster_legend\" {");
        assertThat(own).contains("支持 supports", "反驳 attacks").doesNotContain("重述 restates", "证据 evidence for");
    }

    @Test
    void theDefaultScopeDrawsOnlyTheDocumentsOwnArgument() {
        String own = Diagrams.dot(store, DOC, DiagramOptions.defaults());
        assertThat(own).doesNotContain("subgraph \"cluster_doc_", "\"other-doc/");
        assertThat(own).contains("class=\"scope-own\"");
        // the roles in columns: causes and counterforces, then the thesis, the consequences, the conclusion
        assertThat(own).contains("{ rank=same; \"hostile-doc/thesis\"; }", "{ rank=same; \"hostile-doc/conclusion\"; }");
        String all = Diagrams.dot(store, DOC, DiagramOptions.defaults().withScope(DiagramScope.ALL));
        assertThat(all).contains("subgraph \"cluster_doc_other-doc\"", "class=\"scope-all\"");
        assertThat(dot).contains("class=\"scope-linked\"");
    }

    @Test
    void textsFromTheDataAreEscapedInEveryLabel() throws Exception {
        // every HTML-like label is well-formed XML on its own: nothing from the data opened or closed a tag
        List<String> labels = htmlLabels(dot);
        assertThat(labels).hasSizeGreaterThan(10);
        for (String label : labels) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.newDocumentBuilder().parse(new InputSource(new StringReader("<l>" + label + "</l>")));
        }
        assertThat(dot).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;强",
                "The &quot;strong&quot; stay &lt;strong&gt; &amp;",
                "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;小文 &amp; &quot;引号&quot;",
                "&lt;/text&gt;&lt;script&gt;alert(2)");
        assertThat(dot.toLowerCase()).doesNotContain("<script", "</script", "</text");
        // the statement's line break and backslash stay inside the label: each node statement is one line of DOT
        String thesis = dot.lines().filter(l -> l.contains("\"hostile-doc/thesis\" [")).findFirst().orElseThrow();
        assertThat(thesis).contains("第二行 \\ 反斜杠 ] } {", "ends here\\").endsWith(">];");
        for (String line : dot.lines().toList()) {
            if (line.strip().startsWith("\"") && !line.contains(" -> ")) {
                assertThat(line).as("one node per line").endsWith("];");
            }
        }
        // names and ids are quoted strings without quotes or backslashes inside
        for (DotNode n : nodes(dot)) {
            assertThat(n.name()).matches("[A-Za-z0-9_./:#%-]+");
        }
    }

    @Test
    void unsafeCharactersInIdsArePercentEncoded() {
        assertThat(DotWriter.safe("a\"b\\c<d> e/é")).isEqualTo("a%22b%5Cc%3Cd%3E%20e/%C3%A9");
        assertThat(DotWriter.html("a<b>&\"c'\n\u0007d")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39; d");
    }

    @Test
    void theSameStoreGivesTheSameDotAndAnotherBuildToo() {
        assertThat(Diagrams.dot(store, DOC, LINKED)).isEqualTo(dot);
        new StoreBuilder().build(new Corpus(FIXTURE), tmp.resolve("db2"));
        try (GraphStore other = GraphStore.openExisting(tmp.resolve("db2"))) {
            assertThat(Diagrams.dot(other, DOC, LINKED)).isEqualTo(dot);
        }
    }

    @Test
    void languageOptionChoosesTheTexts() {
        String en = Diagrams.dot(store, DOC, DiagramOptions.defaults().withLang(DiagramLang.EN));
        String zh = Diagrams.dot(store, DOC, DiagramOptions.defaults().withLang(DiagramLang.ZH));
        DotNode cause = node(en, DOC + "/cause");
        assertThat(cause.label()).contains("High cost &amp; &lt;high&gt; stakes", "AI is costly", "Cause · cost")
                .doesNotContain("成本高", "原因");
        DotNode causeZh = node(zh, DOC + "/cause");
        assertThat(causeZh.label()).contains("成本高", "AI成本高，后发国家难以追赶。", "原因 · cost").doesNotContain("High cost");
        String labelsOnly = Diagrams.dot(store, DOC, DiagramOptions.defaults().withStatements(false));
        assertThat(node(labelsOnly, DOC + "/cause").label()).contains("成本高", "High cost").doesNotContain("AI is costly");
        assertThat(en).contains("Legend").doesNotContain("图例");
    }

    @Test
    void longChineseStatementsAreWrappedByCharacterCount() {
        ArgumentDiagram.Claim c = new ArgumentDiagram.Claim("https://w3id.org/argkg/id/d/n", "d", "n",
                org.argkg.argmap.Role.CAUSE, Map.of("zh", "标签"), Map.of("zh", "人".repeat(60) + "。"), null);
        ArgumentDiagram d = new ArgumentDiagram(new ArgumentDiagram.DocumentInfo("d", Map.of("zh", "题"), "2024-01-01"),
                List.of(c), List.of(), List.of());
        String out = new DotWriter(DiagramOptions.defaults().withLang(DiagramLang.ZH)).write(d);
        List<String> lines = new ArrayList<>();
        Matcher m = Pattern.compile("<FONT POINT-SIZE=\"10\">([^<]*)</FONT>").matcher(node(out, "d/n").label());
        while (m.find()) {
            lines.add(m.group(1));
        }
        // 44 columns: 22 Chinese characters a line; the full stop hangs on the last line rather than starting one
        assertThat(lines).containsExactly("人".repeat(22), "人".repeat(22), "人".repeat(16) + "。");
    }

    // ------------------------------------------------------------------ a small reader of the DOT we write

    static DotNode node(String dot, String name) {
        return nodes(dot).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no node " + name));
    }

    static List<DotNode> nodes(String dot) {
        List<DotNode> list = new ArrayList<>();
        for (String line : dot.lines().toList()) {
            Matcher m = Pattern.compile("^\\s*\"([^\"]+)\" \\[(.*)\\];$").matcher(line);
            if (m.matches()) {
                String attrs = m.group(2);
                String label = "";
                int at = attrs.indexOf("label=<");
                if (at >= 0) {
                    label = attrs.substring(at + 7, attrs.length() - 1);
                    attrs = attrs.substring(0, at);
                }
                list.add(new DotNode(m.group(1), attrs(attrs), label));
            }
        }
        return list;
    }

    static List<DotEdge> edges(String dot) {
        List<DotEdge> list = new ArrayList<>();
        for (String line : dot.lines().toList()) {
            Matcher m = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[(.*)\\];$").matcher(line);
            if (m.matches()) {
                list.add(new DotEdge(m.group(1), m.group(2), attrs(m.group(3))));
            }
        }
        return list;
    }

    private static Map<String, String> attrs(String s) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([a-z]+)=(\"([^\"]*)\"|([^,\\s\\]]+))").matcher(s);
        while (m.find()) {
            map.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return map;
    }

    /** The text of a block from its opening line to the matching closing brace. */
    static String block(String dot, String opening) {
        int start = dot.indexOf(opening);
        assertThat(start).as("DOT has " + opening).isNotNegative();
        int depth = 0;
        for (int i = start; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return dot.substring(start, i + 1);
                }
            } else if (c == '<') {
                // skip HTML-like labels, whose text may hold braces
                int d = 0;
                for (; i < dot.length(); i++) {
                    d += dot.charAt(i) == '<' ? 1 : dot.charAt(i) == '>' ? -1 : 0;
                    if (d == 0) {
                        break;
                    }
                }
            }
        }
        throw new AssertionError("unbalanced block " + opening);
    }

    /** The content of every {@code label=<…>}, matched by nesting of angle brackets. */
    static List<String> htmlLabels(String dot) {
        List<String> labels = new ArrayList<>();
        int at = 0;
        while ((at = dot.indexOf("label=<", at)) >= 0) {
            int i = at + 6;
            int depth = 0;
            for (; i < dot.length(); i++) {
                depth += dot.charAt(i) == '<' ? 1 : dot.charAt(i) == '>' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            labels.add(dot.substring(at + 7, i));
            at = i;
        }
        return labels;
    }
}
