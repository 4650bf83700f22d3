package org.argkg.evaluation.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.argkg.evaluation.Label;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.store.Sorting;
import org.argkg.vocab.Ns;

/** An evaluation as text: a table for people, JSON for programs, Turtle for RDF tools. Deterministic. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** A one-line summary: semantics, support treatment, sizes, number of extensions. */
    public static String summary(EvaluationResult r) {
        int k = r.extensions().size();
        return r.semantics().word() + " semantics, "
                + (r.supportTreatment() == SupportTreatment.DEDUCTIVE ? "deductive support" : "supports ignored") + ": "
                + r.claims().size() + " claim" + plural(r.claims().size()) + ", "
                + r.graph().attacks().size() + " direct and " + r.derivedAttacks().size() + " derived attack"
                + plural(r.derivedAttacks().size()) + ", " + (k == 0 ? "no extension" : k + " extension" + plural(k));
    }

    /**
     * The table: one row per claim (sorted by IRI) with its document (when there are several), role,
     * label in each extension E1…Ek, whether it is credulously and skeptically accepted, and English
     * label; the assumptions above it and the derived attacks with their reasons below.
     */
    public static String table(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(summary(r)).append('\n');
        for (ResolvedAssumption a : r.assumptions()) {
            sb.append("assumed ").append(a.status().word()).append(": ").append(r.displayId(a.claim()));
            if (!a.suspendedAttackers().isEmpty()) {
                sb.append(" (suspends the attacks of ")
                        .append(String.join(", ", a.suspendedAttackers().stream().map(r::displayId).toList())).append(')');
            }
            sb.append('\n');
        }
        sb.append('\n');
        boolean manyDocs = r.graph().docIds().size() > 1;
        List<String> header = new ArrayList<>(manyDocs ? List.of("claim", "document", "role") : List.of("claim", "role"));
        for (int k = 1; k <= r.extensions().size(); k++) {
            header.add("E" + k);
        }
        header.addAll(List.of("credulous", "skeptical", "label"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 0; i < r.claims().size(); i++) {
            Claim c = r.claims().get(i);
            List<String> row = new ArrayList<>(manyDocs ? List.of(r.displayId(i), c.docId(), c.role()) : List.of(r.displayId(i), c.role()));
            for (Labelling l : r.extensions()) {
                row.add(l.label(i).word());
            }
            row.add(r.credulous()[i] ? "yes" : "no");
            row.add(r.skeptical()[i] ? "yes" : "no");
            row.add(c.labelEn());
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (List<String> row : rows) {
            for (int j = 0; j < row.size(); j++) {
                width[j] = Math.max(width[j], row.get(j).codePointCount(0, row.get(j).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < row.size(); j++) {
                String cell = row.get(j);
                line.append(cell);
                if (j + 1 < row.size()) {
                    line.append(" ".repeat(width[j] - cell.codePointCount(0, cell.length()) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (r.extensions().isEmpty()) {
            sb.append("(no ").append(r.semantics().word()).append(" extension: every claim is skeptically and no claim credulously accepted)\n");
        }
        if (!r.derivedAttacks().isEmpty()) {
            sb.append("\nderived attacks (deductive support):\n");
            List<String> lefts = new ArrayList<>();
            for (DerivedAttack d : r.derivedAttacks()) {
                lefts.add(r.displayId(d.attacker()) + " -> " + r.displayId(d.attacked()));
            }
            int w = lefts.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < lefts.size(); i++) {
                DerivedAttack d = r.derivedAttacks().get(i);
                sb.append("  ").append(lefts.get(i)).append(" ".repeat(w - lefts.get(i).length() + 2))
                        .append(d.kind().word()).append(": ").append(Explanations.reason(r, d)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The evaluation as one JSON object (claims named {@code doc-id#node-id}). */
    public static String json(EvaluationResult r) {
        List<Claim> claims = r.claims();
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, 1, "semantics", str(r.semantics().word()), true);
        field(sb, 1, "graph", str(EvaluationVocab.graph(r.semantics())), true);
        field(sb, 1, "evaluation", str(EvaluationVocab.evaluation(r.semantics())), true);
        field(sb, 1, "supportTreatment", str(r.supportTreatment().word()), true);
        field(sb, 1, "documents", list(r.graph().docIds().stream().map(EvaluationReport::str).toList()), true);
        field(sb, 1, "extensionCount", Integer.toString(r.extensions().size()), true);

        List<String> exts = new ArrayList<>();
        for (int k = 0; k < r.extensions().size(); k++) {
            Labelling l = r.extensions().get(k);
            exts.add("{\"index\": " + (k + 1) + ", \"in\": " + ids(r, l, Label.IN) + ", \"out\": " + ids(r, l, Label.OUT)
                    + ", \"undecided\": " + ids(r, l, Label.UNDEC) + "}");
        }
        field(sb, 1, "extensions", block(exts, 1), true);

        List<String> cs = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int claim = i;
            cs.add("{\"id\": " + str(c.qualifiedId()) + ", \"iri\": " + str(c.iri()) + ", \"role\": " + str(c.role())
                    + ", \"label\": {\"en\": " + str(c.labelEn()) + ", \"zh\": " + str(c.labelZh()) + "}"
                    + ", \"labels\": " + list(r.extensions().stream().map(l -> str(l.label(claim).word())).toList())
                    + ", \"credulous\": " + r.credulous()[i] + ", \"skeptical\": " + r.skeptical()[i] + "}");
        }
        field(sb, 1, "claims", block(cs, 1), true);

        List<String> as = new ArrayList<>();
        for (ResolvedAssumption a : r.assumptions()) {
            as.add("{\"claim\": " + str(claims.get(a.claim()).qualifiedId()) + ", \"status\": " + str(a.status().word())
                    + ", \"suspendedAttackers\": " + list(a.suspendedAttackers().stream().map(s -> str(claims.get(s).qualifiedId())).toList()) + "}");
        }
        field(sb, 1, "assumptions", block(as, 1), true);

        List<String> direct = new ArrayList<>();
        for (Relation rel : r.graph().attacks()) {
            direct.add("{\"attacker\": " + str(claims.get(rel.from()).qualifiedId()) + ", \"attacked\": "
                    + str(claims.get(rel.to()).qualifiedId()) + ", \"relation\": " + (rel.relationIri() == null ? "null" : str(rel.relationIri())) + "}");
        }
        field(sb, 1, "directAttacks", block(direct, 1), true);

        List<String> derived = new ArrayList<>();
        for (DerivedAttack d : r.derivedAttacks()) {
            derived.add("{\"attacker\": " + str(claims.get(d.attacker()).qualifiedId()) + ", \"attacked\": "
                    + str(claims.get(d.attacked()).qualifiedId()) + ", \"kind\": " + str(d.kind().word())
                    + ", \"attackerChain\": " + chain(claims, d.attackerChain()) + ", \"attackedChain\": " + chain(claims, d.attackedChain())
                    + ", \"reason\": " + str(Explanations.reason(r, d)) + "}");
        }
        field(sb, 1, "derivedAttacks", block(derived, 1), false);
        return sb.append("}\n").toString();
    }

    /** Turtle of the evaluation graph, triples sorted, argkg's prefixes: the same bytes for the same evaluation. */
    public static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Ns.prefixes().forEach(stream::prefix);
        Sorting.sortedTriples(m.getGraph()).forEach(stream::triple);
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String chain(List<Claim> claims, int[] chain) {
        List<String> out = new ArrayList<>();
        for (int c : chain) {
            out.add(str(claims.get(c).qualifiedId()));
        }
        return list(out);
    }

    private static String ids(EvaluationResult r, Labelling l, Label which) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.claims().size(); i++) {
            if (l.label(i) == which) {
                out.add(str(r.claims().get(i).qualifiedId()));
            }
        }
        return list(out);
    }

    private static void field(StringBuilder sb, int indent, String name, String value, boolean comma) {
        sb.append("  ".repeat(indent)).append(str(name)).append(": ").append(value).append(comma ? ",\n" : "\n");
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String block(List<String> items, int indent) {
        if (items.isEmpty()) {
            return "[]";
        }
        String pad = "  ".repeat(indent + 1);
        return "[\n" + pad + String.join(",\n" + pad, items) + "\n" + "  ".repeat(indent) + "]";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A JSON string literal. */
    static String str(String s) {
        return org.argkg.io.Json.string(s);
    }
}
