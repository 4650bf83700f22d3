package org.argkg.evaluation.iccma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.NaturalOrder;
import org.argkg.evaluation.af.Reasoner;

/**
 * The solver interface of ICCMA 2023 (main track, abstract frameworks): the problems argkg solves
 * and their answers in the 2023 output format, where an extension is a line {@code w} followed by
 * its arguments ({@code w 1 2 5}, a bare {@code w} for the empty one):
 *
 * <ul>
 * <li>SE-σ: some σ-extension, or {@code NO} when there is none (stable semantics only);</li>
 * <li>DC-σ: {@code YES} and, on the next line, a σ-extension containing the queried argument, or
 * {@code NO};</li>
 * <li>DS-σ: {@code NO} and, on the next line, a σ-extension without it, or {@code YES} (also when
 * there is no σ-extension at all).</li>
 * </ul>
 *
 * Arguments are named as the framework names them (1..N in a {@code .i23} file), in
 * {@link NaturalOrder}.
 */
public final class Iccma2023 {

    private Iccma2023() {
    }

    /** A problem of the interface, {@code DC-CO}: a task and a semantics. */
    public record Problem(IccmaTask task, Semantics semantics) {

        public Problem {
            if (!SUPPORTED_TASKS.contains(task)) {
                throw new IllegalArgumentException("ICCMA 2023 has no task " + task);
            }
        }

        /** {@code DC-CO}, in upper case. */
        public String code() {
            return task.name() + "-" + semantics.code();
        }

        /** Parses {@code DC-CO} (any case); empty when argkg does not solve it. */
        public static Optional<Problem> parse(String text) {
            String[] parts = text.strip().toUpperCase(Locale.ROOT).split("-", 2);
            if (parts.length != 2) {
                return Optional.empty();
            }
            Optional<IccmaTask> task = IccmaTask.parse(parts[0]).filter(SUPPORTED_TASKS::contains);
            Optional<Semantics> sem = Arrays.stream(Semantics.values()).filter(s -> s.code().equals(parts[1])).findFirst();
            return task.isPresent() && sem.isPresent() ? Optional.of(new Problem(task.get(), sem.get())) : Optional.empty();
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /** The tasks of the 2023 main track (enumeration of every extension, EE, was dropped that year). */
    static final List<IccmaTask> SUPPORTED_TASKS = List.of(IccmaTask.DC, IccmaTask.DS, IccmaTask.SE);

    /** Every problem argkg answers: DC, DS and SE under complete, preferred, stable and grounded semantics. */
    public static List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (IccmaTask t : SUPPORTED_TASKS) {
            for (Semantics s : List.of(Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE, Semantics.GROUNDED)) {
                out.add(new Problem(t, s));
            }
        }
        return out;
    }

    /** The answer of {@code --problems}: {@code [DC-CO,DC-PR,…]}. */
    public static String problemList() {
        return "[" + String.join(",", problems().stream().map(Problem::code).toList()) + "]";
    }

    /**
     * The answer to a problem, one string per output line. {@code argument} is the index of the
     * queried argument for DC and DS (ignored for SE).
     */
    public static List<String> solve(ArgumentationFramework af, Problem problem, int argument) {
        Semantics sem = problem.semantics();
        return switch (problem.task()) {
            case SE -> Reasoner.someExtension(af, sem).map(l -> List.of(witness(af, l))).orElse(List.of("NO"));
            case DC -> Reasoner.credulousWitness(af, sem, argument).map(l -> List.of("YES", witness(af, l)))
                    .orElse(List.of("NO"));
            case DS -> Reasoner.skepticalCounterexample(af, sem, argument).map(l -> List.of("NO", witness(af, l)))
                    .orElse(List.of("YES"));
            default -> throw new IllegalStateException(problem.code());
        };
    }

    /** {@code w 1 2 5}: the in-arguments of a labelling, naturally sorted. */
    public static String witness(ArgumentationFramework af, Labelling l) {
        BitSet in = l.in();
        StringBuilder sb = new StringBuilder("w");
        for (String name : Reasoner.sortedNames(af, in)) {
            sb.append(' ').append(name);
        }
        return sb.toString();
    }
}
