package org.argkg.evaluation.af;

import java.util.Arrays;
import java.util.BitSet;
import org.argkg.evaluation.Label;

/**
 * A labelling of the arguments of a framework: each argument in, out or undecided. A complete
 * labelling and its set of in-arguments (its extension) determine each other (Caminada 2006).
 * Immutable.
 */
public final class Labelling {

    static final byte IN = 1;
    static final byte OUT = 2;
    static final byte UNDEC = 4;

    private final byte[] labels;

    /** Takes {@code labels} (values {@link #IN}, {@link #OUT}, {@link #UNDEC}) without copying. */
    Labelling(byte[] labels) {
        this.labels = labels;
    }

    /**
     * The complete labelling whose in-arguments are {@code extension}: out what the extension
     * attacks, undecided the rest. (For a complete extension this is its complete labelling.)
     */
    public static Labelling ofExtension(ArgumentationFramework af, BitSet extension) {
        byte[] b = new byte[af.size()];
        Arrays.fill(b, UNDEC);
        for (int a = extension.nextSetBit(0); a >= 0; a = extension.nextSetBit(a + 1)) {
            b[a] = IN;
        }
        for (int a = extension.nextSetBit(0); a >= 0; a = extension.nextSetBit(a + 1)) {
            for (int k = 0; k < af.targetCount(a); k++) {
                int t = af.target(a, k);
                if (b[t] != IN) {
                    b[t] = OUT;
                }
            }
        }
        return new Labelling(b);
    }

    public int size() {
        return labels.length;
    }

    public Label label(int argument) {
        return switch (labels[argument]) {
            case IN -> Label.IN;
            case OUT -> Label.OUT;
            default -> Label.UNDEC;
        };
    }

    public boolean isIn(int argument) {
        return labels[argument] == IN;
    }

    /** The extension: the in-arguments. */
    public BitSet in() {
        return with(IN);
    }

    public BitSet out() {
        return with(OUT);
    }

    public BitSet undecided() {
        return with(UNDEC);
    }

    private BitSet with(byte code) {
        BitSet s = new BitSet(labels.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == code) {
                s.set(i);
            }
        }
        return s;
    }

    /** The first {@code n} arguments only (to drop the helper arguments of assumptions). */
    public Labelling restrict(int n) {
        return n == labels.length ? this : new Labelling(Arrays.copyOf(labels, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labelling l && Arrays.equals(labels, l.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < labels.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(i).append('=').append(label(i).word());
        }
        return sb.append('}').toString();
    }
}
