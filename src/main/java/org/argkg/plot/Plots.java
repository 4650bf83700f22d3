package org.argkg.plot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.argkg.store.StoreView;
import org.argkg.vocab.Ns;

/**
 * SVG plots of a store, written without Graphviz. Texts from the data are XML-escaped; the output
 * depends only on the data and the language, so the same store gives the same bytes.
 *
 * <ul>
 *   <li>{@code factors}: one row per factor, one column per document (by date). A cell counts the
 *       document's own claims on the factor and the relations the document states that support or
 *       attack a claim on the factor: green when supports outnumber attacks, red when attacks do,
 *       amber when they are even, grey when the document only has claims on the factor.</li>
 *   <li>{@code timeline}: the dated documents on a time axis, and the dated relations between
 *       documents (an order revoking another, say) as events.</li>
 * </ul>
 */
public final class Plots {

    private static final String PREFIXES = "PREFIX argkg: <" + Ns.ARGKG + ">\n"
            + "PREFIX aif: <http://www.arg.dundee.ac.uk/aif#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String FONT = "'Noto Sans CJK SC', 'Noto Sans', sans-serif";

    private Plots() {
    }

    /** The plot {@code kind} of the store, with texts in {@code lang} ("zh" or "en") where they exist. */
    public static String svg(StoreView store, PlotKind kind, String lang) {
        Model union = store.union();
        return kind == PlotKind.FACTORS ? factors(union, lang) : timeline(union, lang);
    }

    // ------------------------------------------------------------------ data

    /** A document: id, title in the language asked for (else another), date or empty. */
    record Doc(String id, String title, String date) {
    }

