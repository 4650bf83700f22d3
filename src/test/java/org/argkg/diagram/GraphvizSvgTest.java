package org.argkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG and PNG drawn by the real Graphviz. Runs where {@code dot} is installed; CI installs it (and
 * the CJK font), so there it must run.
 */
@ResourceLock(Locks.SEEDS_DB)
@ResourceLock(Locks.HOSTILE_DB)
class GraphvizSvgTest {

    static final String SEED = "li-zheng-2024-ai-exception";

    static GraphStore seeds;
    static GraphStore hostile;
    static final Graphviz GRAPHVIZ = Graphviz.fromEnvironment();

    @BeforeAll
    static void requireGraphviz() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(GRAPHVIZ.available(), "Graphviz (dot) is not installed: " + Graphviz.INSTALL_HINT);
        }
        assertThat(GRAPHVIZ.available()).as("CI installs Graphviz (" + Graphviz.INSTALL_HINT + ")").isTrue();
        seeds = GraphStore.openExisting(DiagramFixtures.seedsDb());
        hostile = GraphStore.openExisting(DiagramFixtures.hostileDb());
    }

    @AfterAll
    static void close() {
        if (seeds != null) {
            seeds.close();
        }
        if (hostile != null) {
            hostile.close();
        }
    }

    @Test
    void hostileLabelsAreTextInTheSvgNeverElements() throws Exception {
        byte[] svg = Diagrams.render(hostile, DotWriterTest.DOC, DiagramFormat.SVG, DotWriterTest.LINKED, GRAPHVIZ);
        String text = new String(svg, StandardCharsets.UTF_8);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(text).contains("&lt;script&gt;alert(").doesNotContain("<script");
        // the label is there, as the text of <text> elements
        List<String> texts = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        assertThat(texts).contains("<script>alert(\"x\")</script>强", "<script>alert('title')</script>小文 & \"引号\"",
                "The \"strong\" stay <strong> &");
        assertThat(String.join("\n", texts)).contains("</text><script>alert(2)");
        // every claim of the document and of the linked one is a group the page can find by id
        List<String> ids = new ArrayList<>();
        for (Element g : groups(doc, "node")) {
            ids.add(g.getAttribute("id"));
        }
        assertThat(ids).contains("claim:hostile-doc/thesis", "claim:hostile-doc/cause", "claim:hostile-doc/open",
                "claim:hostile-doc/swing", "claim:hostile-doc/consequence", "claim:hostile-doc/conclusion",
                "claim:hostile-doc/context", "claim:other-doc/release", "claim:other-doc/same");
        assertThat(groups(doc, "cluster")).extracting(g -> g.getAttribute("id")).contains("doc:other-doc", "legend");
    }

    @Test
    void pngIsDrawn() {
        byte[] png = Diagrams.render(hostile, DotWriterTest.DOC, DiagramFormat.PNG, DiagramOptions.defaults(), GRAPHVIZ);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        assertThat(png.length).isGreaterThan(10_000);
    }

    /**
     * Boxes fit their text: in the SVG of the seed article, every text of every claim lies inside the
     * claim's shape, measured with the font the SVG names (Noto Sans CJK SC), in which a Chinese
     * character is one em wide. A diagram measured with a font that lacks Chinese would overflow.
     */
    @Test
    void everyNodeOfTheSeedArticleFitsItsText() throws Exception {
        Font plain = new Font(DiagramStyle.FONT, Font.PLAIN, 10);
        if (!DiagramStyle.FONT.equals(plain.getFamily()) && System.getenv("CI") == null) {
            Assumptions.abort("the font " + DiagramStyle.FONT + " is not installed (apt-get install fonts-noto-cjk)");
        }
        assertThat(plain.getFamily()).as("CI installs fonts-noto-cjk").isEqualTo(DiagramStyle.FONT);
        byte[] svg = Diagrams.render(seeds, SEED, DiagramFormat.SVG, DiagramOptions.defaults(), GRAPHVIZ);
        Document doc = parse(svg);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int claims = 0;
        int checked = 0;
        boolean sawChinese = false;
        for (Element g : groups(doc, "node")) {
            if (!g.getAttribute("id").startsWith("claim:")) {
                continue;
            }
            claims++;
            double[] box = filledShapeBounds(g);
            assertThat(box).as("shape of %s", g.getAttribute("id")).isNotNull();
            NodeList texts = g.getElementsByTagName("text");
            assertThat(texts.getLength()).as("texts of %s", g.getAttribute("id")).isGreaterThan(1);
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                String s = t.getTextContent();
                if (s.isBlank()) {
                    continue;
                }
                sawChinese |= s.codePoints().anyMatch(TextWrap::isWide);
                assertThat(t.getAttribute("font-family")).as(s).isEqualTo(DiagramStyle.FONT);
                double size = Double.parseDouble(t.getAttribute("font-size"));
                Font f = new Font(DiagramStyle.FONT, "bold".equals(t.getAttribute("font-weight")) ? Font.BOLD : Font.PLAIN, 1)
                        .deriveFont((float) size);
                double width = f.getStringBounds(s, frc).getWidth();
                Rectangle2D ink = f.createGlyphVector(frc, s).getVisualBounds();
                double x = Double.parseDouble(t.getAttribute("x"));
                double y = Double.parseDouble(t.getAttribute("y"));
                double left = switch (t.getAttribute("text-anchor")) {
                    case "middle" -> x - width / 2;
                    case "end" -> x - width;
                    default -> x;
                };
                double tolerance = 1.0;
                String what = g.getAttribute("id") + ": \"" + s + "\" [" + left + ", " + (left + width) + "] x ["
                        + (y + ink.getMinY()) + ", " + (y + ink.getMaxY()) + "] in box " + java.util.Arrays.toString(box);
                assertThat(left).as(what).isGreaterThanOrEqualTo(box[0] - tolerance);
                assertThat(left + width).as(what).isLessThanOrEqualTo(box[2] + tolerance);
                assertThat(y + ink.getMinY()).as(what).isGreaterThanOrEqualTo(box[1] - tolerance);
                assertThat(y + ink.getMaxY()).as(what).isLessThanOrEqualTo(box[3] + tolerance);
                checked++;
            }
        }
        assertThat(claims).as("the seed article's own claims (19 when written), none of other documents").isBetween(12, 30);
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("claim compact", "other-document");
        assertThat(checked).isGreaterThan(200);
        assertThat(sawChinese).isTrue();
    }

    // ------------------------------------------------------------------ SVG helpers

    /** Parses SVG with the JDK's parser, without fetching the DTD Graphviz names. */
    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** The {@code <g>} elements whose class list holds {@code cls}. */
    static List<Element> groups(Document doc, String cls) {
        List<Element> list = new ArrayList<>();
        NodeList gs = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (List.of(g.getAttribute("class").split("\\s+")).contains(cls)) {
                list.add(g);
            }
        }
        return list;
    }

    /**
     * The bounds {minX, minY, maxX, maxY} of a node's filled outline: the polygon, path or ellipse
     * with a fill (the inner one when the shape has two peripheries).
     */
    static double[] filledShapeBounds(Element g) {
        double[] best = null;
        for (String tag : List.of("polygon", "path", "ellipse")) {
            NodeList shapes = g.getElementsByTagName(tag);
            for (int i = 0; i < shapes.getLength(); i++) {
                Element e = (Element) shapes.item(i);
                if (e.getAttribute("fill").isEmpty() || "none".equals(e.getAttribute("fill"))) {
                    continue;
                }
                double[] b;
                if (tag.equals("ellipse")) {
                    double cx = Double.parseDouble(e.getAttribute("cx"));
                    double cy = Double.parseDouble(e.getAttribute("cy"));
                    double rx = Double.parseDouble(e.getAttribute("rx"));
                    double ry = Double.parseDouble(e.getAttribute("ry"));
                    b = new double[] {cx - rx, cy - ry, cx + rx, cy + ry};
                } else {
                    b = bounds(tag.equals("path") ? e.getAttribute("d") : e.getAttribute("points"));
                }
                if (best == null || area(b) < area(best)) {
                    best = b;
                }
            }
        }
        return best;
    }

    private static double area(double[] b) {
        return (b[2] - b[0]) * (b[3] - b[1]);
    }

    private static double[] bounds(String coordinates) {
        Matcher m = Pattern.compile("(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)").matcher(coordinates);
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
        }
        return b;
    }
}
