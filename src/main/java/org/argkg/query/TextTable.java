package org.argkg.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SELECT results as a table for people: IRIs written with the query's prefixes and argkg's own
 * ({@code id:}, {@code argkg:}, {@code factor:} …), literals as their text (no datatype, no
 * language tag), columns fitted to a width in terminal cells (Chinese characters take two), text
 * wrapped onto a few lines and anything longer cut with an ellipsis. Width 0 means no limit: every
 * value in full on one line.
 */
public final class TextTable {

    /** The lines a wrapped value may take before it is cut. */
    static final int MAX_LINES = 3;
    private static final String GAP = "  ";

    private final Map<String, String> prefixes;

    /** @param prefixes prefix to namespace; the longest matching namespace wins */
    public TextTable(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    private static boolean isText(RDFNode n) {
        String dt = n.asLiteral().getDatatypeURI();
        return dt == null || dt.endsWith("#string") || dt.endsWith("#langString");
    }

    /** One cell: the term as people read it, on one line. */
    public String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        Node node = n.asNode();
        if (node.isURI()) {
            return shortIri(node.getURI());
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().replaceAll("\\s*\\R\\s*", " ").replace('\t', ' ');
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.toString();
    }

    /** An IRI as prefix:local when a prefix's namespace starts it, else in angle brackets. */
    public String shortIri(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (ns != null && iri.startsWith(ns) && ns.length() > bestNs.length() && iri.length() > ns.length()
                    && iri.substring(ns.length()).matches("[^\\s<>\"{}|^`\\\\]+")) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }

    /** The table of {@code vars} over {@code rows}, fitted to {@code width} cells (0: no limit). */
    public String render(List<String> vars, Iterator<QuerySolution> rows, int width) {
        List<String[]> cells = new ArrayList<>();
        List<boolean[]> isText = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String[] row = new String[vars.size()];
            boolean[] text = new boolean[vars.size()];
            for (int j = 0; j < vars.size(); j++) {
                RDFNode n = s.get(vars.get(j));
                row[j] = cell(n);
                text[j] = n != null && n.isLiteral() && isText(n);
            }
            cells.add(row);
            isText.add(text);
        }
        int[] natural = new int[vars.size()];
        for (int j = 0; j < vars.size(); j++) {
            natural[j] = width(vars.get(j));
            for (String[] row : cells) {
                natural[j] = Math.max(natural[j], width(row[j]));
            }
        }
        int budget = width - GAP.length() * Math.max(0, vars.size() - 1);
        int[] w = width <= 0 ? natural : fit(natural, budget);
        if (width > 0 && !readable(natural, w)) {
            return records(vars, cells, width);
        }
        StringBuilder sb = new StringBuilder();
        String[] header = vars.toArray(new String[0]);
        line(sb, header, new boolean[header.length], w);
        String[] rule = new String[w.length];
        for (int j = 0; j < w.length; j++) {
            rule[j] = "-".repeat(w[j]);
        }
        line(sb, rule, new boolean[w.length], w);
        for (int i = 0; i < cells.size(); i++) {
            line(sb, cells.get(i), isText.get(i), w);
        }
        sb.append(cells.size()).append(cells.size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    /** The narrowest a cut column may be for the table to stay readable; narrower, rows become records. */
    static final int READABLE = 16;

    private static boolean readable(int[] natural, int[] w) {
        for (int j = 0; j < w.length; j++) {
            if (w[j] < natural[j] && w[j] < READABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rows too wide for a table, one after the other: each value on its own line after its
     * variable's name, wrapped to the width (as psql's expanded display).
     */
    private static String records(List<String> vars, List<String[]> cells, int width) {
        int key = vars.stream().mapToInt(TextTable::width).max().orElse(0);
        int valueWidth = Math.max(READABLE, width - key - GAP.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String title = "-[ " + (i + 1) + " ]";
            sb.append(title).append("-".repeat(Math.max(0, Math.min(width, key + GAP.length() + valueWidth) - title.length()))).append('\n');
            String[] row = cells.get(i);
            for (int j = 0; j < vars.size(); j++) {
                List<String> lines = wrapAll(row[j], valueWidth);
                for (int k = 0; k < lines.size(); k++) {
                    String name = k == 0 ? vars.get(j) : "";
                    sb.append((name + " ".repeat(key - width(name)) + GAP + lines.get(k)).stripTrailing()).append('\n');
                }
            }
        }
        sb.append(cells.size()).append(cells.size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    /** Text wrapped at spaces (anywhere for Chinese), every line kept. */
    static List<String> wrapAll(String s, int w) {
        return wrap(s, w, Integer.MAX_VALUE);
    }

    /**
     * Column widths within {@code budget}: each column gets its natural width when it fits, else
     * the narrow columns keep theirs and the wide ones share what is left equally.
     */
    static final int SHORT = 12;

    static int[] fit(int[] natural, int budget) {
        int n = natural.length;
        int[] w = new int[n];
        boolean[] done = new boolean[n];
        int left = budget;
        int open = n;
        // short columns (dates, numbers, role words) keep their width when they leave half for the rest
        int shortTotal = 0;
        for (int j = 0; j < n; j++) {
            shortTotal += natural[j] <= SHORT ? natural[j] : 0;
        }
        if (shortTotal <= budget / 2) {
            for (int j = 0; j < n; j++) {
                if (natural[j] <= SHORT) {
                    w[j] = natural[j];
                    done[j] = true;
                    left -= natural[j];
                    open--;
                }
            }
        }
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = Math.max(1, left / open);
            for (int j = 0; j < n; j++) {
                if (!done[j] && natural[j] <= share) {
                    w[j] = natural[j];
                    done[j] = true;
                    left -= natural[j];
                    open--;
                    changed = true;
                }
            }
        }
        if (open > 0) {
            int share = Math.max(1, left / open);
            int extra = Math.max(0, left - share * open);
            for (int j = 0; j < n; j++) {
                if (!done[j]) {
                    w[j] = Math.min(natural[j], share + (extra-- > 0 ? 1 : 0));
                }
            }
        }
        return w;
    }

    private static void line(StringBuilder sb, String[] row, boolean[] text, int[] w) {
        List<List<String>> parts = new ArrayList<>();
        int height = 1;
        for (int j = 0; j < row.length; j++) {
            List<String> p = text[j] ? wrap(row[j], w[j]) : List.of(cut(row[j], w[j]));
            parts.add(p);
            height = Math.max(height, p.size());
        }
        for (int k = 0; k < height; k++) {
            StringBuilder l = new StringBuilder();
            for (int j = 0; j < row.length; j++) {
                String s = k < parts.get(j).size() ? parts.get(j).get(k) : "";
                l.append(s);
                if (j + 1 < row.length) {
                    l.append(" ".repeat(Math.max(0, w[j] - width(s)))).append(GAP);
                }
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }
    }

    /** Text wrapped at spaces (anywhere for Chinese) onto at most {@link #MAX_LINES} lines, the last cut. */
    static List<String> wrap(String s, int w) {
        return wrap(s, w, MAX_LINES);
    }

    private static List<String> wrap(String s, int w, int maxLines) {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (!rest.isEmpty()) {
            if (width(rest) <= w) {
                out.add(rest);
                break;
            }
            if (out.size() == maxLines - 1) {
                out.add(cut(rest, w));
                break;
            }
            int end = prefixWithin(rest, w);
            int space = rest.lastIndexOf(' ', end);
            int split = space > 0 ? space : end;
            if (split <= 0) {
                split = Math.max(1, end);
            }
            out.add(rest.substring(0, split).stripTrailing());
            rest = rest.substring(split).stripLeading();
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /**
     * A value cut to {@code w} cells with an ellipsis. A prefixed name keeps its prefix and its end
     * ({@code id:…/cause-cost}), which tell IRIs apart better than their middle.
     */
    static String cut(String s, int w) {
        if (width(s) <= w) {
            return s;
        }
        if (w <= 1) {
            return "…";
        }
        int colon = s.indexOf(':');
        if (!s.contains(" ") && colon > 0 && colon < 12 && colon + 1 + 6 < w) {
            String head = s.substring(0, colon + 1) + "…";
            String tail = suffixWithin(s.substring(colon + 1), w - width(head));
            return head + tail;
        }
        return s.substring(0, prefixWithin(s, w - 1)).stripTrailing() + "…";
    }

    /** The end (in chars) of the longest start of {@code s} that fits in {@code w} cells. */
    private static int prefixWithin(String s, int w) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = cells(cp);
            if (used + cw > w) {
                break;
            }
            used += cw;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static String suffixWithin(String s, int w) {
        int used = 0;
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            int cw = cells(cp);
            if (used + cw > w) {
                break;
            }
            used += cw;
            i -= Character.charCount(cp);
        }
        return s.substring(i);
    }

    /** The width of a string in terminal cells. */
    public static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += cells(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Cells a code point takes: two for East Asian wide and full-width characters, none for combining marks. */
    static int cells(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0x200B) {
            return 0;
        }
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD)) {
            return 2;
        }
        return 1;
    }
}
