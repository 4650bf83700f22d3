package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.argkg.support.Cli;
import org.argkg.support.Slow;

/**
 * Fuzzed maps, source texts, actor registries and AIF nodesets. Every map property mutates a file
 * of a valid corpus ({@link FuzzBase}) and runs {@code argkg validate} on it ({@link Fuzzing#check}),
 * which must end in exit 0 or 1 with well-formed diagnostics, never an internal error, within the
 * hang guard; every AIF property mutates a valid nodeset ({@link AifFuzz}) and runs {@code argkg
 * import --format aif} on it ({@link Fuzzing#checkImport}), under the same rules (exit 3 with one
 * {@code argkg: error:} line allowed).
 * Random properties run {@code jqwik.tries.default} cases (see {@code junit-platform.properties};
 * the soak raises it); the structural ones go through every key of every file.
 */
@Slow
class FuzzedInputsTest {

    @AfterContainer
    static void report() {
        Fuzzing.writeReport();
    }

    // ---------------------------------------------------------------- bytes

    @Property
    void truncated(@ForAll("targets") FuzzBase.Target target,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
        byte[] bytes = target.original();
        Fuzzing.check("truncation", target, Arrays.copyOf(bytes, (int) (bytes.length * where)));
    }

    @Property
    void bytesFlipped(@ForAll("targets") FuzzBase.Target target,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> where,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] bytes = target.original();
        for (int i : where) {
            bytes[i % bytes.length] ^= (byte) mask;
        }
        Fuzzing.check("byte flips", target, bytes);
    }

    /** Bytes that are not UTF-8 anywhere they are put: the file is refused, at the right line. */
    @Property
    void invalidUtf8(@ForAll("targets") FuzzBase.Target target, @ForAll("malformed") byte[] bad,
            @ForAll @DoubleRange(min = 0, max = 1) double where) {
        byte[] bytes = target.original();
        int at = (int) (bytes.length * where);
        byte[] mutated = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, mutated, 0, at);
        System.arraycopy(bad, 0, mutated, at, bad.length);
        System.arraycopy(bytes, at, mutated, at + bad.length, bytes.length - at);
        Cli.Run r = Fuzzing.check("invalid UTF-8", target, mutated);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(target.file() + ":").contains("[FILE_ENCODING]");
    }

    @Provide
    Arbitrary<byte[]> malformed() {
        return Arbitraries.of(
                new byte[] {(byte) 0xFF},                                   // never in UTF-8
                new byte[] {(byte) 0xFE, (byte) 0xFF},                      // a UTF-16 byte-order mark
                new byte[] {(byte) 0x80},                                   // a continuation byte alone
                new byte[] {(byte) 0xC0, (byte) 0xAF},                      // an overlong '/'
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},         // a UTF-16 surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
                new byte[] {(byte) 0xE4, (byte) 0xB8},                      // a character cut short
                "naïve".getBytes(StandardCharsets.ISO_8859_1));             // Latin-1, not UTF-8
    }

    /** A byte-order mark and CRLF line ends are how some editors save: the file stays valid. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void byteOrderMarkAndCrlf(@ForAll("targets") FuzzBase.Target target, @ForAll("lineEnds") String variant) {
        String text = new String(target.original(), StandardCharsets.UTF_8);
        if (variant.contains("CRLF")) {
            text = text.replace("\n", "\r\n");
        }
        if (variant.contains("BOM")) {
            text = "\uFEFF" + text;
        }
        Cli.Run r = Fuzzing.check("BOM, CRLF", target, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.exit()).as("%s with %s: %s", target, variant, r.out()).isZero();
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("BOM", "CRLF", "BOM+CRLF");
    }

    // ---------------------------------------------------------------- structure, through every key

    /** Every key of every file, with a value of each kind in turn: list, mapping, number, boolean, null, empty string. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void wrongTypes(@ForAll("everyKey") KeySite site, @ForAll("wrongValues") String value) {
        Fuzzing.check("wrong types", site.target(), bytes(site.sites().replaceValue(site.site(), value)));
    }

    @Provide
    Arbitrary<String> wrongValues() {
        return Arbitraries.of("[a, b]", "{x: 1}", "42", "true", "null", "''");
    }

    /** Strings no one means, in any key: control characters, paths, markup, bidi overrides, astral characters. */
    @Property
    void strangeStrings(@ForAll("everyKey") KeySite site, @ForAll("strangeValues") String value) {
        Fuzzing.check("strange strings", site.target(), bytes(site.sites().replaceValue(site.site(), value)));
    }

    @Provide
    Arbitrary<String> strangeValues() {
        return Arbitraries.of("\"a\\0b\"", "\"line\\nbreak\\r\\n\"", "../../../etc/passwd", "/etc/passwd",
                "\"<script>alert(1)</script>\"", "\"\\u202Eevil\"", "\"😀𠀀\"", "\"\\t \"", "'0x1F'", "~");
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void keyMissing(@ForAll("everyKey") KeySite site) {
        Fuzzing.check("missing keys", site.target(), bytes(site.sites().remove(site.site())));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void keyDuplicated(@ForAll("everyKey") KeySite site) {
        Cli.Run r = Fuzzing.check("duplicated keys", site.target(), bytes(site.sites().duplicate(site.site())));
        assertThat(r.exit()).as(site.toString()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- size, depth, aliases, documents

    /** A value (any key's or list item's) replaced by a string of 10^4 to 10^6 characters. */
    @Property
    void veryLongStrings(@ForAll("everyValue") KeySite site, @ForAll("lengths") int length, @ForAll("alphabets") String alphabet) {
        StringBuilder sb = new StringBuilder(length + 2).append('"');
        int[] cps = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(cps[i % cps.length]);
        }
        Fuzzing.check("very long strings", site.target(), bytes(site.sites().replaceValue(site.site(), sb.append('"').toString())));
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.of(10_000, 100_000, 1_000_000);
    }

    @Provide
    Arbitrary<String> alphabets() {
        return Arbitraries.of("abc xyz ", "强者恒强，", "𝐀😀𠀀", "a 中😀-");
    }

    /** A value replaced by collections nested past the depth limit, up to 100,000 levels (flow) or 2,000 (block). */
    @Property
    void deepNesting(@ForAll("everyValue") KeySite site, @ForAll("depths") int depth, @ForAll("nestings") String style) {
        String nested = switch (style) {
            case "flow list" -> "[".repeat(depth) + "]".repeat(depth);
            case "flow mapping" -> "{a: ".repeat(depth) + "b" + "}".repeat(depth);
            default -> block(Math.min(depth, 2_000));
        };
        Cli.Run r = Fuzzing.check("deep nesting", site.target(), bytes(site.sites().replaceValue(site.site(), nested)));
        if (depth > 64 && style.startsWith("flow")) {
            assertThat(r.out()).as(site.toString()).contains("depth limit of 64 levels");
        }
    }

    private static String block(int depth) {
        StringBuilder sb = new StringBuilder("\n");
        for (int i = 1; i <= depth; i++) {
            sb.append(" ".repeat(i)).append("k:").append(i == depth ? " v" : "").append('\n');
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.of(10, 65, 1_000, 10_000, 100_000);
    }

    @Provide
    Arbitrary<String> nestings() {
        return Arbitraries.of("flow list", "flow mapping", "block mapping");
    }

    /** Anchors and aliases, from a harmless reuse to "billion laughs", in every YAML file. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aliasBombs(@ForAll("yamlTargets") FuzzBase.Target target, @ForAll("bombs") String bomb) {
        String text = new String(target.original(), StandardCharsets.UTF_8);
        Cli.Run r = Fuzzing.check("alias bombs", target, bytes(bomb + "\n" + text));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsAnyOf("[YAML_ALIAS]", "[YAML_SYNTAX]");
    }

    @Provide
    Arbitrary<String> bombs() {
        StringBuilder laughs = new StringBuilder("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        StringBuilder deep = new StringBuilder("b0: &b0 [x, x]\n");
        for (int i = 1; i <= 40; i++) {
            deep.append('b').append(i).append(": &b").append(i).append(" [*b").append(i - 1).append(", *b").append(i - 1).append("]\n");
        }
        String scalars = "s: &s " + "x".repeat(1000) + "\nmany: [" + String.join(", ", java.util.Collections.nCopies(100_000, "*s")) + "]";
        return Arbitraries.of(laughs.toString(), deep.toString(), scalars, "self: &self [*self, *self]",
                "base: &base {a: 1}\nmerged: {<<: *base}", "dangling: *nowhere");
    }

    /** Several YAML documents in one file, directives and end markers. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void severalDocuments(@ForAll("yamlTargets") FuzzBase.Target target, @ForAll("documentLayouts") String layout) {
        String text = new String(target.original(), StandardCharsets.UTF_8);
        String mutated = switch (layout) {
            case "twice" -> text + "\n---\n" + text;
            case "empty second" -> text + "\n---\n";
            case "garbage second" -> text + "\n---\n: : [\n";
            case "explicit start" -> "---\n" + text;
            case "end marker" -> text + "\n...\n";
            case "YAML 1.2 directive" -> "%YAML 1.2\n---\n" + text;
            case "YAML 1.1 directive" -> "%YAML 1.1\n---\n" + text;
            default -> "%FOO bar\n---\n" + text;
        };
        Cli.Run r = Fuzzing.check("several documents", target, bytes(mutated));
        if (layout.equals("twice")) {
            assertThat(r.out()).contains("[YAML_MULTIPLE_DOCUMENTS]");
        }
    }

    @Provide
    Arbitrary<String> documentLayouts() {
        return Arbitraries.of("twice", "empty second", "garbage second", "explicit start", "end marker",
                "YAML 1.2 directive", "YAML 1.1 directive", "unknown directive");
    }

    @Provide
    Arbitrary<FuzzBase.Target> yamlTargets() {
        return Arbitraries.of(FuzzBase.targets().stream().filter(t -> !t.isSource()).toList());
    }

    /** Files near and beyond the size limits, and files within them holding very many items. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void hugeFiles(@ForAll("hugeKinds") String kind) {
        FuzzBase.Target map = target("seed", "li-zheng-2024-ai-exception/map.yaml");
        FuzzBase.Target source = target("seed", "li-zheng-2024-ai-exception/source.md");
        String mapText = new String(map.original(), StandardCharsets.UTF_8);
        String sourceText = new String(source.original(), StandardCharsets.UTF_8);
        switch (kind) {
            case "map over the YAML size limit" -> Fuzzing.check("huge files", map,
                    bytes(mapText + "# " + "x".repeat(8 * 1024 * 1024) + "\n"));
            case "map over the file size limit" -> Fuzzing.check("huge files", map,
                    bytes(mapText + "# " + "x".repeat(33 * 1024 * 1024) + "\n"));
            case "source over the file size limit" -> Fuzzing.check("huge files", source,
                    bytes(sourceText + "补".repeat(11 * 1024 * 1024 + 1)));
            case "source of 30 MB" -> Fuzzing.check("huge files", source,
                    bytes(sourceText + "\n" + "补".repeat(10 * 1024 * 1024)));
            case "map of 7 MB, one list" -> Fuzzing.check("huge files", map,
                    bytes(mapText.replace("nodes:", "factors: [" + "1, ".repeat(2_000_000) + "1]\nnodes:")));
            case "map of 7 MB, long quotes" -> Fuzzing.check("huge files", map,
                    bytes(mapText.replaceFirst("quotes:\n", "quotes:\n" + ("      - " + "不".repeat(50_000) + "\n").repeat(45))));
            case "map of 50,000 quotes" -> Fuzzing.check("huge files", map,
                    bytes(mapText.replaceFirst("quotes:\n", "quotes:\n" + "      - 强\n".repeat(50_000))));
            default -> Fuzzing.check("huge files", map,
                    bytes(mapText.replace("nodes:\n", "nodes:\n" + copies(mapText, 500))));
        }
    }

    /** {@code n} copies of the map's first node, with ids of their own. */
    private static String copies(String mapText, int n) {
        int from = mapText.indexOf("  - id: ");
        int to = mapText.indexOf("\n  - id: ", from + 1) + 1;
        String node = mapText.substring(from, to);
        String id = node.substring(8, node.indexOf('\n')).strip();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(node.replaceFirst("id: " + id, "id: " + id + "-copy-" + i));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> hugeKinds() {
        return Arbitraries.of("map over the YAML size limit", "map over the file size limit", "source over the file size limit",
                "source of 30 MB", "map of 7 MB, one list", "map of 7 MB, long quotes", "map of 50,000 quotes",
                "map of 500 more nodes");
    }

    // ---------------------------------------------------------------- AIF nodesets, through argkg import

    @Property(generation = GenerationMode.RANDOMIZED)
    void aifTruncated(@ForAll("nodesets") AifFuzz.Nodeset n,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
        Fuzzing.checkImport("AIF truncation", Arrays.copyOf(n.original(), (int) (n.original().length * where)));
    }

    @Property(generation = GenerationMode.RANDOMIZED)
    void aifBytesFlipped(@ForAll("nodesets") AifFuzz.Nodeset n,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> where,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] bytes = n.original().clone();
        for (int i : where) {
            bytes[i % bytes.length] ^= (byte) mask;
        }
        Fuzzing.checkImport("AIF byte flips", bytes);
    }

    /** Every key of every kind of nodeset given a value of each other JSON type in turn. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aifWrongTypes(@ForAll("everyAifKey") AifFuzz.Site site, @ForAll("wrongJson") String value) {
        Fuzzing.checkImport("AIF wrong types", site.replaced(value));
    }

    @Provide
    Arbitrary<String> wrongJson() {
        return Arbitraries.of("[\"a\", 1]", "{\"x\": 1}", "42", "-1.5e300", "true", "null", "\"\"", "\"x\"");
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aifKeyMissing(@ForAll("everyAifKey") AifFuzz.Site site) {
        Fuzzing.checkImport("AIF missing keys", site.removed());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aifKeyDuplicated(@ForAll("everyAifKey") AifFuzz.Site site) {
        Fuzzing.checkImport("AIF duplicated keys", site.duplicated());
    }

    /** A value (a key's or an array item's) replaced by a string of 10^4 to 10^6 characters, or a number of as many digits. */
    @Property(generation = GenerationMode.RANDOMIZED)
    void aifHugeValues(@ForAll("everyAifValue") AifFuzz.Site site, @ForAll("lengths") int length,
            @ForAll("aifAlphabets") String alphabet) {
        StringBuilder sb = new StringBuilder(length + 2);
        if (alphabet.equals("digits")) {
            sb.append("9".repeat(length));
        } else {
            int[] cps = alphabet.codePoints().toArray();
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(cps[i % cps.length]);
            }
        }
        String value = alphabet.equals("digits") ? sb.toString() : AifFuzz.string(sb.toString());
        Fuzzing.checkImport("AIF huge values", site.replaced(value));
    }

    @Provide
    Arbitrary<String> aifAlphabets() {
        return Arbitraries.of("abc xyz ", "强者恒强，", "𝐀😀𠀀", "\"\\\n\u0001", "digits");
    }

    /** A value replaced by arrays or objects nested 10 to 100,000 levels deep. */
    @Property(generation = GenerationMode.RANDOMIZED)
    void aifDeepNesting(@ForAll("everyAifValue") AifFuzz.Site site, @ForAll("depths") int depth, @ForAll boolean arrays) {
        String nested = arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
        Fuzzing.checkImport("AIF deep nesting", site.replaced(nested));
    }

    /** Node, edge and locution ids replaced by huge, odd or clashing ones. */
    @Property(generation = GenerationMode.RANDOMIZED)
    void aifStrangeIds(@ForAll("aifIds") AifFuzz.Site site, @ForAll("strangeIds") String id) {
        Fuzzing.checkImport("AIF strange ids", site.replaced(id));
    }

    @Provide
    Arbitrary<AifFuzz.Site> aifIds() {
        return Arbitraries.of(AifFuzz.sites(true).stream().filter(s -> s.schema().endsWith("ID")).toList());
    }

    @Provide
    Arbitrary<String> strangeIds() {
        return Arbitraries.of("\"" + "7".repeat(100_000) + "\"", "7".repeat(100_000), "1e400", "-1", "0", "1.5", "-0",
                "99999999999999999999999", "\"\"", "\" \"", "\"../../x\"", "\"<script>\"", "\"a\\u0000b\"", "\"😀\"",
                "\"" + "x".repeat(1_000_000) + "\"", "\"1\"");
    }

    /** The shape of the graph: dangling edges, cycles, self-loops, repeated edges, orphans, and long chains, and nodesets of 10^4–10^5 nodes or edges. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    @SuppressWarnings("unchecked")
    void aifGraphShapes(@ForAll("nodesets") AifFuzz.Nodeset n, @ForAll("shapes") String shape) {
        Map<String, Object> tree = (Map<String, Object>) AifFuzz.copy(n.tree());
        List<Object> nodes = (List<Object>) tree.get("nodes");
        List<Object> edges = (List<Object>) tree.get("edges");
        Map<String, Object> firstEdge = (Map<String, Object>) edges.get(0);
        switch (shape) {
            case "an edge to a node that is not there" -> edges.add(edge("fz-1", firstEdge.get("fromID"), "no-such-node"));
            case "an edge from a node that is not there" -> edges.add(edge("fz-1", "no-such-node", firstEdge.get("toID")));
            case "every edge reversed" -> edges.replaceAll(e -> {
                Map<String, Object> m = (Map<String, Object>) e;
                return edge(m.get("edgeID"), m.get("toID"), m.get("fromID"));
            });
            case "a cycle through every scheme node" -> {
                // each edge gets a twin going back: premise → scheme → conclusion → scheme → premise
                List<Object> back = new ArrayList<>();
                for (Object e : edges) {
                    Map<String, Object> m = (Map<String, Object>) e;
                    back.add(edge("back-" + m.get("edgeID"), m.get("toID"), m.get("fromID")));
                }
                edges.addAll(back);
            }
            case "self-loops on every node" -> {
                for (Object node : List.copyOf(nodes)) {
                    Object id = ((Map<String, Object>) node).get("nodeID");
                    edges.add(edge("self-" + id, id, id));
                }
            }
            case "every edge twice" -> edges.addAll(List.copyOf(edges));
            case "no edges" -> edges.clear();
            case "no nodes" -> nodes.clear();
            case "10,000 copies of the first edge" -> {
                for (int i = 0; i < 10_000; i++) {
                    edges.add(edge("copy-" + i, firstEdge.get("fromID"), firstEdge.get("toID")));
                }
            }
            case "100,000 extra I nodes" -> {
                for (int i = 0; i < 100_000; i++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("nodeID", "extra-" + i);
                    m.put("text", "Claim " + i + ".");
                    m.put("type", "I");
                    nodes.add(m);
                }
            }
            default -> { // a chain of 2,000 supports
                Object prev = ((Map<String, Object>) nodes.get(0)).get("nodeID");
                for (int i = 0; i < 2_000; i++) {
                    Map<String, Object> claim = new LinkedHashMap<>();
                    claim.put("nodeID", "chain-i-" + i);
                    claim.put("text", "Step " + i + " of a long chain.");
                    claim.put("type", "I");
                    Map<String, Object> ra = new LinkedHashMap<>();
                    ra.put("nodeID", "chain-ra-" + i);
                    ra.put("text", "Default Inference");
                    ra.put("type", "RA");
                    nodes.add(claim);
                    nodes.add(ra);
                    edges.add(edge("chain-a-" + i, "chain-i-" + i, "chain-ra-" + i));
                    edges.add(edge("chain-b-" + i, "chain-ra-" + i, prev));
                    prev = "chain-i-" + i;
                }
            }
        }
        Fuzzing.checkImport("AIF graph shapes", AifFuzz.bytes(tree));
    }

    private static Map<String, Object> edge(Object id, Object from, Object to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edgeID", id);
        m.put("fromID", from);
        m.put("toID", to);
        return m;
    }

    @Provide
    Arbitrary<String> shapes() {
        return Arbitraries.of("an edge to a node that is not there", "an edge from a node that is not there",
                "every edge reversed", "a cycle through every scheme node", "self-loops on every node", "every edge twice",
                "no edges", "no nodes", "10,000 copies of the first edge", "100,000 extra I nodes", "a chain of 2,000 supports");
    }

    @Provide
    Arbitrary<AifFuzz.Nodeset> nodesets() {
        return Arbitraries.of(AifFuzz.nodesets());
    }

    private static List<AifFuzz.Site> everyAifKey;
    private static List<AifFuzz.Site> everyAifValue;

    @Provide
    Arbitrary<AifFuzz.Site> everyAifKey() {
        synchronized (FuzzedInputsTest.class) {
            if (everyAifKey == null) {
                everyAifKey = AifFuzz.oneOfEach(true);
            }
        }
        return Arbitraries.of(everyAifKey);
    }

    @Provide
    Arbitrary<AifFuzz.Site> everyAifValue() {
        synchronized (FuzzedInputsTest.class) {
            if (everyAifValue == null) {
                everyAifValue = AifFuzz.oneOfEach(false);
            }
        }
        return Arbitraries.of(everyAifValue);
    }

    private static FuzzBase.Target target(String base, String file) {
        return FuzzBase.targets().stream().filter(t -> t.base().name().equals(base) && t.file().equals(file))
                .findFirst().orElseThrow();
    }

    /** One key of one file: a site, with the sites of that file to edit it. */
    record KeySite(FuzzBase.Target target, YamlSites sites, YamlSites.Site site) {
        @Override
        public String toString() {
            return target + " " + site.schema();
        }
    }

    private static List<KeySite> everyKey;
    private static List<KeySite> everyValue;

    /**
     * Each key path of each kind of file ({@code map.yaml}, {@code source.md}, {@code actors.yaml}) once,
     * lists collapsed ({@code nodes[].label.zh}), taken from the first file that has it; which
     * occurrence is taken varies with the path.
     */
    @Provide
    Arbitrary<KeySite> everyKey() {
        synchronized (FuzzedInputsTest.class) {
            if (everyKey == null) {
                everyKey = oneOfEach(true);
            }
        }
        return Arbitraries.of(everyKey);
    }

    /** As {@link #everyKey()}, and the list items besides. */
    @Provide
    Arbitrary<KeySite> everyValue() {
        synchronized (FuzzedInputsTest.class) {
            if (everyValue == null) {
                everyValue = oneOfEach(false);
            }
        }
        return Arbitraries.of(everyValue);
    }

    private static List<KeySite> oneOfEach(boolean keysOnly) {
        Map<String, List<KeySite>> byKey = new LinkedHashMap<>();
        for (FuzzBase.Target t : FuzzBase.targets()) {
            YamlSites sites = YamlSites.of(t);
            String kind = t.file().substring(t.file().lastIndexOf('/') + 1);
            for (YamlSites.Site s : keysOnly ? sites.entries() : sites.sites()) {
                byKey.computeIfAbsent(kind + ":" + s.schema(), k -> new ArrayList<>()).add(new KeySite(t, sites, s));
            }
        }
        return byKey.entrySet().stream()
                .map(e -> e.getValue().get(Math.floorMod(e.getKey().hashCode(), e.getValue().size()))).toList();
    }

    @Provide
    Arbitrary<FuzzBase.Target> targets() {
        return Arbitraries.of(FuzzBase.targets());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
