package org.argkg.evaluation.af;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.BooleanSupplier;

/**
 * The search engine behind complete, preferred and stable semantics: a backtracking search over
 * three-valued labellings with constraint propagation, in the style of the labelling algorithms of
 * Modgil &amp; Caminada (2009) and Nofal, Atkinson &amp; Dunne (2014).
 *
 * <p>Each argument has a domain, a subset of {in, out, undec} ({in, out} for stable semantics).
 * The constraint of a complete labelling at argument {@code x} — in iff every attacker is out, out
 * iff some attacker is in — is propagated to a fixpoint after every decision:
 * <ol type="a">
 * <li>an attacker that is surely in makes {@code x} out;</li>
 * <li>attackers that are all surely out make {@code x} in;</li>
 * <li>no attacker that can still be in: {@code x} cannot be out;</li>
 * <li>an attacker that cannot be out: {@code x} cannot be in;</li>
 * <li>{@code x} in: every attacker out;</li>
 * <li>{@code x} cannot be out: no attacker can be in;</li>
 * <li>{@code x} cannot be in and only one attacker is possibly not out: that one is not out;</li>
 * <li>{@code x} out and only one attacker can be in: that one is in.</li>
 * </ol>
 * Four counters per argument (attackers that can be in, that are not surely out, that are surely
 * in, that cannot be out) make rules a–d constant-time; a domain change costs time linear in the
 * targets of the argument. Changes are recorded on a trail and undone on backtracking.
 *
 * <p>Clauses "at least one of these arguments is in" can be added at any time, even in the middle
 * of a search, and are propagated like the rest (none can be in: backtrack; one can: it is in).
 * They exclude the subsets of the preferred extensions already found, and ask for a strictly larger
 * complete extension when one is grown to a preferred one.
 *
 * <p>Branching, fail first: an argument that must be out but has no attacker in yet needs one of its
 * attackers in — take the one with the fewest candidates and try its first candidate in; else the
 * open clause with the fewest candidates, likewise; else the first open argument in a static order
 * (most targets per attacker first). Each decision is binary: the label in (else out), then its
 * negation. The fail-first choice made the preferred semantics two orders of magnitude faster on
 * random frameworks of 150 arguments than the static order alone.
 * An interrupted thread stops the search with a {@link java.util.concurrent.CancellationException}.
 */
final class LabellingSearch {

    static final byte IN = Labelling.IN;
    static final byte OUT = Labelling.OUT;
    static final byte UNDEC = Labelling.UNDEC;
    static final byte ALL = IN | OUT | UNDEC;

    /** Called at each leaf; returns true to stop the search. */
    interface LeafHandler {
        boolean onLeaf();
    }

    private final int n;
    private final int[] aStart;
    private final int[] att;
    private final int[] tStart;
    private final int[] tgt;

    private final byte[] dom;
    private final int[] nCanIn;
    private final int[] nNotDefOut;
    private final int[] nDefIn;
    private final int[] nCannotOut;
    private final int words;

    private int[] trailArg;
    private byte[] trailOld;
    private int trailSize;

    private final int[] work;
    private int workSize;
    private final boolean[] queued;
    private final boolean[] selfChanged;

    /** Clauses "at least one of these arguments is in": members, and how many can be / are in. */
    private long[][] clauseBits = new long[4][];
    private int[][] clauseArgs = new int[4][];
    private int[] clauseCanIn = new int[4];
    private int[] clauseDefIn = new int[4];
    private int clauseCount;

    /** Branching order: most targets per attacker first. */
    private final int[] order;
    private final int[] rank;
    private final int[] frameArg;
    private final byte[] frameVal;
    private final int[] frameMark;
    private final boolean[] frameSecond;

    private final int baseMark;
    private final boolean consistent;

