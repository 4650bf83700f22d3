package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.argkg.evaluation.bipolar.DeductiveSupport;
import org.argkg.evaluation.bipolar.DerivationKind;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.junit.jupiter.api.Test;

/** The attacks deductive support derives, with their witnesses. Arguments are 0, 1, 2, …. */
class DeductiveSupportTest {

    static List<int[]> pairs(int... flat) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) {
            out.add(new int[] {flat[i], flat[i + 1]});
        }
        return out;
    }

    static List<String> show(List<DerivedAttack> ds) {
        return ds.stream().map(d -> d.attacker() + "->" + d.attacked() + " " + d.kind().word() + " "
                + Arrays.toString(d.attackerChain()) + Arrays.toString(d.attackedChain())).toList();
    }

    @Test
    void supportedAttackAlongAChain() {
        // 0 supports 1 supports 2, 2 attacks 3
        List<DerivedAttack> d = DeductiveSupport.derive(4, pairs(2, 3), pairs(0, 1, 1, 2));
        assertThat(show(d)).containsExactly("0->3 supported [0, 1, 2][3]", "1->3 supported [1, 2][3]");
    }

    @Test
    void mediatedAttackAlongAChain() {
        // 3 attacks 2; 0 supports 1 supports 2
        List<DerivedAttack> d = DeductiveSupport.derive(4, pairs(3, 2), pairs(0, 1, 1, 2));
        assertThat(show(d)).containsExactly("3->0 mediated [3][0, 1, 2]", "3->1 mediated [3][1, 2]");
    }

    @Test
    void superMediatedAttackNeedsBothSides() {
        // 0 supports 1, 1 attacks 2, 3 supports 2
        List<DerivedAttack> d = DeductiveSupport.derive(4, pairs(1, 2), pairs(0, 1, 3, 2));
        assertThat(show(d)).containsExactly("0->2 supported [0, 1][2]", "0->3 super-mediated [0, 1][3, 2]",
                "1->3 mediated [1][3, 2]");
    }

    @Test
    void aDirectAttackIsNotRepeatedAndTheShortestWitnessIsReported() {
        // 0 supports 1 and 2; 2 supports 1; 1 attacks 3; and 0 attacks 3 directly
        assertThat(DeductiveSupport.derive(4, pairs(1, 3, 0, 3), pairs(0, 1, 0, 2, 2, 1)).stream()
                .map(d -> d.attacker() + "->" + d.attacked()).toList()).containsExactly("2->3");
        // without the direct attack, 0 -> 3 is witnessed by the one-step chain 0 supports 1
        DerivedAttack d = DeductiveSupport.derive(4, pairs(1, 3), pairs(0, 2, 2, 1, 0, 1)).get(0);
        assertThat(d.attackerChain()).containsExactly(0, 1);
        assertThat(d.kind()).isEqualTo(DerivationKind.SUPPORTED);
    }

    @Test
    void aClaimThatSupportsAnAttackerOfItselfAttacksItself() {
        // 0 supports 1, 1 attacks 0: accepting 0 commits to 1, which attacks 0
        assertThat(show(DeductiveSupport.derive(2, pairs(1, 0), pairs(0, 1)))).containsExactly("0->0 supported [0, 1][0]");
    }

    @Test
    void supportCyclesTerminate() {
        // 0 and 1 support each other (as restatements do); 2 attacks 1
        assertThat(show(DeductiveSupport.derive(3, pairs(2, 1), pairs(0, 1, 1, 0)))).containsExactly("2->0 mediated [2][0, 1]");
    }

    /** The closure is exactly: a attacks c iff a ⇒* x, x attacks y, c ⇒* y — checked against a naive fixpoint of the two rules. */
    @Test
    void theClosureIsTheLeastFixpointOfTheSupportedAndMediatedRules() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(9);
            List<int[]> attacks = new ArrayList<>();
            List<int[]> supports = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (random.nextDouble() < 0.12) {
                        attacks.add(new int[] {a, b});
                    }
                    if (a != b && random.nextDouble() < 0.15) {
                        supports.add(new int[] {a, b});
                    }
                }
            }
            Set<Long> closed = new HashSet<>();
            attacks.forEach(p -> closed.add(key(p[0], p[1])));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] s : supports) {
                    for (long k : new ArrayList<>(closed)) {
                        int x = (int) (k >> 32);
                        int y = (int) k;
                        if (x == s[1]) {
                            changed |= closed.add(key(s[0], y)); // supported: s0 ⇒ x → y
                        }
                        if (y == s[1]) {
                            changed |= closed.add(key(x, s[0])); // mediated: x → y ⇐ s0
                        }
                    }
                }
            }
            Set<Long> derived = new HashSet<>();
            for (DerivedAttack d : DeductiveSupport.derive(n, attacks, supports)) {
                assertThat(derived.add(key(d.attacker(), d.attacked()))).isTrue();
                assertThat(d.attackerChain()[0]).isEqualTo(d.attacker());
                assertThat(d.attackedChain()[0]).isEqualTo(d.attacked());
                assertThat(attacks).anyMatch(p -> p[0] == d.baseAttacker() && p[1] == d.baseAttacked());
            }
            attacks.forEach(p -> derived.add(key(p[0], p[1])));
            assertThat(derived).as("round %d", round).isEqualTo(closed);
        }
    }

    static long key(int a, int b) {
        return ((long) a << 32) | b;
    }
}
