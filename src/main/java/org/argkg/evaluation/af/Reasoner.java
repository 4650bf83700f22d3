package org.argkg.evaluation.af;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.TooManyExtensionsException;

/**
 * Extensions and acceptance under grounded, complete, preferred and stable semantics.
 *
 * <ul>
 * <li>grounded: {@link Grounded}, linear time;</li>
 * <li>complete and stable: every leaf of the {@link LabellingSearch} (stable: with the domain
 * {in, out});</li>
 * <li>preferred: each leaf of the search is a complete labelling; it is grown to a preferred one by
 * asking a second search, again and again, for a complete labelling that keeps its in-arguments and
 * makes one of its undecided arguments in (a complete extension is preferred exactly when there is
 * none). The main search then gets the clause "some argument outside this preferred extension is
 * in", so it never returns to a subset of it, and each leaf gives a new preferred extension;</li>
 * <li>credulous acceptance under complete and preferred is one search with the argument in;
 * skeptical acceptance under preferred searches for a preferred extension without the argument
 * (growing each complete labelling without it; one that gets the argument after all is excluded
 * like above), and skeptical acceptance under complete is grounded membership.</li>
 * </ul>
 *
 * Lists of extensions are sorted: each extension by {@link NaturalOrder} of the argument names,
 * extensions by comparing those sorted lists element by element (a prefix first).
 */
public final class Reasoner {

    private Reasoner() {
    }

    /** Every extension (as its labelling), sorted; throws when there are more than {@code limit}. */
    public static List<Labelling> extensions(ArgumentationFramework af, Semantics semantics, int limit) {
        List<Labelling> result = new ArrayList<>();
        switch (semantics) {
            case GROUNDED -> result.add(Grounded.of(af));
            case COMPLETE, STABLE -> {
                LabellingSearch s = new LabellingSearch(af, semantics == Semantics.STABLE);
                if (s.consistent()) {
                    s.search(() -> {
                        result.add(s.current());
                        if (result.size() > limit) {
                            throw new TooManyExtensionsException(semantics, limit);
                        }
                        return false;
                    }, null);
                }
            }
            case PREFERRED -> new Preferred(af).enumerate(e -> {
                result.add(e);
                if (result.size() > limit) {
                    throw new TooManyExtensionsException(semantics, limit);
                }
                return false;
            });
            default -> throw new IllegalStateException(semantics.toString());
        }
        result.sort(order(af));
        return result;
    }

    /** Every extension, however many. */
    public static List<Labelling> extensions(ArgumentationFramework af, Semantics semantics) {
        return extensions(af, semantics, Integer.MAX_VALUE);
    }

    /** Some extension; empty only for stable semantics on a framework without a stable extension. */
    public static Optional<Labelling> someExtension(ArgumentationFramework af, Semantics semantics) {
        switch (semantics) {
            case GROUNDED, COMPLETE -> {
                return Optional.of(Grounded.of(af));
            }
            case STABLE -> {
                LabellingSearch s = new LabellingSearch(af, true);
                return s.consistent() ? Optional.ofNullable(s.findOne()) : Optional.empty();
            }
            case PREFERRED -> {
                Labelling[] first = new Labelling[1];
                new Preferred(af).enumerate(e -> {
                    first[0] = e;
                    return true;
                });
                return Optional.of(first[0]);
            }
            default -> throw new IllegalStateException(semantics.toString());
        }
    }

    /** Whether the argument is in at least one extension. */
    public static boolean credulous(ArgumentationFramework af, Semantics semantics, int argument) {
        switch (semantics) {
            case GROUNDED -> {
                return Grounded.of(af).isIn(argument);
            }
            case COMPLETE, PREFERRED -> {
                // in some complete extension iff in some admissible set iff in some preferred extension
                LabellingSearch s = new LabellingSearch(af, false);
                return s.restrict(argument, LabellingSearch.IN) && s.findOne() != null;
            }
            case STABLE -> {
                LabellingSearch s = new LabellingSearch(af, true);
                return s.consistent() && s.restrict(argument, LabellingSearch.IN) && s.findOne() != null;
            }
            default -> throw new IllegalStateException(semantics.toString());
        }
    }

    /** Whether the argument is in every extension (true when there is none, for stable semantics). */
    public static boolean skeptical(ArgumentationFramework af, Semantics semantics, int argument) {
        switch (semantics) {
            case GROUNDED, COMPLETE -> {
                // the grounded extension is the intersection of the complete extensions
                return Grounded.of(af).isIn(argument);
            }
            case STABLE -> {
                LabellingSearch s = new LabellingSearch(af, true);
                return !s.consistent() || !s.restrict(argument, LabellingSearch.OUT) || s.findOne() == null;
            }
            case PREFERRED -> {
                return Grounded.of(af).isIn(argument) || !new Preferred(af).existsWithout(argument);
            }
            default -> throw new IllegalStateException(semantics.toString());
        }
    }