    LabellingSearch(ArgumentationFramework af, boolean stable) {
        n = af.size();
        aStart = af.rawAttackerStart();
        att = af.rawAttackers();
        tStart = af.rawTargetStart();
        tgt = af.rawTargets();
        dom = new byte[n];
        nCanIn = new int[n];
        nNotDefOut = new int[n];
        nDefIn = new int[n];
        nCannotOut = new int[n];
        words = (n + 63) >>> 6;
        trailArg = new int[Math.max(16, n)];
        trailOld = new byte[trailArg.length];
        work = new int[n];
        queued = new boolean[n];
        selfChanged = new boolean[n];
        // an argument can be branched on twice on one path (in / not in, then out / undecided)
        frameArg = new int[2 * n + 1];
        frameVal = new byte[2 * n + 1];
        frameMark = new int[2 * n + 1];
        frameSecond = new boolean[2 * n + 1];
        byte initial = stable ? (byte) (IN | OUT) : ALL;
        Arrays.fill(dom, initial);
        for (int x = 0; x < n; x++) {
            int deg = aStart[x + 1] - aStart[x];
            nCanIn[x] = deg;
            nNotDefOut[x] = deg;
            enqueue(x, true);
        }
        Integer[] o = new Integer[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (p, q) -> {
            long sp = (long) (tStart[p + 1] - tStart[p] + 1) * (aStart[q + 1] - aStart[q] + 1);
            long sq = (long) (tStart[q + 1] - tStart[q] + 1) * (aStart[p + 1] - aStart[p] + 1);
            return sp != sq ? Long.compare(sq, sp) : Integer.compare(p, q);
        });
        order = new int[n];
        rank = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = o[i];
            rank[o[i]] = i;
        }
        consistent = propagate();
        baseMark = trailSize;
    }

    /** False when no labelling satisfies the constraints at all (only possible for stable). */
    boolean consistent() {
        return consistent;
    }

    /** Back to the state after the initial propagation (the clauses stay). */
    void reset() {
        clearWork();
        undo(baseMark);
    }

    // ------------------------------------------------------------------ domains

    /** Narrows the domain of {@code x} to {@code dom(x) & mask}; false when that is empty. */
    boolean restrict(int x, int mask) {
        byte old = dom[x];
        byte nw = (byte) (old & mask);
        if (nw == old) {
            return true;
        }
        if (nw == 0) {
            return false;
        }
        if (trailSize == trailArg.length) {
            trailArg = Arrays.copyOf(trailArg, trailSize * 2);
            trailOld = Arrays.copyOf(trailOld, trailSize * 2);
        }
        trailArg[trailSize] = x;
        trailOld[trailSize] = old;
        trailSize++;
        dom[x] = nw;
        if (update(x, old, nw)) {
            for (int k = tStart[x]; k < tStart[x + 1]; k++) {
                enqueue(tgt[k], false);
            }
        }
        enqueue(x, true);
        return true;
    }

    /** Applies the counter changes of a domain change of {@code x}; true when a counter changed. */
    private boolean update(int x, byte from, byte to) {
        int dCanIn = bit(to & IN) - bit(from & IN);
        int dNotDefOut = (to != OUT ? 1 : 0) - (from != OUT ? 1 : 0);
        int dDefIn = (to == IN ? 1 : 0) - (from == IN ? 1 : 0);
        int dCannotOut = ((to & OUT) == 0 ? 1 : 0) - ((from & OUT) == 0 ? 1 : 0);
        if ((dCanIn | dDefIn) != 0) {
            int word = x >>> 6;
            long bit = 1L << x;
            for (int c = 0; c < clauseCount; c++) {
                if ((clauseBits[c][word] & bit) != 0) {
                    clauseCanIn[c] += dCanIn;
                    clauseDefIn[c] += dDefIn;
                }
            }
        }
        if ((dCanIn | dNotDefOut | dDefIn | dCannotOut) == 0) {
            return false;
        }
        for (int k = tStart[x]; k < tStart[x + 1]; k++) {
            int t = tgt[k];
            nCanIn[t] += dCanIn;
            nNotDefOut[t] += dNotDefOut;
            nDefIn[t] += dDefIn;
            nCannotOut[t] += dCannotOut;
        }
        return true;
    }

    private static int bit(int v) {
        return v != 0 ? 1 : 0;
    }

    private void undo(int mark) {
        while (trailSize > mark) {
            trailSize--;
            int x = trailArg[trailSize];
            byte old = trailOld[trailSize];
            byte cur = dom[x];
            dom[x] = old;
            update(x, cur, old);
        }
    }

    private void enqueue(int x, boolean self) {
        if (self) {
            selfChanged[x] = true;
        }
        if (!queued[x]) {
            queued[x] = true;
            work[workSize++] = x;
        }
    }

    private void clearWork() {
        while (workSize > 0) {
            int x = work[--workSize];
            queued[x] = false;
            selfChanged[x] = false;
        }
    }

    // ------------------------------------------------------------------ propagation

    boolean propagate() {
        while (true) {
            while (workSize > 0) {
                int x = work[--workSize];
                queued[x] = false;
                if (!check(x)) {
                    clearWork();
                    return false;
                }
            }
            boolean forced = false;
            for (int c = 0; c < clauseCount && !forced; c++) {
                if (clauseDefIn[c] == 0) {
                    if (clauseCanIn[c] == 0) {
                        return false;
                    }
                    if (clauseCanIn[c] == 1) {
                        for (int y : clauseArgs[c]) {
                            if ((dom[y] & IN) != 0) {
                                restrict(y, IN);
                                forced = true;
                                break;
                            }
                        }
                    }
                }
            }
            if (!forced) {
                return true;
            }
        }
    }

    private boolean check(int x) {
        if (nDefIn[x] > 0 && !restrict(x, OUT)) {
            return false;
        }
        if (nNotDefOut[x] == 0 && !restrict(x, IN)) {
            return false;
        }
        if (nCanIn[x] == 0 && !restrict(x, IN | UNDEC)) {
            return false;
        }
        if (nCannotOut[x] > 0 && !restrict(x, OUT | UNDEC)) {
            return false;
        }
        byte d = dom[x];
        if (selfChanged[x]) {
            selfChanged[x] = false;
            if (d == IN) {
                for (int k = aStart[x]; k < aStart[x + 1]; k++) {
                    if (!restrict(att[k], OUT)) {
                        return false;
                    }
                }
            } else if ((d & OUT) == 0) {
                for (int k = aStart[x]; k < aStart[x + 1]; k++) {
                    if (!restrict(att[k], OUT | UNDEC)) {
                        return false;
                    }
                }
            }
        }
        d = dom[x];
        if (d == OUT && nDefIn[x] == 0) {
            if (nCanIn[x] == 0) {
                return false;
            }
            if (nCanIn[x] == 1) {
                for (int k = aStart[x]; k < aStart[x + 1]; k++) {
                    if ((dom[att[k]] & IN) != 0) {
                        return restrict(att[k], IN);
                    }
                }
            }
        }
        if ((d & IN) == 0 && nCannotOut[x] == 0) {
            if (nNotDefOut[x] == 0) {
                return false;
            }
            if (nNotDefOut[x] == 1) {
                for (int k = aStart[x]; k < aStart[x + 1]; k++) {
                    if (dom[att[k]] != OUT) {
                        return restrict(att[k], IN | UNDEC);
                    }
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ clause

    /**
     * From now on, at least one of {@code args} must be in (until {@link #clearClauses()}). Can be
     * called at any point of a search: the counts are taken from the current domains and kept
     * exact through every later change and undo.
     */
    void requireSomeIn(BitSet args) {
        if (clauseCount == clauseBits.length) {
            int cap = clauseCount * 2;
            clauseBits = Arrays.copyOf(clauseBits, cap);
            clauseArgs = Arrays.copyOf(clauseArgs, cap);
            clauseCanIn = Arrays.copyOf(clauseCanIn, cap);
            clauseDefIn = Arrays.copyOf(clauseDefIn, cap);
        }
        int c = clauseCount++;
        clauseBits[c] = Arrays.copyOf(args.toLongArray(), words);
        clauseArgs[c] = args.stream().toArray();
        clauseCanIn[c] = 0;
        clauseDefIn[c] = 0;
        for (int y : clauseArgs[c]) {
            clauseCanIn[c] += bit(dom[y] & IN);
            clauseDefIn[c] += dom[y] == IN ? 1 : 0;
        }
    }

    /** Forgets every clause. */
    void clearClauses() {
        clauseCount = 0;
    }

    // ------------------------------------------------------------------ search

    /**
     * Depth-first search for the complete (or stable) labellings that extend the current state,
     * calling {@code leaf} at each. {@code prune}, when given, cuts the subtree below a node when it
     * answers true. Returns true when a leaf handler stopped the search. The state is restored to
     * what it was at the call.
     */
    boolean search(LeafHandler leaf, BooleanSupplier prune) {
        int rootMark = trailSize;
        int depth = 0;
        boolean ok = propagate();
        int steps = 0;
        while (true) {
            if ((++steps & 0x3ff) == 0 && Thread.currentThread().isInterrupted()) {
                clearWork();
                undo(rootMark);
                throw new java.util.concurrent.CancellationException("the search was interrupted");
            }
            if (ok && prune != null && prune.getAsBoolean()) {
                ok = false;
            }
            if (ok) {
                int x = select();
                if (x < 0) {
                    if (leaf.onLeaf()) {
                        clearWork();
                        undo(rootMark);
                        return true;
                    }
                } else {
                    byte d = dom[x];
                    byte v = (d & IN) != 0 ? IN : (d & OUT) != 0 ? OUT : UNDEC;
                    frameArg[depth] = x;
                    frameVal[depth] = v;
                    frameMark[depth] = trailSize;
                    frameSecond[depth] = false;
                    depth++;
                    restrict(x, v);
                    ok = propagate();
                    continue;
                }
            }
            boolean resumed = false;
            while (depth > 0) {
                int f = depth - 1;
                undo(frameMark[f]);
                if (!frameSecond[f]) {
                    frameSecond[f] = true;
                    int x = frameArg[f];
                    restrict(x, dom[x] & ~frameVal[f]);
                    ok = propagate();
                    resumed = true;
                    break;
                }
                depth--;
            }
            if (!resumed) {
                clearWork();
                undo(rootMark);
                return false;
            }
        }
    }

    /** The first labelling that extends the current state, or null. */
    Labelling findOne() {
        Labelling[] hit = new Labelling[1];
        search(() -> {
            hit[0] = current();
            return true;
        }, null);
        return hit[0];
    }

    /**
     * The argument to branch on. First, fail first: among the arguments that must be out but have no
     * attacker in yet, the one with the fewest attackers that can still be in — and of those
     * attackers, the first in the static order (it is tried in first). Otherwise the first open
     * argument in the static order.
     */
    private int select() {
        int bestOut = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int x = 0; x < n; x++) {
            if (dom[x] == OUT && nDefIn[x] == 0 && nCanIn[x] < bestCount) {
                bestOut = x;
                bestCount = nCanIn[x];
                if (bestCount == 2) {
                    break;
                }
            }
        }
        if (bestOut >= 0) {
            int pick = -1;
            for (int k = aStart[bestOut]; k < aStart[bestOut + 1]; k++) {
                int y = att[k];
                if ((dom[y] & IN) != 0 && dom[y] != IN && (pick < 0 || rank[y] < rank[pick])) {
                    pick = y;
                }
            }
            if (pick >= 0) {
                return pick;
            }
        }
        // then the clause with the fewest arguments that can still be in, none in yet
        int bestClause = -1;
        for (int c = 0; c < clauseCount; c++) {
            if (clauseDefIn[c] == 0 && (bestClause < 0 || clauseCanIn[c] < clauseCanIn[bestClause])) {
                bestClause = c;
            }
        }
        if (bestClause >= 0) {
            int pick = -1;
            for (int y : clauseArgs[bestClause]) {
                if ((dom[y] & IN) != 0 && dom[y] != IN && (pick < 0 || rank[y] < rank[pick])) {
                    pick = y;
                }
            }
            if (pick >= 0) {
                return pick;
            }
        }
        for (int x : order) {
            byte d = dom[x];
            if (d != IN && d != OUT && d != UNDEC) {
                return x;
            }
        }
        return -1;
    }

    /** The current labelling; meaningful at a leaf, where every domain is a single label. */
    Labelling current() {
        return new Labelling(dom.clone());
    }

    int size() {
        return n;
    }
}
