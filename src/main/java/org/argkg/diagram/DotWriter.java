package org.argkg.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.argkg.diagram.ArgumentDiagram.Claim;
import org.argkg.diagram.ArgumentDiagram.DocumentInfo;
import org.argkg.diagram.ArgumentDiagram.OtherDocument;
import org.argkg.diagram.ArgumentDiagram.Relation;
import org.argkg.diagram.DiagramStyle.EdgeStyle;
import org.argkg.diagram.DiagramStyle.RoleStyle;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;
import org.argkg.vocab.Ns;

/**
 * Writes an {@link ArgumentDiagram} as Graphviz DOT. Every text that comes from the data goes into
 * an HTML-like label with XML escaping; names and ids are restricted to a safe alphabet (anything
 * else is percent-encoded), so no label can break the DOT or the SVG drawn from it. The output
 * depends only on the diagram and the options: the same store gives the same bytes.
 *
 * <p>In the SVG that Graphviz draws, each claim is a {@code <g class="node claim role-ROLE">} whose
 * {@code id} is {@code claim:} followed by the percent-encoded rest of the claim's IRI after
 * {@code https://w3id.org/argkg/id/}; each relation a {@code <g class="edge relation KIND BASIS">}
 * with {@code id} {@code rel:…} likewise; each other document a cluster with {@code id}
 * {@code doc:DOC-ID}.
 */
final class DotWriter {

    /** Widths of wrapped lines, in columns (a Chinese character takes two). */
    static final int LABEL_WIDTH = 30;
    static final int STATEMENT_WIDTH = 44;
    static final int TITLE_WIDTH = 56;
    static final int OTHER_TITLE_WIDTH = 40;

    /** A borderless table: one row per line, as high as the font really is, so lines never overlap. */
    private static final String TABLE = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">";

    private final DiagramOptions options;

    public DotWriter(DiagramOptions options) {
        this.options = options;
    }

    public String write(ArgumentDiagram d) {
        DiagramScope scope = options.scope();
        java.util.Set<String> own = new java.util.HashSet<>();
        d.claims().forEach(c -> own.add(c.iri()));
        List<OtherDocument> others = scope == DiagramScope.OWN ? List.of() : d.others();
        List<Relation> relations = d.relations().stream().filter(r -> switch (scope) {
            case OWN -> own.contains(r.from()) && own.contains(r.to());
            case LINKED -> own.contains(r.from()) || own.contains(r.to());
            case ALL -> true;
        }).toList();

        StringBuilder out = new StringBuilder();
        String font = quote(DiagramStyle.FONT);
        out.append("digraph \"argkg\" {\n");
        out.append("  graph [charset=\"UTF-8\", id=\"argkg-diagram\", class=").append(quote("scope-" + scope.word()))
                .append(", rankdir=LR, newrank=true, outputorder=edgesfirst, ")
                .append("nodesep=0.25, ranksep=0.6, pad=0.3, bgcolor=\"white\", fontname=").append(font)
                .append(", fontsize=16, labelloc=t, labeljust=c,\n         label=<").append(title(d.document())).append(">];\n");
        out.append("  node [fontname=").append(font).append(", fontsize=12, margin=\"0.14,0.08\", penwidth=1.4];\n");
        out.append("  edge [fontname=").append(font).append(", fontsize=9, penwidth=1.6, arrowsize=0.9];\n");

        out.append("\n  // the claims of ").append(safe(d.document().id())).append('\n');
        for (Claim c : d.claims()) {
            out.append("  ").append(node(c, options.statements())).append('\n');
        }
        ranks(out, d.claims(), relations, own);
        for (OtherDocument o : others) {
            String id = safe(o.document().id());
            out.append("\n  subgraph ").append(quote("cluster_doc_" + id)).append(" {\n");
            out.append("    graph [id=").append(quote("doc:" + id)).append(", class=\"other-document\", ")
                    .append("style=\"rounded,dashed\", color=\"#8A8A8A\", bgcolor=\"#F7F7F7\", fontsize=11, ")
                    .append("margin=6, labeljust=l, label=<").append(otherTitle(o.document())).append(">];\n");
            out.append("    node [fontsize=10, margin=\"0.08,0.04\"];\n");
            for (Claim c : o.claims()) {
                out.append("    ").append(compactNode(c)).append('\n');
            }
            out.append("  }\n");
        }
        if (!relations.isEmpty()) {
            out.append("\n  // relations\n");
        }
        for (Relation r : relations) {
            boolean inner = own.contains(r.from()) && own.contains(r.to());
            out.append("  ").append(edge(r, inner)).append('\n');
        }
        legend(out, d.claims(), others, relations);
        out.append("}\n");
        return out.toString();
    }

