package org.argkg.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.argkg.evaluation.af.ArgumentationFramework;

/**
 * Extensions by the definitions of Dung (1995), checked on every subset of the arguments: no search,
 * no labellings, no propagation — a reference to compare the solvers with, on up to ~16 arguments.
 * Sets are bit masks (bit i = argument i).
 */
final class BruteForce {

    private final int n;
    private final int[] targets;
    private final int[] attackers;

    BruteForce(ArgumentationFramework af) {
        if (af.size() > 20) {
            throw new IllegalArgumentException("too many arguments for brute force: " + af.size());
        }
        n = af.size();
        targets = new int[n];
        attackers = new int[n];
        for (int[] a : af.attackList()) {
            targets[a[0]] |= 1 << a[1];
            attackers[a[1]] |= 1 << a[0];
        }
    }

    /** The arguments attacked by some member of {@code s}. */
    int attackedBy(int s) {
        int r = 0;
        for (int a = 0; a < n; a++) {
            if ((s & (1 << a)) != 0) {
                r |= targets[a];
            }
        }
        return r;
    }

    boolean conflictFree(int s) {
        return (attackedBy(s) & s) == 0;
    }

    /** The characteristic function: the arguments all of whose attackers {@code s} attacks. */
    int defended(int s) {
        int hit = attackedBy(s);
        int r = 0;
        for (int a = 0; a < n; a++) {
            if ((attackers[a] & ~hit) == 0) {
                r |= 1 << a;
            }
        }
        return r;
    }

    boolean admissible(int s) {
        return conflictFree(s) && (s & ~defended(s)) == 0;
    }

    boolean complete(int s) {
        return conflictFree(s) && defended(s) == s;
    }

    boolean stable(int s) {
        int all = (1 << n) - 1;
        return conflictFree(s) && (s | attackedBy(s)) == all;
    }

    int grounded() {
        int s = 0;
        while (true) {
            int next = defended(s);
            if (next == s) {
                return s;
            }
            s = next;
        }
    }

    List<Integer> extensions(Semantics semantics) {
        List<Integer> out = new ArrayList<>();
        int all = 1 << n;
        switch (semantics) {
            case GROUNDED -> out.add(grounded());
            case COMPLETE -> {
                for (int s = 0; s < all; s++) {
                    if (complete(s)) {
                        out.add(s);
                    }
                }
            }
            case STABLE -> {
                for (int s = 0; s < all; s++) {
                    if (stable(s)) {
                        out.add(s);
                    }
                }
            }
            case PREFERRED -> {
                List<Integer> adm = new ArrayList<>();
                for (int s = 0; s < all; s++) {
                    if (admissible(s)) {
                        adm.add(s);
                    }
                }
                for (int s : adm) {
                    boolean maximal = true;
                    for (int t : adm) {
                        if (t != s && (s & ~t) == 0) {
                            maximal = false;
                            break;
                        }
                    }
                    if (maximal) {
                        out.add(s);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }
}
