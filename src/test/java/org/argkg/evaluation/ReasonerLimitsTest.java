package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Grounded;
import org.argkg.evaluation.af.Reasoner;
import org.junit.jupiter.api.Test;

/** Limits on enumeration, interruption, and a framework far beyond brute force. */
class ReasonerLimitsTest {

    /** k disjoint two-cycles: 2^k preferred and stable extensions, 3^k complete ones, grounded empty. */
    static ArgumentationFramework twoCycles(int k) {
        List<String> names = new ArrayList<>();
        int[][] attacks = new int[2 * k][];
        for (int i = 0; i < k; i++) {
            names.add("a" + i);
            names.add("b" + i);
            attacks[2 * i] = new int[] {2 * i, 2 * i + 1};
            attacks[2 * i + 1] = new int[] {2 * i + 1, 2 * i};
        }
        return ArgumentationFramework.of(names, attacks);
    }

    @Test
    void enumerationStopsBeyondTheLimit() {
        ArgumentationFramework af = twoCycles(4);
        assertThat(Reasoner.extensions(af, Semantics.PREFERRED, 16)).hasSize(16);
        assertThat(Reasoner.extensions(af, Semantics.STABLE, 16)).hasSize(16);
        assertThat(Reasoner.extensions(af, Semantics.COMPLETE, 81)).hasSize(81);
        for (Semantics sem : List.of(Semantics.PREFERRED, Semantics.STABLE, Semantics.COMPLETE)) {
            assertThatThrownBy(() -> Reasoner.extensions(af, sem, 10)).isInstanceOf(TooManyExtensionsException.class)
                    .hasMessage("more than 10 " + sem.word() + " extensions");
        }
        assertThat(Reasoner.extensions(af, Semantics.GROUNDED, 1)).hasSize(1);
    }

    @Test
    void anInterruptedThreadStopsTheSearch() {
        ArgumentationFramework af = twoCycles(14); // 3^14 complete extensions
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Reasoner.extensions(af, Semantics.COMPLETE)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void twoHundredIndependentChoicesAreSettledWithoutEnumerating() {
        // 2^200 preferred extensions: acceptance must not enumerate them
        ArgumentationFramework af = twoCycles(200);
        int a0 = af.indexOf("a0").orElseThrow();
        assertThat(Reasoner.credulous(af, Semantics.PREFERRED, a0)).isTrue();
        assertThat(Reasoner.skeptical(af, Semantics.PREFERRED, a0)).isFalse();
        assertThat(Reasoner.credulous(af, Semantics.STABLE, a0)).isTrue();
        assertThat(Reasoner.skeptical(af, Semantics.STABLE, a0)).isFalse();
        assertThat(Reasoner.someExtension(af, Semantics.PREFERRED).orElseThrow().in().cardinality()).isEqualTo(200);
        assertThat(Grounded.of(af).undecided().cardinality()).isEqualTo(400);
    }
}
