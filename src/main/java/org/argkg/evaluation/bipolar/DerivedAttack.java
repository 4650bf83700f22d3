package org.argkg.evaluation.bipolar;

import java.util.Arrays;

/**
 * An attack that deductive support adds: {@code attacker} attacks {@code attacked} because
 * {@code attackerChain} ({@code attacker} supports … supports {@code baseAttacker}) and
 * {@code attackedChain} ({@code attacked} supports … supports {@code baseAttacked}) lead to the direct
 * attack {@code baseAttacker → baseAttacked}. A chain of length one is the argument alone. The
 * witness reported is a shortest one (fewest supports, then the first direct attack in order).
 */
public record DerivedAttack(int attacker, int attacked, DerivationKind kind, int[] attackerChain, int[] attackedChain) {

    public int baseAttacker() {
        return attackerChain[attackerChain.length - 1];
    }

    public int baseAttacked() {
        return attackedChain[attackedChain.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivedAttack d && d.attacker == attacker && d.attacked == attacked && d.kind == kind
                && Arrays.equals(d.attackerChain, attackerChain) && Arrays.equals(d.attackedChain, attackedChain);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * attacker + attacked) + kind.hashCode();
    }

    @Override
    public String toString() {
        return attacker + "->" + attacked + " (" + kind.word() + " via " + Arrays.toString(attackerChain) + " / "
                + Arrays.toString(attackedChain) + ")";
    }
}
