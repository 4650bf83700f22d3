package org.argkg.evaluation.af;

/**
 * The grounded labelling in time linear in the number of arguments and attacks: a queue-based
 * propagation. An argument is in when all its attackers are out (at first: when it has none); it is
 * out as soon as one attacker is in; whatever the propagation never reaches is undecided. Each attack
 * is looked at at most twice: once when its target goes out (to count down the undefeated attackers
 * of what that target attacks) and once when its attacker goes in.
 */
public final class Grounded {

    private Grounded() {
    }

    public static Labelling of(ArgumentationFramework af) {
        int n = af.size();
        int[] aStart = af.rawAttackerStart();
        int[] tStart = af.rawTargetStart();
        int[] targets = af.rawTargets();
        // attackers not (yet) out
        int[] alive = new int[n];
        byte[] label = new byte[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < n; a++) {
            alive[a] = aStart[a + 1] - aStart[a];
            if (alive[a] == 0) {
                label[a] = Labelling.IN;
                queue[tail++] = a;
            }
        }
        while (head < tail) {
            int a = queue[head++];
            for (int k = tStart[a]; k < tStart[a + 1]; k++) {
                int t = targets[k];
                if (label[t] != 0) {
                    continue; // already out (an in-argument is never attacked by an in-argument)
                }
                label[t] = Labelling.OUT;
                for (int j = tStart[t]; j < tStart[t + 1]; j++) {
                    int u = targets[j];
                    if (--alive[u] == 0 && label[u] == 0) {
                        label[u] = Labelling.IN;
                        queue[tail++] = u;
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (label[a] == 0) {
                label[a] = Labelling.UNDEC;
            }
        }
        return new Labelling(label);
    }

}
