package org.argkg.evaluation.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.argkg.evaluation.Label;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.bipolar.DerivationKind;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.vocab.Ns;

/**
 * The terms of evaluation graphs, in the argkg ontology namespace (listed, with labels and comments
 * in English and Chinese, in {@code docs/evaluation.md}), and the IRIs evaluations mint: all derived
 * from the semantics, the extension index and the claim ids, never random.
 */
public final class EvaluationVocab {

    private EvaluationVocab() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(Ns.ARGKG + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(Ns.ARGKG + local);
    }

    // classes (those without individuals in the graph are declared for the ontology; see docs/evaluation.md)
    public static final Resource Evaluation = r("Evaluation");
    public static final Resource Extension = r("Extension");
    public static final Resource ArgumentLabel = r("ArgumentLabel");
    public static final Resource Status = r("Status");
    public static final Resource ArgumentationSemantics = r("ArgumentationSemantics");
    public static final Resource SupportInterpretation = r("SupportInterpretation");
    public static final Resource Assumption = r("Assumption");
    public static final Resource DerivedAttack = r("DerivedAttack");
    public static final Resource AttackDerivation = r("AttackDerivation");

    // individuals
    public static final Resource In = r("In");
    public static final Resource Out = r("Out");
    public static final Resource Undecided = r("Undecided");

    // properties
    public static final Property semantics = p("semantics");
    public static final Property supportTreatment = p("supportTreatment");
    public static final Property evaluates = p("evaluates");
    public static final Property argumentCount = p("argumentCount");
    public static final Property directAttackCount = p("directAttackCount");
    public static final Property derivedAttackCount = p("derivedAttackCount");
    public static final Property extensionCount = p("extensionCount");
    public static final Property hasExtension = p("hasExtension");
    public static final Property extensionIndex = p("extensionIndex");
    public static final Property hasLabel = p("hasLabel");
    public static final Property claim = p("claim");
    public static final Property status = p("status");
    public static final Property credulouslyAccepts = p("credulouslyAccepts");
    public static final Property skepticallyAccepts = p("skepticallyAccepts");
    public static final Property hasAssumption = p("hasAssumption");
    public static final Property suspendsAttackFrom = p("suspendsAttackFrom");
    public static final Property hasDerivedAttack = p("hasDerivedAttack");
    public static final Property attacker = p("attacker");
    public static final Property attacked = p("attacked");
    public static final Property derivation = p("derivation");
    public static final Property viaAttack = p("viaAttack");
    public static final Property viaSupport = p("viaSupport");

    public static Resource status(Label l) {
        return switch (l) {
            case IN -> In;
            case OUT -> Out;
            case UNDEC -> Undecided;
        };
    }

    /** {@code argkg:GroundedSemantics}, …. */
    public static Resource semantics(Semantics s) {
        return r(Character.toUpperCase(s.word().charAt(0)) + s.word().substring(1) + "Semantics");
    }

    /** {@code argkg:DeductiveSupport} or {@code argkg:NoSupport}. */
    public static Resource supportTreatment(SupportTreatment t) {
        return t == SupportTreatment.DEDUCTIVE ? r("DeductiveSupport") : r("NoSupport");
    }

    public static Resource derivation(DerivationKind k) {
        return r(k.individual());
    }

    // ------------------------------------------------------------------ IRIs

    /** Where the named graphs of evaluations are: {@code https://w3id.org/argkg/graph/evaluation/}. */
    public static final String GRAPHS = Ns.GRAPH + "evaluation/";

    /** The named graph of an evaluation: {@code https://w3id.org/argkg/graph/evaluation/<semantics>}. */
    public static String graph(Semantics s) {
        return GRAPHS + s.word();
    }

    /** {@code https://w3id.org/argkg/id/evaluation/<semantics>}. */
    public static String evaluation(Semantics s) {
        return Ns.ID + "evaluation/" + s.word();
    }

    /** {@code …/evaluation/<semantics>/extension/<k>}, k from 1 in the sorted order. */
    public static String extension(Semantics s, int k) {
        return evaluation(s) + "/extension/" + k;
    }

    /** {@code …/extension/<k>/<doc>/<node>}: the label extension k gives a claim. */
    public static String label(Semantics s, int k, Claim c) {
        return extension(s, k) + "/" + c.docId() + "/" + c.nodeId();
    }

    /** {@code …/evaluation/<semantics>/assumption/<doc>/<node>}. */
    public static String assumption(Semantics s, Claim c) {
        return evaluation(s) + "/assumption/" + c.docId() + "/" + c.nodeId();
    }

    /** {@code …/evaluation/<semantics>/derived-attack/<k>}, k from 1 in order of attacker, then attacked. */
    public static String derivedAttack(Semantics s, int k) {
        return evaluation(s) + "/derived-attack/" + k;
    }
}
