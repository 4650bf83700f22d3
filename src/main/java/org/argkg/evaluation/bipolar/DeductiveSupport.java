package org.argkg.evaluation.bipolar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attacks that deductive support adds to a bipolar framework (Boella, Gabbay, van der Torre &amp;
 * Villata 2010; Cayrol &amp; Lagasquie-Schiex 2013, "Bipolarity in argumentation graphs").
 *
 * <p>With deductive support, "a supports b" reads: if a is accepted, b must be accepted too. Two
 * arguments then conflict whenever what one commits to attacks what the other commits to. Writing
 * {@code a ⇒* x} for "a = x, or a supports x through a chain of supports", the closed attack relation
 * is
 *
 * <pre>  a attacks c   iff   a ⇒* x,  x attacks y directly,  c ⇒* y</pre>
 *
 * which is the least relation that contains the direct attacks and is closed under the two rules of
 * deductive support, applied along support chains:
 * <ul>
 * <li>supported attack: a ⇒ b and b attacks c give a attacks c;</li>
 * <li>mediated attack: a attacks b and c ⇒ b give a attacks c;</li>
 * </ul>
 * a derived attack that needs both (a support chain on each side) is called super-mediated.
 * Example: {@code cause ⇒ thesis}, {@code thesis → premise}, {@code counter → thesis} give the
 * supported attack {@code cause → premise} and the mediated attack {@code counter → cause}.
 *
 * <p>Time: one breadth-first search backwards over the supports from each argument that takes part
 * in a direct attack, then the product of the two sets of supporters of each direct attack.
 */
public final class DeductiveSupport {

    private DeductiveSupport() {
    }

    /**
     * The derived attacks of a framework of {@code n} arguments, sorted by attacker then attacked;
     * attacks that are also direct are not repeated. {@code attacks} and {@code supports} hold
     * {@code {from, to}} pairs.
     */
    public static List<DerivedAttack> derive(int n, List<int[]> attacks, List<int[]> supports) {
        // supporters of each argument, sorted, without repeats
        List<Set<Integer>> sup = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sup.add(new java.util.TreeSet<>());
        }
        for (int[] s : supports) {
            if (s[0] != s[1]) {
                sup.get(s[1]).add(s[0]);
            }
        }
        int[][] supporters = new int[n][];
        for (int i = 0; i < n; i++) {
            supporters[i] = sup.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        Set<Long> direct = new HashSet<>();
        List<int[]> sorted = new ArrayList<>(attacks);
        sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        for (int[] a : sorted) {
            direct.add(key(a[0], a[1]));
        }
        Map<Integer, Reach> reach = new HashMap<>();
        int[] scratch = new int[n];
        Arrays.fill(scratch, -1);
        Map<Long, Candidate> best = new HashMap<>();
        for (int[] att : sorted) {
            int x = att[0];
            int y = att[1];
            Reach rx = reach.computeIfAbsent(x, v -> Reach.of(v, supporters, scratch));
            Reach ry = reach.computeIfAbsent(y, v -> Reach.of(v, supporters, scratch));
            for (int a : rx.members) {
                for (int c : ry.members) {
                    if ((a == x && c == y) || direct.contains(key(a, c))) {
                        continue;
                    }
                    int cost = rx.dist(a) + ry.dist(c);
                    long k = key(a, c);
                    Candidate old = best.get(k);
                    if (old == null || cost < old.cost) {
                        best.put(k, new Candidate(a, c, cost, rx, ry));
                    }
                }
            }
        }
        List<DerivedAttack> out = new ArrayList<>(best.size());
        for (Candidate cd : best.values()) {
            int[] left = cd.rx.chain(cd.a);
            int[] right = cd.ry.chain(cd.c);
            DerivationKind kind = left.length > 1 && right.length > 1 ? DerivationKind.SUPER_MEDIATED
                    : left.length > 1 ? DerivationKind.SUPPORTED : DerivationKind.MEDIATED;
            out.add(new DerivedAttack(cd.a, cd.c, kind, left, right));
        }
        out.sort((p, q) -> p.attacker() != q.attacker() ? Integer.compare(p.attacker(), q.attacker())
                : Integer.compare(p.attacked(), q.attacked()));
        return out;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private record Candidate(int a, int c, int cost, Reach rx, Reach ry) {
    }

    /** The arguments that support {@code target} through a chain of supports (and target itself), by BFS. */
    private static final class Reach {

        final int[] members;
        /** For each member: its distance to the target in supports and the next argument on a shortest chain. */
        private final Map<Integer, int[]> step;

        private Reach(int[] members, Map<Integer, int[]> step) {
            this.members = members;
            this.step = step;
        }

        /** BFS backwards over the supports; {@code scratch} is all -1 on entry and on exit. */
        static Reach of(int target, int[][] supporters, int[] scratch) {
            List<Integer> queue = new ArrayList<>();
            Map<Integer, int[]> step = new HashMap<>();
            scratch[target] = 0;
            step.put(target, new int[] {0, target});
            queue.add(target);
            for (int head = 0; head < queue.size(); head++) {
                int v = queue.get(head);
                for (int s : supporters[v]) {
                    if (scratch[s] < 0) {
                        scratch[s] = scratch[v] + 1;
                        step.put(s, new int[] {scratch[s], v});
                        queue.add(s);
                    }
                }
            }
            int[] members = queue.stream().mapToInt(Integer::intValue).toArray();
            for (int m : members) {
                scratch[m] = -1;
            }
            Arrays.sort(members);
            return new Reach(members, step);
        }

        int dist(int a) {
            return step.get(a)[0];
        }

        /** a, then each next argument, up to the target. */
        int[] chain(int a) {
            int[] c = new int[dist(a) + 1];
            int v = a;
            for (int i = 0; i < c.length; i++) {
                c[i] = v;
                v = step.get(v)[1];
            }
            return c;
        }
    }
}
