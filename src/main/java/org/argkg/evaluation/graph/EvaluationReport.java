package org.argkg.evaluation.graph;

import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
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
import org.argkg.io.JsonOutput;
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
     * label; the assumptions above it and a one-line summary of the derived attacks below.
     */
    public static String table(EvaluationResult r) {
        return table(r, false);
    }

    /**
     * The table, and with {@code explain} every derived attack with the chain it comes from, the
     * claims that attack themselves through a chain first, each once.
     */
    public static String table(EvaluationResult r, boolean explain) {
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
            sb.append('\n').append(derivedSummary(r)).append('\n');
            if (explain) {
                sb.append(explanation(r));
            }
        }
        return sb.toString();
    }

    /**
     * One line on the derived attacks: how many of each kind, how many claims attack themselves
     * through a chain, and where the chains are.
     */
    public static String derivedSummary(EvaluationResult r) {
        java.util.Map<org.argkg.evaluation.bipolar.DerivationKind, Integer> byKind =
                new java.util.EnumMap<>(org.argkg.evaluation.bipolar.DerivationKind.class);
        long self = 0;
        for (DerivedAttack d : r.derivedAttacks()) {
            byKind.merge(d.kind(), 1, Integer::sum);
            if (d.attacker() == d.attacked()) {
                self++;
            }
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((k, n) -> parts.add(n + " " + k.word()));
        int n = r.derivedAttacks().size();
        return n + " derived attack" + plural(n) + " (deductive support: " + String.join(", ", parts) + ")"
                + (self == 0 ? "" : self == 1 ? "; 1 claim attacks itself through a chain"
                        : "; " + self + " claims attack themselves through a chain")
                + "; --explain lists them";
    }

    /**
     * The derived attacks with their chains: first the claims that attack themselves through a
     * chain (each once, as such), then the attacks between two claims.
     */
    public static String explanation(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        List<DerivedAttack> self = r.derivedAttacks().stream().filter(d -> d.attacker() == d.attacked()).toList();
        List<DerivedAttack> others = r.derivedAttacks().stream().filter(d -> d.attacker() != d.attacked()).toList();
        if (!self.isEmpty()) {
            sb.append("\nclaims that attack themselves through a chain:\n");
            List<String> lefts = self.stream().map(d -> r.displayId(d.attacker())).toList();
            appendAligned(sb, r, self, lefts);
        }
        if (!others.isEmpty()) {
            sb.append("\nderived attacks (deductive support):\n");
            List<String> lefts = others.stream().map(d -> r.displayId(d.attacker()) + " -> " + r.displayId(d.attacked())).toList();
            appendAligned(sb, r, others, lefts);
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, EvaluationResult r, List<DerivedAttack> attacks, List<String> lefts) {
        int w = lefts.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < lefts.size(); i++) {
            DerivedAttack d = attacks.get(i);
            sb.append("  ").append(lefts.get(i)).append(" ".repeat(w - lefts.get(i).length() + 2))
                    .append(d.kind().word()).append(": ").append(Explanations.reason(r, d)).append('\n');
        }
    }

    /** Writes the evaluation to {@code out} as one JSON object (claims named {@code doc-id#node-id}), as it is generated. */
    public static void json(EvaluationResult r, PrintWriter out) {
        JsonOutput.print(out, g -> json(r, g));
    }

    private static void json(EvaluationResult r, JsonGenerator g) {
        List<Claim> claims = r.claims();
        g.writeStartObject()
                .write("semantics", r.semantics().word())
                .write("graph", EvaluationVocab.graph(r.semantics()))
                .write("evaluation", EvaluationVocab.evaluation(r.semantics()))
                .write("supportTreatment", r.supportTreatment().word());
        strings(g, "documents", r.graph().docIds());
        g.write("extensionCount", r.extensions().size());

        g.writeStartArray("extensions");
        for (int k = 0; k < r.extensions().size(); k++) {
            Labelling l = r.extensions().get(k);
            g.writeStartObject().write("index", k + 1);
            strings(g, "in", ids(r, l, Label.IN));
            strings(g, "out", ids(r, l, Label.OUT));
            strings(g, "undecided", ids(r, l, Label.UNDEC));
            g.writeEnd();
        }
        g.writeEnd();

        g.writeStartArray("claims");
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int claim = i;
            g.writeStartObject().write("id", c.qualifiedId()).write("iri", c.iri()).write("role", c.role())
                    .writeStartObject("label").write("en", c.labelEn()).write("zh", c.labelZh()).writeEnd();
            strings(g, "labels", r.extensions().stream().map(l -> l.label(claim).word()).toList());
            g.write("credulous", r.credulous()[i]).write("skeptical", r.skeptical()[i]).writeEnd();
        }
        g.writeEnd();

        g.writeStartArray("assumptions");
        for (ResolvedAssumption a : r.assumptions()) {
            g.writeStartObject().write("claim", claims.get(a.claim()).qualifiedId()).write("status", a.status().word());
            strings(g, "suspendedAttackers", a.suspendedAttackers().stream().map(s -> claims.get(s).qualifiedId()).toList());
            g.writeEnd();
        }
        g.writeEnd();

        g.writeStartArray("directAttacks");
        for (Relation rel : r.graph().attacks()) {
            g.writeStartObject().write("attacker", claims.get(rel.from()).qualifiedId()).write("attacked", claims.get(rel.to()).qualifiedId());
            JsonOutput.stringOrNull(g, "relation", rel.relationIri());
            g.writeEnd();
        }
        g.writeEnd();

        g.writeStartArray("derivedAttacks");
        for (DerivedAttack d : r.derivedAttacks()) {
            g.writeStartObject().write("attacker", claims.get(d.attacker()).qualifiedId())
                    .write("attacked", claims.get(d.attacked()).qualifiedId()).write("kind", d.kind().word());
            strings(g, "attackerChain", chain(claims, d.attackerChain()));
            strings(g, "attackedChain", chain(claims, d.attackedChain()));
            g.write("reason", Explanations.reason(r, d)).writeEnd();
        }
        g.writeEnd().writeEnd();
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

    private static List<String> chain(List<Claim> claims, int[] chain) {
        List<String> out = new ArrayList<>();
        for (int c : chain) {
            out.add(claims.get(c).qualifiedId());
        }
        return out;
    }

    private static List<String> ids(EvaluationResult r, Labelling l, Label which) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.claims().size(); i++) {
            if (l.label(i) == which) {
                out.add(r.claims().get(i).qualifiedId());
            }
        }
        return out;
    }

    private static void strings(JsonGenerator g, String key, List<String> values) {
        g.writeStartArray(key);
        values.forEach(g::write);
        g.writeEnd();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
