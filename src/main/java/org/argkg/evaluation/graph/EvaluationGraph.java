package org.argkg.evaluation.graph;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.argkg.store.GraphStore;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * An evaluation as RDF: the content of the named graph {@link EvaluationVocab#graph(Semantics)}.
 * No blank nodes; every IRI comes from the semantics, an index or a claim id, so the same store and
 * request always give the same graph.
 */
public final class EvaluationGraph {

    private EvaluationGraph() {
    }

    public static Model toModel(EvaluationResult r) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Ns.prefixMapping());
        Semantics sem = r.semantics();
        List<Claim> claims = r.claims();
        Resource ev = m.createResource(EvaluationVocab.evaluation(sem));
        ev.addProperty(RDF.type, EvaluationVocab.Evaluation);
        ev.addProperty(RDFS.label, "Evaluation under " + sem.word() + " semantics", "en");
        ev.addProperty(RDFS.label, zh(sem) + "下的评估", "zh");
        ev.addProperty(EvaluationVocab.semantics, EvaluationVocab.semantics(sem));
        ev.addProperty(EvaluationVocab.supportTreatment, EvaluationVocab.supportTreatment(r.supportTreatment()));
        for (String doc : r.graph().docIds()) {
            ev.addProperty(EvaluationVocab.evaluates, m.createResource(Iris.document(doc)));
        }
        ev.addLiteral(EvaluationVocab.argumentCount, integer(m, claims.size()));
        ev.addLiteral(EvaluationVocab.directAttackCount, integer(m, r.graph().attacks().size()));
        ev.addLiteral(EvaluationVocab.derivedAttackCount, integer(m, r.derivedAttacks().size()));
        ev.addLiteral(EvaluationVocab.extensionCount, integer(m, r.extensions().size()));

        for (int k = 0; k < r.extensions().size(); k++) {
            Labelling l = r.extensions().get(k);
            Resource ext = m.createResource(EvaluationVocab.extension(sem, k + 1));
            ev.addProperty(EvaluationVocab.hasExtension, ext);
            ext.addProperty(RDF.type, EvaluationVocab.Extension);
            ext.addProperty(RDFS.label, capitalised(sem.word()) + " extension " + (k + 1), "en");
            ext.addProperty(RDFS.label, zh(sem).replace("语义", "外延") + " " + (k + 1), "zh");
            ext.addLiteral(EvaluationVocab.extensionIndex, integer(m, k + 1));
            for (int i = 0; i < claims.size(); i++) {
                Resource lab = m.createResource(EvaluationVocab.label(sem, k + 1, claims.get(i)));
                ext.addProperty(EvaluationVocab.hasLabel, lab);
                lab.addProperty(RDF.type, EvaluationVocab.ArgumentLabel);
                lab.addProperty(EvaluationVocab.claim, m.createResource(claims.get(i).iri()));
                lab.addProperty(EvaluationVocab.status, EvaluationVocab.status(l.label(i)));
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            Resource c = m.createResource(claims.get(i).iri());
            if (r.credulous()[i]) {
                ev.addProperty(EvaluationVocab.credulouslyAccepts, c);
            }
            if (r.skeptical()[i]) {
                ev.addProperty(EvaluationVocab.skepticallyAccepts, c);
            }
        }
        for (ResolvedAssumption a : r.assumptions()) {
            Claim c = claims.get(a.claim());
            Resource as = m.createResource(EvaluationVocab.assumption(sem, c));
            ev.addProperty(EvaluationVocab.hasAssumption, as);
            as.addProperty(RDF.type, EvaluationVocab.Assumption);
            as.addProperty(EvaluationVocab.claim, m.createResource(c.iri()));
            as.addProperty(EvaluationVocab.status, EvaluationVocab.status(a.status()));
            for (int s : a.suspendedAttackers()) {
                as.addProperty(EvaluationVocab.suspendsAttackFrom, m.createResource(claims.get(s).iri()));
            }
        }
        for (int k = 0; k < r.derivedAttacks().size(); k++) {
            DerivedAttack d = r.derivedAttacks().get(k);
            Resource da = m.createResource(EvaluationVocab.derivedAttack(sem, k + 1));
            ev.addProperty(EvaluationVocab.hasDerivedAttack, da);
            da.addProperty(RDF.type, EvaluationVocab.DerivedAttack);
            da.addProperty(EvaluationVocab.attacker, m.createResource(claims.get(d.attacker()).iri()));
            da.addProperty(EvaluationVocab.attacked, m.createResource(claims.get(d.attacked()).iri()));
            da.addProperty(EvaluationVocab.derivation, EvaluationVocab.derivation(d.kind()));
            r.graph().attack(d.baseAttacker(), d.baseAttacked()).map(Relation::relationIri)
                    .ifPresent(iri -> da.addProperty(EvaluationVocab.viaAttack, m.createResource(iri)));
            for (String s : Explanations.supportNodes(r.graph(), d)) {
                da.addProperty(EvaluationVocab.viaSupport, m.createResource(s));
            }
            da.addProperty(RDFS.comment, d.kind().word() + " attack: " + Explanations.reason(r, d), "en");
        }
        return m;
    }

    /** Writes the evaluation to its named graph, replacing the previous evaluation under the same semantics. */
    public static Model write(GraphStore store, EvaluationResult r) {
        Model m = toModel(r);
        store.replaceGraph(EvaluationVocab.graph(r.semantics()), m);
        return m;
    }

    private static Literal integer(Model m, int v) {
        return m.createTypedLiteral(Integer.toString(v), XSDDatatype.XSDinteger);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The Chinese name of a semantics. */
    static String zh(Semantics s) {
        return switch (s) {
            case GROUNDED -> "基语义";
            case COMPLETE -> "完全语义";
            case PREFERRED -> "优先语义";
            case STABLE -> "稳定语义";
        };
    }
}
