package org.argkg.evaluation.af;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argkg.evaluation.Label;

/**
 * What-if analysis: fixes the status of chosen arguments by changing the framework, so that every
 * semantics applies unchanged and the rest of the framework follows from it.
 *
 * <ul>
 * <li>{@code in:a} — a is accepted as given: every attack on a is suspended (removed). An
 * unattacked argument is in every grounded, complete, preferred and stable extension, and what a
 * attacks is out. a's attackers are not defeated by the assumption itself: they keep the status
 * their own attackers give them.</li>
 * <li>{@code out:a} — a is rejected: a new argument, attacked by nothing, attacks a (a "normal
 * expansion" in the sense of Baumann &amp; Brewka 2010). a is out in every extension, and its attacks
 * count for nothing.</li>
 * </ul>
 *
 * The helper argument is the last one of the changed framework; results are read on the first
 * {@link Assumed#originalSize()} arguments.
 */
public final class Assumptions {

    /** The name given to the helper argument (made unique if the framework has one of that name). */
    public static final String HELPER = "assumption:reject";

    private Assumptions() {
    }

    /** One fixed status; {@code status} is {@link Label#IN} or {@link Label#OUT}. */
    public record Assumption(int argument, Label status) {
        public Assumption {
            if (status == Label.UNDEC) {
                throw new IllegalArgumentException("only in and out can be assumed");
            }
        }
    }

    /**
     * The changed framework, the size of the original one, and the attacks suspended by
     * {@code in} assumptions ({@code {attacker, assumed}}, sorted).
     */
    public record Assumed(ArgumentationFramework framework, int originalSize, List<int[]> suspendedAttacks) {
    }

    public static Assumed apply(ArgumentationFramework af, List<Assumption> assumptions) {
        Map<Integer, Label> status = new LinkedHashMap<>();
        for (Assumption a : assumptions) {
            if (a.argument() < 0 || a.argument() >= af.size()) {
                throw new IllegalArgumentException("no argument " + a.argument());
            }
            Label before = status.putIfAbsent(a.argument(), a.status());
            if (before != null && before != a.status()) {
                throw new IllegalArgumentException("'" + af.name(a.argument()) + "' is assumed both in and out");
            }
        }
        if (status.isEmpty()) {
            return new Assumed(af, af.size(), List.of());
        }
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 0; i < af.size(); i++) {
            b.addArgument(af.name(i));
        }
        List<int[]> suspended = new ArrayList<>();
        for (int[] att : af.attackList()) {
            if (status.get(att[1]) == Label.IN) {
                suspended.add(att);
            } else {
                b.addAttack(att[0], att[1]);
            }
        }
        if (status.containsValue(Label.OUT)) {
            String name = HELPER;
            for (int k = 2; b.hasArgument(name); k++) {
                name = HELPER + k;
            }
            int helper = b.addArgument(name);
            status.entrySet().stream().filter(e -> e.getValue() == Label.OUT).map(Map.Entry::getKey).sorted()
                    .forEach(target -> b.addAttack(helper, target));
        }
        suspended.sort((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[0], y[0]));
        return new Assumed(b.build(), af.size(), List.copyOf(suspended));
    }
}
