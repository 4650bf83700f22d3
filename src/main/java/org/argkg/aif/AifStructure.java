package org.argkg.aif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.argkg.diagnostics.Position;

/**
 * The argument of a nodeset: each RA, CA or MA node with its premise I nodes and the I node it
 * concludes in. A scheme node that points at another scheme node (an attack on an inference) is
 * resolved, through that node, to the I node the chain ends in. Also lists what does not fit
 * argkg's model (issues), as errors (the nodeset cannot be mapped) or warnings (something is
 * skipped or changed, as documented in docs/aif.md).
 */
final class AifStructure {

    /**
     * One scheme application.
     *
     * @param scheme the RA, CA or MA node
     * @param premises its premise I nodes, in edge order
     * @param conclusion the I node it concludes in
     * @param via the scheme nodes between it and {@code conclusion} (empty unless it targets a relation)
     * @param anchored true when a YA node (an illocution such as Arguing) points at it: the text states it
     */
    public record Application(AifNode scheme, List<AifNode> premises, AifNode conclusion, List<AifNode> via,
            boolean anchored) {
    }

    /** Something about the nodeset to report. */
    public record Issue(boolean error, Position at, String code, String message) {
    }

    private final List<Application> applications;
    private final List<Issue> issues;

    private AifStructure(List<Application> applications, List<Issue> issues) {
        this.applications = List.copyOf(applications);
        this.issues = List.copyOf(issues);
    }

    public List<Application> applications() {
        return applications;
    }