    static List<Doc> documents(Model m, String lang) {
        Map<String, String> dates = new TreeMap<>();
        Map<String, Map<String, String>> titles = new TreeMap<>();
        for (QuerySolution s : select(m, "SELECT ?doc ?date ?title WHERE { ?doc a argkg:Document . "
                + "OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:title ?title } }")) {
            String id = local(s.getResource("doc").getURI());
            dates.putIfAbsent(id, "");
            if (s.contains("date")) {
                dates.put(id, s.getLiteral("date").getLexicalForm());
            }
            if (s.contains("title")) {
                titles.computeIfAbsent(id, k -> new TreeMap<>()).merge(s.getLiteral("title").getLanguage(),
                        s.getLiteral("title").getLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        List<Doc> docs = new ArrayList<>();
        dates.forEach((id, date) -> {
            Map<String, String> t = titles.getOrDefault(id, Map.of());
            String title = t.getOrDefault(lang, t.getOrDefault("en", t.values().stream().findFirst().orElse(id)));
            docs.add(new Doc(id, title, date));
        });
        docs.sort(Comparator.comparing(Doc::date).thenComparing(Doc::id));
        return docs;
    }

    // ------------------------------------------------------------------ factors

    static String factors(Model m, String lang) {
        List<Doc> docs = documents(m, lang);
        Map<String, String> factorLabels = new TreeMap<>();
        for (QuerySolution s : select(m, "SELECT DISTINCT ?f WHERE { ?c argkg:factor ?f }")) {
            factorLabels.put(s.getResource("f").getURI(), local(s.getResource("f").getURI()));
        }
        for (QuerySolution s : select(m, "SELECT ?f ?l WHERE { ?c argkg:factor ?f . ?f skos:prefLabel ?l }")) {
            if (lang.equals(s.getLiteral("l").getLanguage())) {
                factorLabels.put(s.getResource("f").getURI(), s.getLiteral("l").getLexicalForm());
            }
        }
        // cell key: factor IRI + " " + doc id -> {own claims, supports, attacks}
        Map<String, int[]> cells = new TreeMap<>();
        for (QuerySolution s : select(m, "SELECT ?f ?doc (COUNT(DISTINCT ?c) AS ?n) WHERE { "
                + "?c argkg:factor ?f ; argkg:statedIn ?doc } GROUP BY ?f ?doc")) {
            cell(cells, s)[0] = s.getLiteral("n").getInt();
        }
        for (QuerySolution s : select(m, "SELECT ?f ?doc ?kind (COUNT(DISTINCT ?r) AS ?n) WHERE { "
                + "VALUES ?kind { argkg:Support argkg:Attack } ?r a ?kind ; argkg:statedIn ?doc ; aif:Conclusion ?t . "
                + "?t argkg:factor ?f } GROUP BY ?f ?doc ?kind")) {
            boolean support = s.getResource("kind").getURI().endsWith("Support");
            cell(cells, s)[support ? 1 : 2] += s.getLiteral("n").getInt();
        }
        List<String> factors = new ArrayList<>(factorLabels.keySet());
        factors.sort(Comparator.comparing((String f) -> factorLabels.get(f)).thenComparing(f -> f));
        List<Doc> cols = docs.stream().filter(d -> factors.stream().anyMatch(f -> cells.containsKey(f + " " + d.id()))).toList();

        int cw = 30;
        int ch = 24;
        int left = 260;
        int top = 210;
        int width = left + cols.size() * cw + 160;
        int height = top + factors.size() * ch + 70;
        StringBuilder svg = header(width, height, "argkg-plot-factors",
                "zh".equals(lang) ? "因素 × 文件：哪些文件支持或反驳哪些因素" : "Factors × documents: which documents support or attack which factors");
        for (int j = 0; j < cols.size(); j++) {
            Doc d = cols.get(j);
            double x = left + j * cw + cw / 2.0;
            svg.append("<g class=\"doc\" data-doc=\"").append(xml(d.id())).append("\"><title>").append(xml(d.title()))
                    .append(d.date().isEmpty() ? "" : " (" + xml(d.date()) + ")").append("</title>")
                    .append("<text x=\"0\" y=\"0\" font-size=\"11\" transform=\"translate(").append(fmt(x + 4)).append(',')
                    .append(top - 6).append(") rotate(-55)\">").append(xml(shorten(d.id(), 30))).append("</text></g>\n");
        }
        for (int i = 0; i < factors.size(); i++) {
            String f = factors.get(i);
            int y = top + i * ch;
            svg.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + ch / 2 + 4)
                    .append("\" font-size=\"12\" text-anchor=\"end\"><title>").append(xml(local(f))).append("</title>")
                    .append(xml(shorten(factorLabels.get(f), 36))).append("</text>\n");
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + cols.size() * cw).append("\" y1=\"")
                    .append(y + ch).append("\" y2=\"").append(y + ch).append("\" stroke=\"#EEEEEE\"/>\n");
            for (int j = 0; j < cols.size(); j++) {
                int[] c = cells.get(f + " " + cols.get(j).id());
                if (c == null) {
                    continue;
                }
                String fill = c[1] > c[2] ? "#48BB78" : c[2] > c[1] ? "#E53E3E" : c[1] > 0 ? "#ECC94B" : "#CBD5E0";
                int x = left + j * cw;
                svg.append("<rect class=\"cell\" data-factor=\"").append(xml(local(f))).append("\" data-doc=\"")
                        .append(xml(cols.get(j).id())).append("\" x=\"").append(x + 2).append("\" y=\"").append(y + 2)
                        .append("\" width=\"").append(cw - 4).append("\" height=\"").append(ch - 4)
                        .append("\" rx=\"3\" fill=\"").append(fill).append("\"><title>").append(xml(factorLabels.get(f)))
                        .append(" · ").append(xml(cols.get(j).id())).append(": ").append(c[0]).append(" claim(s), ")
                        .append(c[1]).append(" support(s), ").append(c[2]).append(" attack(s)</title></rect>");
                String n = c[1] + c[2] > 0 ? (c[1] > 0 ? "+" + c[1] : "") + (c[2] > 0 ? "−" + c[2] : "") : String.valueOf(c[0]);
                svg.append("<text x=\"").append(x + cw / 2).append("\" y=\"").append(y + ch / 2 + 4)
                        .append("\" font-size=\"").append(n.length() > 3 ? 8 : 10).append("\" text-anchor=\"middle\">")
                        .append(xml(n)).append("</text>\n");
            }
        }
        int ly = top + factors.size() * ch + 24;
        String[][] keys = "zh".equals(lang)
                ? new String[][] {{"#48BB78", "支持为主 (+n)"}, {"#E53E3E", "反驳为主 (−n)"}, {"#ECC94B", "支持与反驳相当"}, {"#CBD5E0", "仅有该文件的主张 (n)"}}
                : new String[][] {{"#48BB78", "mostly supports (+n)"}, {"#E53E3E", "mostly attacks (−n)"},
                    {"#ECC94B", "as many supports as attacks"}, {"#CBD5E0", "only the document's own claims (n)"}};
        int lx = 10;
        for (String[] k : keys) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" rx=\"3\" fill=\"")
                    .append(k[0]).append("\"/><text x=\"").append(lx + 20).append("\" y=\"").append(ly + 12)
                    .append("\" font-size=\"11\">").append(xml(k[1])).append("</text>");
            lx += 30 + k[1].length() * 6;
        }
        return svg.append("\n</svg>\n").toString();
    }

    private static int[] cell(Map<String, int[]> cells, QuerySolution s) {
        return cells.computeIfAbsent(s.getResource("f").getURI() + " " + local(s.getResource("doc").getURI()), k -> new int[3]);
    }

    // ------------------------------------------------------------------ timeline

    /** A dated relation between two documents. */
    record Event(String date, String kind, String from, String to) {
    }

    static String timeline(Model m, String lang) {
        List<Doc> docs = documents(m, lang).stream().filter(d -> parse(d.date()) != null).toList();
        List<Event> events = new ArrayList<>();
        for (QuerySolution s : select(m, "SELECT ?date ?kind ?from ?to WHERE { ?r a argkg:DocumentRelation ; "
                + "argkg:relationKind ?kind ; argkg:fromDocument ?from ; argkg:toDocument ?to ; dcterms:date ?date } "
                + "ORDER BY ?date ?from ?to")) {
            RDFNode k = s.get("kind");
            String kind = k.isLiteral() ? k.asLiteral().getLexicalForm() : local(k.asResource().getURI());
            events.add(new Event(s.getLiteral("date").getLexicalForm(), kind, local(s.getResource("from").getURI()),
                    local(s.getResource("to").getURI())));
        }
        events.removeIf(e -> parse(e.date()) == null);
        TreeSet<LocalDate> all = new TreeSet<>();
        docs.forEach(d -> all.add(parse(d.date())));
        events.forEach(e -> all.add(parse(e.date())));
        int width = 1200;
        int left = 40;
        int right = 40;
        if (all.isEmpty()) {
            return header(width, 80, "argkg-plot-timeline", "No dated documents").append("</svg>\n").toString();
        }
        LocalDate first = all.first().withDayOfMonth(1);
        LocalDate last = all.last().plusMonths(1).withDayOfMonth(1);
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        java.util.function.ToDoubleFunction<LocalDate> xOf = d -> left + (width - left - right) * (double) (d.toEpochDay() - first.toEpochDay()) / span;

        // one label per lane; a label goes into the first lane whose last label ends left of it
        int lane = 17;
        int row = 0;
        StringBuilder marks = new StringBuilder();
        int axisY = 60;
        int maxLane = 0;
        List<Object[]> items = new ArrayList<>();
        docs.forEach(d -> items.add(new Object[] {parse(d.date()), d}));
        events.forEach(e -> items.add(new Object[] {parse(e.date()), e}));
        items.sort(Comparator.comparing((Object[] o) -> (LocalDate) o[0]).thenComparing(o -> o[1].toString()));
        for (Object[] it : items) {
            double x = xOf.applyAsDouble((LocalDate) it[0]);
            String text;
            String cls;
            String tip;
            String id;
            if (it[1] instanceof Doc d) {
                text = d.date() + " " + shorten(d.title(), 60);
                tip = d.title() + " (" + d.id() + ")";
                cls = "doc";
                id = d.id();
            } else {
                Event e = (Event) it[1];
                text = e.date() + " " + e.from() + " " + e.kind() + " " + e.to();
                tip = text;
                cls = "event";
                id = e.from();
            }
            // one row per item, in date order: no label can overlap another
            double w = 7 + TextWidth.of(text, 11);
            int l = row++;
            boolean rightOf = x + 8 + w < width - 10;
            double lx = rightOf ? x + 8 : x - 8;
            maxLane = Math.max(maxLane, l);
            int y = axisY + 24 + l * lane;
            String color = cls.equals("doc") ? "#2B6CB0" : "#C05621";
            marks.append("<g class=\"").append(cls).append("\" data-doc=\"").append(xml(id)).append("\"><title>")
                    .append(xml(tip)).append("</title>");
            marks.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(axisY)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(color).append("\" stroke-opacity=\"0.35\"/>");
            marks.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(y - 4).append("\" r=\"2\" fill=\"").append(color).append("\"/>");
            marks.append(cls.equals("doc")
                    ? "<circle cx=\"" + fmt(x) + "\" cy=\"" + axisY + "\" r=\"4\" fill=\"" + color + "\"/>"
                    : "<rect x=\"" + fmt(x - 4) + "\" y=\"" + (axisY - 4) + "\" width=\"8\" height=\"8\" fill=\"" + color
                            + "\" transform=\"rotate(45 " + fmt(x) + " " + axisY + ")\"/>");
            marks.append("<text x=\"").append(fmt(lx)).append("\" y=\"").append(y).append("\" font-size=\"11\"")
                    .append(rightOf ? "" : " text-anchor=\"end\"").append(" fill=\"")
                    .append(cls.equals("doc") ? "#1A202C" : "#9C4221").append("\">").append(xml(text)).append("</text></g>\n");
        }
        int height = axisY + 24 + (maxLane + 1) * lane + 30;
        StringBuilder svg = header(width, height, "argkg-plot-timeline",
                "zh".equals(lang) ? "时间线：有日期的文件（圆点）与文件之间的事件（菱形）" : "Timeline: dated documents (dots) and events between documents (diamonds)");
        svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"").append(axisY)
                .append("\" y2=\"").append(axisY).append("\" stroke=\"#4A5568\"/>\n");
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (jan.isBefore(first) || jan.isAfter(last)) {
                continue;
            }
            double x = xOf.applyAsDouble(jan);
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(axisY - 6)
                    .append("\" y2=\"").append(height - 10).append("\" stroke=\"#E2E8F0\"/><text x=\"").append(fmt(x + 3))
                    .append("\" y=\"").append(axisY - 10).append("\" font-size=\"11\" fill=\"#4A5568\">").append(year).append("</text>\n");
        }
        return svg.append(marks).append("</svg>\n").toString();
    }

    // ------------------------------------------------------------------ helpers

    private static StringBuilder header(int width, int height, String id, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" font-family=\"").append(FONT).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append(xml(title)).append("</text>\n");
        return svg;
    }

    private static List<QuerySolution> select(Model m, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, m)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static LocalDate parse(String date) {
        try {
            return date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(String iri) {
        if (iri.startsWith(Ns.ID)) {
            return iri.substring(Ns.ID.length());
        }
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** Rough text widths: a wide (CJK) character takes a font size, others about 0.56 of it. */
    static final class TextWidth {
        private TextWidth() {
        }

        private static boolean isWide(int c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x30FF)
                    || (c >= 0xFF00 && c <= 0xFFEF);
        }

        static double of(String s, double size) {
            return s.codePoints().mapToDouble(c -> isWide(c) ? size : size * 0.56).sum();
        }
    }
}
