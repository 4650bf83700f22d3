package org.argkg.evaluation.iccma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.Reasoner;

/**
 * Solves an ICCMA task and answers in the ICCMA 2017/2019 output format: {@code [a1,a3]} for one
 * extension ({@code NO} when there is none), {@code [[a1],[a2]]} for all ({@code []} when there is
 * none), {@code YES} / {@code NO} for acceptance. Arguments of an extension are in
 * {@link org.argkg.evaluation.af.NaturalOrder}, extensions sorted.
 */
public final class IccmaSolver {

    private IccmaSolver() {
    }

    /**
     * The answer, one line without the line break. {@code argument} is the index of the queried
     * argument for DC and DS (ignored otherwise); {@code visible} the number of arguments to show
     * (the first ones; helper arguments of assumptions come after them).
     */
    public static String solve(ArgumentationFramework af, IccmaTask task, Semantics semantics, int argument, int visible) {
        return switch (task) {
            case SE -> {
                Optional<Labelling> e = Reasoner.someExtension(af, semantics);
                yield e.map(l -> extension(af, l, visible)).orElse("NO");
            }
            case EE -> {
                List<Labelling> all = new ArrayList<>();
                for (Labelling l : Reasoner.extensions(af, semantics)) {
                    all.add(l.restrict(visible));
                }
                all.sort(Reasoner.order(af));
                List<String> parts = new ArrayList<>();
                all.forEach(l -> parts.add(extension(af, l, visible)));
                yield "[" + String.join(",", parts) + "]";
            }
            case DC -> Reasoner.credulous(af, semantics, argument) ? "YES" : "NO";
            case DS -> Reasoner.skeptical(af, semantics, argument) ? "YES" : "NO";
        };
    }

    public static String solve(ArgumentationFramework af, IccmaTask task, Semantics semantics, int argument) {
        return solve(af, task, semantics, argument, af.size());
    }

    /** {@code [a1,a3]}. */
    public static String extension(ArgumentationFramework af, Labelling l, int visible) {
        java.util.BitSet in = l.in();
        if (in.length() > visible) {
            in.clear(visible, in.length());
        }
        return "[" + String.join(",", Reasoner.sortedNames(af, in)) + "]";
    }
}