    public List<Issue> issues() {
        return issues;
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::error);
    }

    /** Analyses a nodeset whose edges point at nodes it has (see {@link AifReader}). */
    public static AifStructure of(AifNodeset ns) {
        Map<String, AifNode> byId = ns.byId();
        List<Issue> issues = new ArrayList<>();
        Map<String, List<AifNode>> premises = new LinkedHashMap<>();
        Map<String, List<AifNode>> targets = new LinkedHashMap<>();
        Set<String> anchored = new LinkedHashSet<>();
        for (AifNode n : ns.nodes()) {
            if (n.type().isArgumentScheme()) {
                premises.putIfAbsent(n.nodeId(), new ArrayList<>());
                targets.putIfAbsent(n.nodeId(), new ArrayList<>());
            }
        }
        for (AifEdge e : ns.edges()) {
            AifNode from = byId.get(e.fromId());
            AifNode to = byId.get(e.toId());
            if (from == null || to == null) {
                continue;
            }
            if (from.type() == AifType.YA && to.type().isArgumentScheme()) {
                anchored.add(to.nodeId());
            }
            if (!from.type().isArgument() || !to.type().isArgument()) {
                continue; // dialogue and preference edges
            }
            if (to.type().isArgumentScheme() && from.type() == AifType.I) {
                List<AifNode> p = premises.get(to.nodeId());
                if (!p.contains(from)) {
                    p.add(from);
                }
            }
            if (from.type().isArgumentScheme()) {
                List<AifNode> t = targets.get(from.nodeId());
                if (!t.contains(to)) {
                    t.add(to);
                }
            }
        }
        // scheme nodes with a usable single target
        Map<String, AifNode> target = new LinkedHashMap<>();
        for (AifNode s : ns.nodes()) {
            if (!s.type().isArgumentScheme() || !byId.get(s.nodeId()).equals(s)) {
                continue;
            }
            List<AifNode> t = targets.get(s.nodeId());
            if (t.size() > 1) {
                issues.add(new Issue(true, s.at(), "AIF_SCHEME_CONCLUSIONS", s.describe() + " points to "
                        + t.size() + " nodes (" + t.stream().map(AifNode::describe).collect(Collectors.joining(", "))
                        + "); an RA, CA or MA node has exactly one conclusion"));
            } else if (t.size() == 1) {
                target.put(s.nodeId(), t.get(0));
            }
        }
        Set<String> inCycle = reportCycles(ns, target, issues);
        List<Application> apps = new ArrayList<>();
        for (AifNode s : ns.nodes()) {
            if (!s.type().isArgumentScheme() || !byId.get(s.nodeId()).equals(s) || targets.get(s.nodeId()).size() > 1) {
                continue;
            }
            List<AifNode> p = premises.get(s.nodeId());
            if (inCycle.contains(s.nodeId())) {
                continue; // reported as a cycle
            }
            if (!target.containsKey(s.nodeId())) {
                issues.add(new Issue(false, s.at(), "AIF_DANGLING_SCHEME", s.describe() + " has no conclusion; skipped"));
                continue;
            }
            if (p.isEmpty()) {
                issues.add(new Issue(false, s.at(), "AIF_DANGLING_SCHEME", s.describe() + " has no premise I node; skipped"));
                continue;
            }
            List<AifNode> via = new ArrayList<>();
            AifNode c = target.get(s.nodeId());
            boolean broken = false;
            while (c.type() != AifType.I) {
                if (inCycle.contains(c.nodeId()) || via.contains(c)) {
                    broken = true; // reported as a cycle
                    break;
                }
                via.add(c);
                AifNode next = target.get(c.nodeId());
                if (next == null) {
                    if (targets.get(c.nodeId()).isEmpty()) {
                        issues.add(new Issue(false, s.at(), "AIF_DANGLING_SCHEME", s.describe() + " points to "
                                + c.describe() + ", which has no conclusion; skipped"));
                    }
                    broken = true;
                    break;
                }
                c = next;
            }
            if (broken || inCycle.contains(s.nodeId())) {
                continue;
            }
            if (!via.isEmpty()) {
                AifNode first = via.get(0);
                String what = first.type() == AifType.RA ? "the inference" : first.type() == AifType.CA ? "the conflict" : "the rephrase";
                String verb = s.type() == AifType.CA ? "attacks" : s.type() == AifType.RA ? "supports" : "rephrases";
                issues.add(new Issue(false, s.at(), "AIF_ATTACK_ON_RELATION", s.describe() + " " + verb + " "
                        + first.describe() + " (" + what + " concluding in " + c.describe() + "), not a proposition; "
                        + "argkg maps cannot express relations on relations, so it becomes "
                        + (s.type() == AifType.CA ? "an attack on " : s.type() == AifType.RA ? "a support of " : "a restatement of ")
                        + c.describe() + " with basis interpretive"));
            }
            if (p.size() > 1) {
                String kind = s.type() == AifType.RA ? "supports" : s.type() == AifType.CA ? "attacks" : "restatements";
                issues.add(new Issue(false, s.at(), "AIF_LINKED_ARGUMENT", s.describe() + " has " + p.size()
                        + " premises (a linked argument); argkg relations have one premise each, so it becomes "
                        + p.size() + " " + kind));
            }
            apps.add(new Application(s, List.copyOf(p), c, List.copyOf(via), anchored.contains(s.nodeId())));
        }
        summariseSkipped(ns, issues);
        return new AifStructure(apps, issues);
    }

    /** Cycles of scheme nodes that never reach an I node; returns the nodes on them. */
    private static Set<String> reportCycles(AifNodeset ns, Map<String, AifNode> target, List<Issue> issues) {
        Set<String> onCycle = new LinkedHashSet<>();
        Map<String, AifNode> byId = ns.byId();
        for (AifNode start : ns.nodes()) {
            if (!start.type().isArgumentScheme() || onCycle.contains(start.nodeId())) {
                continue;
            }
            List<AifNode> path = new ArrayList<>();
            AifNode c = start;
            while (c != null && c.type().isArgumentScheme() && !path.contains(c) && !onCycle.contains(c.nodeId())) {
                path.add(c);
                c = target.get(c.nodeId());
            }
            if (c != null && path.contains(c)) {
                List<AifNode> cycle = new ArrayList<>(path.subList(path.indexOf(c), path.size()));
                cycle.forEach(n -> onCycle.add(n.nodeId()));
                // start the message at the node written first, so the report does not depend on where the walk began
                AifNode first = cycle.stream().min(Comparator.comparingInt(n -> ns.nodes().indexOf(byId.get(n.nodeId())))).orElseThrow();
                int k = cycle.indexOf(first);
                List<AifNode> ordered = new ArrayList<>(cycle.subList(k, cycle.size()));
                ordered.addAll(cycle.subList(0, k));
                ordered.add(first);
                issues.add(new Issue(true, first.at(), "AIF_SCHEME_CYCLE", "scheme nodes form a cycle with no I node: "
                        + ordered.stream().map(n -> n.type().word() + " '" + n.nodeId() + "'").collect(Collectors.joining(" → "))
                        + "; a chain of RA, CA and MA nodes must end at an I node"));
            }
        }
        return onCycle;
    }

    /** One warning per kind of node argkg does not map: preference, and the dialogue of AIF+. */
    private static void summariseSkipped(AifNodeset ns, List<Issue> issues) {
        Map<AifType, Integer> counts = new TreeMap<>();
        AifNode firstDialogue = null;
        AifNode firstPreference = null;
        for (AifNode n : ns.nodes()) {
            if (n.type().isDialogue()) {
                counts.merge(n.type(), 1, Integer::sum);
                firstDialogue = firstDialogue == null ? n : firstDialogue;
            } else if (n.type() == AifType.PA) {
                firstPreference = firstPreference == null ? n : firstPreference;
            }
        }
        if (firstDialogue != null || !ns.locutions().isEmpty()) {
            List<String> parts = new ArrayList<>();
            counts.forEach((t, k) -> parts.add(k + " " + t.word()));
            if (!ns.locutions().isEmpty()) {
                parts.add(ns.locutions().size() + " locution" + (ns.locutions().size() == 1 ? "" : "s"));
            }
            Position at = firstDialogue != null ? firstDialogue.at() : ns.locutions().get(0).at();
            issues.add(new Issue(false, at, "AIF_DIALOGUE_SKIPPED", "skipped the dialogue (" + String.join(", ", parts)
                    + "): argkg maps the argument (I, RA, CA and MA nodes); YA anchoring marks relations as explicit"));
        }
        if (firstPreference != null) {
            long k = ns.nodes().stream().filter(n -> n.type() == AifType.PA).count();
            issues.add(new Issue(false, firstPreference.at(), "AIF_PREFERENCE_SKIPPED", "skipped " + k
                    + " PA (preference) node" + (k == 1 ? "" : "s") + ": argkg has no preferences between arguments"));
        }
    }
}