    /**
     * Columns by role, left to right: the causes above the counterforces, the thesis, the consequences
     * and the conclusion (a layout that keeps the columns in this order had fewer crossings on the seed
     * article than one with a column of counterforces of their own). Premises are left to the layout, which puts them next to the claim they support.
     * Only roles with a claim are written, and a chain of invisible edges keeps the columns in order.
     */
    private static void ranks(StringBuilder out, List<Claim> claims, List<Relation> relations, java.util.Set<String> own) {
        List<List<Role>> columns = List.of(List.of(Role.CAUSE, Role.COUNTERFORCE), List.of(Role.THESIS),
                List.of(Role.CONSEQUENCE), List.of(Role.CONCLUSION));
        List<String> firsts = new ArrayList<>();
        out.append("\n  // columns by role\n");
        for (List<Role> roles : columns) {
            List<String> names = claims.stream().filter(c -> roles.contains(c.role())).map(c -> quote(name(c.iri()))).toList();
            if (names.isEmpty()) {
                continue;
            }
            out.append("  { rank=same; ").append(String.join("; ", names)).append("; }\n");
            firsts.add(names.get(0));
        }
        if (firsts.size() > 1) {
            out.append("  ").append(String.join(" -> ", firsts)).append(" [style=invis, weight=0];\n");
        }
    }

