package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Assumptions;
import org.argkg.evaluation.af.Assumptions.Assumption;
import org.argkg.evaluation.iccma.IccmaSolver;
import org.argkg.evaluation.iccma.IccmaTask;
import org.junit.jupiter.api.Test;

/** What-if assumptions: in suspends the attacks on an argument, out adds an unattacked attacker. */
class AssumptionsTest {

    /** a <-> b, a -> c, b -> c, c -> d: floating reinstatement. */
    static final ArgumentationFramework FLOAT = ArgumentationFramework.of(List.of("a", "b", "c", "d"),
            new int[][] {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {2, 3}});

    static String ee(ArgumentationFramework af, Semantics sem, Assumption... as) {
        Assumptions.Assumed x = Assumptions.apply(af, List.of(as));
        return IccmaSolver.solve(x.framework(), IccmaTask.EE, sem, -1, x.originalSize());
    }

    @Test
    void assumingInChoosesASideOfACycleUnderEverySemantics() {
        assertThat(ee(FLOAT, Semantics.GROUNDED)).isEqualTo("[[]]");
        for (Semantics sem : Semantics.values()) {
            assertThat(ee(FLOAT, sem, new Assumption(0, Label.IN))).as(sem.word()).isEqualTo("[[a,d]]");
            assertThat(ee(FLOAT, sem, new Assumption(0, Label.OUT))).as(sem.word()).isEqualTo("[[b,d]]");
        }
    }

    @Test
    void assumingInKeepsTheAttackersStatusAndListsTheSuspendedAttacks() {
        // c is accepted although a or b would defeat it; d, attacked by the accepted c, is out
        Assumptions.Assumed x = Assumptions.apply(FLOAT, List.of(new Assumption(2, Label.IN)));
        assertThat(x.suspendedAttacks()).extracting(p -> p[0] + "->" + p[1]).containsExactly("0->2", "1->2");
        assertThat(IccmaSolver.solve(x.framework(), IccmaTask.EE, Semantics.PREFERRED, -1, 4)).isEqualTo("[[a,c],[b,c]]");
        assertThat(IccmaSolver.solve(x.framework(), IccmaTask.DS, Semantics.PREFERRED, 3, 4)).isEqualTo("NO");
    }

    @Test
    void assumingOutOfASelfAttackerOnlyConfirmsIt() {
        ArgumentationFramework self = ArgumentationFramework.of(List.of("a", "b"), new int[][] {{0, 0}, {0, 1}});
        assertThat(ee(self, Semantics.STABLE)).isEqualTo("[]");
        // a rejected: its attack on b counts for nothing, b is in; a stable extension now exists
        assertThat(ee(self, Semantics.STABLE, new Assumption(0, Label.OUT))).isEqualTo("[[b]]");
        assertThat(ee(self, Semantics.GROUNDED, new Assumption(0, Label.IN))).isEqualTo("[[a]]");
    }

    @Test
    void theHelperArgumentNeverShowsAndItsNameIsFresh() {
        ArgumentationFramework af = ArgumentationFramework.of(List.of(Assumptions.HELPER, "x"), new int[][] {{0, 1}});
        Assumptions.Assumed a = Assumptions.apply(af, List.of(new Assumption(0, Label.OUT)));
        assertThat(a.framework().size()).isEqualTo(3);
        assertThat(a.framework().name(2)).isEqualTo(Assumptions.HELPER + "2");
        assertThat(IccmaSolver.solve(a.framework(), IccmaTask.SE, Semantics.GROUNDED, -1, a.originalSize())).isEqualTo("[x]");
    }

    @Test
    void contradictoryOrUndecidedAssumptionsAreRefused() {
        assertThatThrownBy(() -> Assumptions.apply(FLOAT, List.of(new Assumption(0, Label.IN), new Assumption(0, Label.OUT))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' is assumed both in and out");
        assertThatThrownBy(() -> new Assumption(0, Label.UNDEC)).isInstanceOf(IllegalArgumentException.class);
        // the same assumption twice is harmless
        assertThat(ee(FLOAT, Semantics.GROUNDED, new Assumption(1, Label.IN), new Assumption(1, Label.IN))).isEqualTo("[[b,d]]");
    }
}
