package org.argkg.aif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A canonical form of the argument of a nodeset, for comparing nodesets up to renumbering: each I
 * node named by its text, each scheme node by its type, its premises and its conclusion (named
 * recursively), and each edge by the names of its ends. Dialogue and preference nodes are left out.
 * Two nodesets with the same canonical form have the same I, RA, CA and MA nodes and edges (when
 * I-node texts are unique, as in every fixture).
 */
final class Canonical {

    private Canonical() {
    }

    static List<String> of(AifNodeset ns) {
        Map<String, AifNode> byId = ns.byId();
        List<String> out = new ArrayList<>();
        for (AifNode n : ns.nodes()) {
            if (n.type().isArgument()) {
                out.add("node " + name(n, ns, byId, 0));
            }
        }
        for (AifEdge e : ns.edges()) {
            AifNode from = byId.get(e.fromId());
            AifNode to = byId.get(e.toId());
            if (from.type().isArgument() && to.type().isArgument()) {
                out.add("edge " + name(from, ns, byId, 0) + " => " + name(to, ns, byId, 0));
            }
        }
        out.sort(null);
        return out;
    }

    private static String name(AifNode n, AifNodeset ns, Map<String, AifNode> byId, int depth) {
        if (n.type() == AifType.I) {
            return "I[" + n.text().strip() + "]";
        }
        if (depth > 20) {
            return n.type().word() + "(…)";
        }
        List<String> premises = new ArrayList<>();
        String conclusion = "?";
        for (AifEdge e : ns.edges()) {
            AifNode from = byId.get(e.fromId());
            AifNode to = byId.get(e.toId());
            if (to == n && from.type() == AifType.I) {
                premises.add(name(from, ns, byId, depth + 1));
            } else if (from == n && to.type().isArgument()) {
                conclusion = name(to, ns, byId, depth + 1);
            }
        }
        premises.sort(null);
        return n.type().word() + "(" + String.join(" + ", premises) + " -> " + conclusion + ")";
    }
}