    /** A claim of another document: its role and label only, smaller. */
    private String compactNode(Claim c) {
        RoleStyle s = DiagramStyle.of(c.role());
        String role = c.role() == null ? "claim" : c.role().word();
        StringBuilder label = new StringBuilder(TABLE);
        label.append("<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"#555555\">").append(html(roleLine(c))).append("</FONT></TD></TR>");
        for (String lang : labelLangs(c)) {
            for (String line : atMost(TextWrap.wrap(c.label(lang), LABEL_WIDTH), 2)) {
                label.append("<TR><TD>").append(html(line)).append("</TD></TR>");
            }
        }
        label.append("</TABLE>");
        return quote(name(c.iri())) + " [id=" + quote("claim:" + localId(c.iri())) + ", class="
                + quote("claim compact role-" + role) + ", shape=" + s.shape() + ", style=" + quote(s.style())
                + ", fillcolor=" + quote(s.fill()) + ", color=" + quote(s.border())
                + ", label=<" + label + ">];";
    }

    /** The languages asked for in which a claim has a label of its own (all asked for when it has none). */
    private List<String> labelLangs(Claim c) {
        List<String> langs = options.lang().tags().stream().filter(c.labels()::containsKey).toList();
        return langs.isEmpty() ? options.lang().tags().subList(0, 1) : langs;
    }

    // ------------------------------------------------------------------ nodes and edges

    private String node(Claim c, boolean withStatement) {
        RoleStyle s = DiagramStyle.of(c.role());
        String role = c.role() == null ? "claim" : c.role().word();
        // one table row per line: rows are as high as the font's real ascent and descent, so lines of
        // Chinese never touch
        StringBuilder label = new StringBuilder(TABLE);
        label.append("<TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">").append(html(roleLine(c))).append("</FONT></TD></TR>");
        for (String lang : labelLangs(c)) {
            for (String line : TextWrap.wrap(c.label(lang), LABEL_WIDTH)) {
                label.append("<TR><TD><B>").append(html(line)).append("</B></TD></TR>");
            }
        }
        if (withStatement) {
            for (String lang : options.lang().tags()) {
                if (!c.statements().containsKey(lang)) {
                    continue;
                }
                List<String> lines = TextWrap.wrap(c.statement(lang), STATEMENT_WIDTH);
                if (lines.isEmpty()) {
                    continue;
                }
                label.append("<TR><TD HEIGHT=\"6\"></TD></TR>");
                for (String line : lines) {
                    label.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">").append(html(line)).append("</FONT></TD></TR>");
                }
            }
        }
        label.append("</TABLE>");
        return quote(name(c.iri())) + " [id=" + quote("claim:" + localId(c.iri())) + ", class="
                + quote("claim role-" + role) + ", shape=" + s.shape() + ", style=" + quote(s.style())
                + ", fillcolor=" + quote(s.fill()) + ", color=" + quote(s.border())
                + (s.peripheries() > 1 ? ", peripheries=" + s.peripheries() : "")
                + ", label=<" + label + ">];";
    }

    private String roleLine(Claim c) {
        RoleStyle s = DiagramStyle.of(c.role());
        List<String> parts = new ArrayList<>();
        for (String lang : options.lang().tags()) {
            parts.add(lang.equals("zh") ? s.zh() : s.en());
        }
        String line = String.join(" ", parts);
        if (c.factor() != null) {
            line += " · " + c.factor();
        }
        return line;
    }

    private static String edge(Relation r, boolean inner) {
        EdgeStyle s = DiagramStyle.of(r.kind());
        String basis = r.basis().word();
        StringBuilder e = new StringBuilder();
        e.append(quote(name(r.from()))).append(" -> ").append(quote(name(r.to())))
                .append(" [id=").append(quote("rel:" + localId(r.iri())))
                .append(", class=").append(quote("relation " + r.kind().word() + " " + basis))
                .append(", color=").append(quote(s.color()))
                .append(", style=").append(DiagramStyle.lineStyle(r.basis()))
                .append(", arrowhead=").append(s.arrowhead());
        if (!"forward".equals(s.dir())) {
            e.append(", dir=").append(s.dir()).append(", arrowtail=").append(s.arrowtail());
        }
        if (r.kind() == RelationKind.RESTATES) {
            e.append(", constraint=false");
        }
        if (!inner) {
            // a link to another document pulls less than the document's own relations
            e.append(", weight=0");
        }
        return e.append("];").toString();
    }

    // ------------------------------------------------------------------ titles

    private String title(DocumentInfo doc) {
        StringBuilder t = new StringBuilder(TABLE);
        boolean first = true;
        for (String lang : titleLangs(doc)) {
            for (String line : TextWrap.wrap(doc.title(lang), TITLE_WIDTH)) {
                t.append("<TR><TD>").append(first ? "<B>" + html(line) + "</B>" : html(line)).append("</TD></TR>");
            }
            first = false;
        }
        t.append("<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">").append(html(doc.id()))
                .append(doc.date().isEmpty() ? "" : " · " + html(doc.date())).append("</FONT></TD></TR></TABLE>");
        return t.toString();
    }

    private String otherTitle(DocumentInfo doc) {
        StringBuilder t = new StringBuilder(TABLE);
        List<String> langs = titleLangs(doc);
        for (int i = 0; i < langs.size(); i++) {
            for (String line : atMost(TextWrap.wrap(doc.title(langs.get(i)), OTHER_TITLE_WIDTH), 2)) {
                t.append("<TR><TD ALIGN=\"LEFT\">").append(i == 0 ? "<B>" + html(line) + "</B>" : html(line)).append("</TD></TR>");
            }
        }
        t.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">")
                .append(doc.date().isEmpty() ? "" : html(doc.date()) + " · ").append(html(doc.id()))
                .append("</FONT></TD></TR></TABLE>");
        return t.toString();
    }

    /** The first {@code n} lines, the last of them ending in an ellipsis when lines were left out. */
    private static List<String> atMost(List<String> lines, int n) {
        if (lines.size() <= n) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, n));
        kept.set(n - 1, kept.get(n - 1) + "…");
        return kept;
    }

    /** The languages of the title to write: those asked for that differ from each other. */
    private List<String> titleLangs(DocumentInfo doc) {
        List<String> langs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String lang : options.lang().tags()) {
            String t = doc.title(lang);
            if (!seen.contains(t)) {
                seen.add(t);
                langs.add(lang);
            }
        }
        return langs;
    }

    // ------------------------------------------------------------------ legend

    /**
     * A compact legend right of the map: one table naming only the roles and kinds of relation drawn,
     * each role in its colours and each kind with a line in its colour.
     */
    private void legend(StringBuilder out, List<Claim> claims, List<OtherDocument> others, List<Relation> relations) {
        boolean zh = options.lang().tags().contains("zh");
        boolean en = options.lang().tags().contains("en");
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        claims.forEach(c -> addRole(roles, c));
        others.forEach(o -> o.claims().forEach(c -> addRole(roles, c)));
        java.util.Set<RelationKind> kinds = java.util.EnumSet.noneOf(RelationKind.class);
        relations.forEach(r -> kinds.add(r.kind()));
        boolean interpretive = relations.stream().anyMatch(r -> r.basis() == org.argkg.argmap.Basis.INTERPRETIVE);

        StringBuilder t = new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
        t.append("<TR><TD ALIGN=\"LEFT\"><B>").append(html(words(zh, en, "图例", "Legend"))).append("</B></TD></TR>");
        for (Role role : roles) {
            RoleStyle s = DiagramStyle.of(role);
            t.append("<TR><TD ALIGN=\"LEFT\" BORDER=\"1\" BGCOLOR=").append(quote(s.fill())).append(" COLOR=")
                    .append(quote(s.border())).append(" ID=").append(quote("legend-" + role.word()))
                    .append(">").append(html(words(zh, en, s.zh(), s.en()))).append("</TD></TR>");
        }
        for (RelationKind kind : kinds) {
            EdgeStyle s = DiagramStyle.of(kind);
            t.append("<TR><TD ALIGN=\"LEFT\" ID=").append(quote("legend-" + safe(kind.word().replace(' ', '-'))))
                    .append("><FONT COLOR=").append(quote(s.color())).append(">").append(html(glyph(kind)))
                    .append("</FONT> ").append(html(words(zh, en, s.zh(), s.en()))).append("</TD></TR>");
        }
        if (interpretive) {
            t.append("<TR><TD ALIGN=\"LEFT\">").append(html("╌╌ " + words(zh, en, "虚线：解读推断", "dashed: interpretive")))
                    .append("</TD></TR>");
        }
        t.append("</TABLE>");
        out.append("\n  subgraph \"cluster_legend\" {\n");
        out.append("    graph [id=\"legend\", class=\"legend\", label=\"\", style=\"rounded\", color=\"#BBBBBB\", ")
                .append("bgcolor=\"#FFFFFF\", margin=4];\n");
        out.append("    \"legend/table\" [id=\"legend-table\", class=\"legend\", shape=plaintext, fontsize=9, margin=0, label=<")
                .append(t).append(">];\n");
        out.append("  }\n");
        // one column right of the rightmost column of the map
        Claim last = null;
        for (Claim c : claims) {
            if (last == null || rankOf(c.role()) >= rankOf(last.role())) {
                last = c;
            }
        }
        if (last != null) {
            out.append("  ").append(quote(name(last.iri()))).append(" -> \"legend/table\" [style=invis];\n");
        }
    }

    private static void addRole(java.util.Set<Role> roles, Claim c) {
        if (c.role() != null) {
            roles.add(c.role());
        }
    }

    private static int rankOf(Role role) {
        if (role == null) {
            return 0;
        }
        return switch (role) {
            case CAUSE, COUNTERFORCE, PREMISE -> 0;
            case THESIS -> 1;
            case CONSEQUENCE -> 2;
            case CONCLUSION -> 3;
        };
    }

    private static String glyph(RelationKind kind) {
        return switch (kind) {
            case SUPPORTS -> "━━▶";
            case ATTACKS -> "━━┫";
            case EVIDENCE_FOR -> "━━▷";
            case RESTATES -> "◇━◇";
        };
    }

    private static String words(boolean zh, boolean en, String z, String e) {
        return zh && en ? z + " " + e : zh ? z : e;
    }

    // ------------------------------------------------------------------ escaping

    /** The DOT node name of a claim: its IRI after the id namespace, in the safe alphabet. */
    static String name(String iri) {
        return localId(iri);
    }

    /** The rest of an IRI after {@code https://w3id.org/argkg/id/}, in the safe alphabet. */
    static String localId(String iri) {
        String rest = iri.startsWith(Ns.ID) ? iri.substring(Ns.ID.length()) : iri;
        return safe(rest);
    }

    /**
     * Keeps {@code A-Z a-z 0-9 - _ . / : #}; percent-encodes every other byte of the UTF-8 form, so
     * the result needs no escaping in a DOT string, an XML attribute or a CSS selector string.
     */
    static String safe(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_./:#".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** A DOT quoted string of text in the safe alphabet (or fixed text without quotes or backslashes). */
    static String quote(String s) {
        if (s.indexOf('"') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("not a safe DOT string: " + s);
        }
        return "\"" + s + "\"";
    }

    /**
     * Text for an HTML-like label: control characters dropped, white space collapsed, and
     * {@code & < > " '} written as character references.
     */
    static String html(String s) {
        String t = TextWrap.normalise(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