    /**
     * An extension that contains the argument (the certificate of credulous acceptance), or empty
     * when there is none: the grounded extension for grounded semantics; for the others the first
     * labelling the search finds with the argument in, grown to a preferred one under preferred.
     */
    public static Optional<Labelling> credulousWitness(ArgumentationFramework af, Semantics semantics, int argument) {
        switch (semantics) {
            case GROUNDED -> {
                Labelling g = Grounded.of(af);
                return g.isIn(argument) ? Optional.of(g) : Optional.empty();
            }
            case COMPLETE, PREFERRED, STABLE -> {
                LabellingSearch s = new LabellingSearch(af, semantics == Semantics.STABLE);
                if (!s.consistent() || !s.restrict(argument, LabellingSearch.IN)) {
                    return Optional.empty();
                }
                Labelling l = s.findOne();
                if (l == null) {
                    return Optional.empty();
                }
                return Optional.of(semantics == Semantics.PREFERRED ? new Preferred(af).maximise(l) : l);
            }
            default -> throw new IllegalStateException(semantics.toString());
        }
    }

    /**
     * An extension without the argument (the certificate that it is not skeptically accepted), or
     * empty when the argument is in every extension (or, for stable semantics, there is none).
     */
    public static Optional<Labelling> skepticalCounterexample(ArgumentationFramework af, Semantics semantics, int argument) {
        switch (semantics) {
            case GROUNDED, COMPLETE -> {
                // the grounded extension is complete and the least one
                Labelling g = Grounded.of(af);
                return g.isIn(argument) ? Optional.empty() : Optional.of(g);
            }
            case STABLE -> {
                LabellingSearch s = new LabellingSearch(af, true);
                if (!s.consistent() || !s.restrict(argument, LabellingSearch.OUT)) {
                    return Optional.empty();
                }
                return Optional.ofNullable(s.findOne());
            }
            case PREFERRED -> {
                if (Grounded.of(af).isIn(argument)) {
                    return Optional.empty();
                }
                return new Preferred(af).witnessWithout(argument);
            }
            default -> throw new IllegalStateException(semantics.toString());
        }
    }

    /** The order of {@link #extensions}: by the naturally sorted names of the in-arguments. */
    public static Comparator<Labelling> order(ArgumentationFramework af) {
        return (x, y) -> {
            List<String> a = sortedNames(af, x.in());
            List<String> b = sortedNames(af, y.in());
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = NaturalOrder.INSTANCE.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    /** The names of a set of arguments, in {@link NaturalOrder}. */
    public static List<String> sortedNames(ArgumentationFramework af, BitSet set) {
        List<String> names = new ArrayList<>(set.cardinality());
        set.stream().forEach(i -> names.add(af.name(i)));
        names.sort(NaturalOrder.INSTANCE);
        return names;
    }

    /** Enumeration of preferred extensions (see the class comment). */
    static final class Preferred {

        interface Sink {
            /** Returns true to stop. */
            boolean accept(Labelling extension);
        }

        private final int n;
        private final LabellingSearch main;
        private final LabellingSearch grow;

        Preferred(ArgumentationFramework af) {
            n = af.size();
            main = new LabellingSearch(af, false);
            grow = new LabellingSearch(af, false);
        }

        void enumerate(Sink sink) {
            main.search(() -> {
                Labelling e = maximise(main.current());
                excludeSubsetsOf(e);
                return sink.accept(e);
            }, null);
        }

        /** Whether some preferred extension leaves {@code argument} out (or undecided). */
        boolean existsWithout(int argument) {
            return witnessWithout(argument).isPresent();
        }

        /** A preferred extension that leaves {@code argument} out (or undecided), if there is one. */
        Optional<Labelling> witnessWithout(int argument) {
            if (!main.restrict(argument, LabellingSearch.OUT | LabellingSearch.UNDEC)) {
                return Optional.empty();
            }
            Labelling[] witness = new Labelling[1];
            main.search(() -> {
                Labelling e = maximise(main.current());
                if (!e.isIn(argument)) {
                    witness[0] = e;
                    return true;
                }
                excludeSubsetsOf(e);
                return false;
            }, null);
            return Optional.ofNullable(witness[0]);
        }

        /** From now on the main search only looks for labellings with an in-argument outside {@code e}. */
        private void excludeSubsetsOf(Labelling e) {
            BitSet outside = e.in();
            outside.flip(0, n);
            main.requireSomeIn(outside);
        }

        /**
         * The preferred labelling above the complete labelling {@code l}: as long as some complete
         * labelling keeps the in-arguments and makes one of the undecided ones in, take it.
         */
        Labelling maximise(Labelling l) {
            Labelling cur = l;
            while (true) {
                BitSet undec = cur.undecided();
                if (undec.isEmpty()) {
                    return cur;
                }
                BitSet in = cur.in();
                grow.reset();
                boolean possible = true;
                for (int a = in.nextSetBit(0); a >= 0 && possible; a = in.nextSetBit(a + 1)) {
                    possible = grow.restrict(a, LabellingSearch.IN);
                }
                Labelling bigger = null;
                if (possible) {
                    grow.requireSomeIn(undec);
                    bigger = grow.findOne();
                }
                grow.clearClauses();
                grow.reset();
                if (bigger == null) {
                    return cur;
                }
                cur = bigger;
            }
        }
    }
}
