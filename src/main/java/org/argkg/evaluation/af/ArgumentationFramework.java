package org.argkg.evaluation.af;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An abstract argumentation framework (Dung 1995): arguments, numbered from 0, with names, and a
 * binary attack relation. Immutable. Attacks are stored twice in compressed sparse rows — the
 * attackers of each argument and the targets of each argument — each row sorted, duplicates
 * removed, so that every algorithm can walk them in time linear in the number of attacks.
 */
public final class ArgumentationFramework {

    private final String[] names;
    private final Map<String, Integer> index;
    private final int[] attackerStart;
    private final int[] attackers;
    private final int[] targetStart;
    private final int[] targets;

    private ArgumentationFramework(String[] names, Map<String, Integer> index, int[] attackerStart, int[] attackers,
            int[] targetStart, int[] targets) {
        this.names = names;
        this.index = index;
        this.attackerStart = attackerStart;
        this.attackers = attackers;
        this.targetStart = targetStart;
        this.targets = targets;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A framework of the given arguments and attacks, {@code attacks[i] = {from, to}}. */
    public static ArgumentationFramework of(List<String> names, int[][] attacks) {
        Builder b = builder();
        names.forEach(b::addArgument);
        for (int[] a : attacks) {
            b.addAttack(a[0], a[1]);
        }
        return b.build();
    }

    /** Number of arguments. */
    public int size() {
        return names.length;
    }

    /** Number of distinct attacks. */
    public int attackCount() {
        return attackers.length;
    }

    public String name(int argument) {
        return names[argument];
    }

    /** The index of the argument with this name. */
    public OptionalInt indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public int attackerCount(int argument) {
        return attackerStart[argument + 1] - attackerStart[argument];
    }

    public int targetCount(int argument) {
        return targetStart[argument + 1] - targetStart[argument];
    }

    /** The {@code k}-th attacker of {@code argument}, {@code 0 <= k < attackerCount(argument)}. */
    public int attacker(int argument, int k) {
        return attackers[attackerStart[argument] + k];
    }

    /** The {@code k}-th argument {@code argument} attacks. */
    public int target(int argument, int k) {
        return targets[targetStart[argument] + k];
    }

    /** Every attack as {@code {from, to}}, sorted by attacker then target. */
    public List<int[]> attackList() {
        List<int[]> list = new ArrayList<>(attackCount());
        for (int a = 0; a < size(); a++) {
            for (int k = targetStart[a]; k < targetStart[a + 1]; k++) {
                list.add(new int[] {a, targets[k]});
            }
        }
        return list;
    }

    // package-private raw access for the solvers (no copies)
    int[] rawAttackerStart() {
        return attackerStart;
    }

    int[] rawAttackers() {
        return attackers;
    }

    int[] rawTargetStart() {
        return targetStart;
    }

    int[] rawTargets() {
        return targets;
    }

    @Override
    public String toString() {
        return "AF(" + size() + " arguments, " + attackCount() + " attacks)";
    }

    /** Collects arguments and attacks; {@link #build()} sorts and deduplicates the attacks. */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int attackCount;

        private Builder() {
        }

        /**
         * Adds an argument and returns its index; an argument of the same name is not added twice
         * (its existing index is returned).
         */
        public int addArgument(String name) {
            Integer existing = index.get(name);
            if (existing != null) {
                return existing;
            }
            int i = names.size();
            names.add(name);
            index.put(name, i);
            return i;
        }

        public boolean hasArgument(String name) {
            return index.containsKey(name);
        }

        public OptionalInt indexOf(String name) {
            Integer i = index.get(name);
            return i == null ? OptionalInt.empty() : OptionalInt.of(i);
        }

        public int size() {
            return names.size();
        }

        /** Adds the attack {@code from → to} between arguments already added. */
        public Builder addAttack(int attacker, int target) {
            if (attacker < 0 || attacker >= names.size() || target < 0 || target >= names.size()) {
                throw new IllegalArgumentException("attack " + attacker + " -> " + target + " between unknown arguments");
            }
            if (attackCount == from.length) {
                from = Arrays.copyOf(from, attackCount * 2);
                to = Arrays.copyOf(to, attackCount * 2);
            }
            from[attackCount] = attacker;
            to[attackCount] = target;
            attackCount++;
            return this;
        }

        public ArgumentationFramework build() {
            int n = names.size();
            // counting sort by attacker, then sort each row and remove duplicates
            int[] tStart = new int[n + 1];
            for (int i = 0; i < attackCount; i++) {
                tStart[from[i] + 1]++;
            }
            for (int a = 0; a < n; a++) {
                tStart[a + 1] += tStart[a];
            }
            int[] fill = Arrays.copyOf(tStart, n);
            int[] tgt = new int[attackCount];
            for (int i = 0; i < attackCount; i++) {
                tgt[fill[from[i]]++] = to[i];
            }
            int[] newStart = new int[n + 1];
            int w = 0;
            for (int a = 0; a < n; a++) {
                int s = tStart[a];
                int e = tStart[a + 1];
                Arrays.sort(tgt, s, e);
                newStart[a] = w;
                for (int k = s; k < e; k++) {
                    if (k == s || tgt[k] != tgt[k - 1]) {
                        tgt[w++] = tgt[k];
                    }
                }
            }
            newStart[n] = w;
            int m = w;
            int[] targets = Arrays.copyOf(tgt, m);
            // the transpose: attackers of each argument, sorted because we walk attackers in order
            int[] aStart = new int[n + 1];
            for (int k = 0; k < m; k++) {
                aStart[targets[k] + 1]++;
            }
            for (int a = 0; a < n; a++) {
                aStart[a + 1] += aStart[a];
            }
            int[] afill = Arrays.copyOf(aStart, n);
            int[] att = new int[m];
            for (int a = 0; a < n; a++) {
                for (int k = newStart[a]; k < newStart[a + 1]; k++) {
                    att[afill[targets[k]]++] = a;
                }
            }
            // the index map is handed over, not copied: a builder builds once
            return new ArgumentationFramework(names.toArray(new String[0]), index, aStart, att, newStart, targets);
        }
    }
}
