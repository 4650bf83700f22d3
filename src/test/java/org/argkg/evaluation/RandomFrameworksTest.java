package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Grounded;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.Reasoner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every semantics and every reasoning task of {@link Reasoner} against {@link BruteForce} on random
 * frameworks of 0 to 12 arguments, with fixed seeds (so a failure can be replayed): densities from
 * sparse to dense, with and without self-attacks.
 */
class RandomFrameworksTest {

    static final int FRAMEWORKS_PER_SEED = 250;
    static final int MAX_ARGUMENTS = 12;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, 7_777_777L, -5L})
    void reasonerAgreesWithBruteForce(long seed) {
        Random random = new Random(seed);
        int nonTrivialPreferred = 0;
        int noStable = 0;
        for (int i = 0; i < FRAMEWORKS_PER_SEED; i++) {
            ArgumentationFramework af = random(random);
            String what = "seed " + seed + ", framework " + i + ": " + describe(af);
            BruteForce bf = new BruteForce(af);
            for (Semantics sem : Semantics.values()) {
                List<Integer> expected = bf.extensions(sem);
                List<Labelling> actual = Reasoner.extensions(af, sem);
                assertThat(masks(actual)).as("%s extensions of %s", sem.word(), what)
                        .containsExactlyInAnyOrderElementsOf(expected);
                // labellings are the complete labellings of their extensions, and sorted, without repeats
                for (Labelling l : actual) {
                    assertThat(l).as(what).isEqualTo(Labelling.ofExtension(af, l.in()));
                }
                List<Labelling> sorted = new ArrayList<>(actual);
                sorted.sort(Reasoner.order(af));
                assertThat(actual).as(what).containsExactlyElementsOf(sorted).doesNotHaveDuplicates();

                Optional<Labelling> some = Reasoner.someExtension(af, sem);
                if (expected.isEmpty()) {
                    assertThat(some).as("%s: some %s extension", what, sem.word()).isEmpty();
                } else {
                    assertThat(some).as("%s: some %s extension", what, sem.word()).isPresent();
                    assertThat(expected).as(what).contains(mask(some.get().in()));
                }
                for (int a = 0; a < af.size(); a++) {
                    int bit = 1 << a;
                    boolean cred = expected.stream().anyMatch(e -> (e & bit) != 0);
                    boolean skep = expected.stream().allMatch(e -> (e & bit) != 0);
                    assertThat(Reasoner.credulous(af, sem, a)).as("DC-%s %s in %s", sem.code(), af.name(a), what).isEqualTo(cred);
                    assertThat(Reasoner.skeptical(af, sem, a)).as("DS-%s %s in %s", sem.code(), af.name(a), what).isEqualTo(skep);
                }
                if (sem == Semantics.PREFERRED && expected.size() > 1) {
                    nonTrivialPreferred++;
                }
                if (sem == Semantics.STABLE && expected.isEmpty()) {
                    noStable++;
                }
            }
            assertThat(mask(Grounded.of(af).in())).as(what).isEqualTo(bf.grounded());
        }
        // the generator must produce interesting cases, or the comparison proves little
        assertThat(nonTrivialPreferred).as("frameworks with several preferred extensions").isGreaterThan(FRAMEWORKS_PER_SEED / 10);
        assertThat(noStable).as("frameworks without a stable extension").isGreaterThan(FRAMEWORKS_PER_SEED / 10);
    }

    static ArgumentationFramework random(Random random) {
        int n = random.nextInt(MAX_ARGUMENTS + 1);
        double p = new double[] {0.08, 0.15, 0.25, 0.4}[random.nextInt(4)];
        double self = random.nextBoolean() ? 0.0 : 0.1;
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int a = 0; a < n; a++) {
            b.addArgument("a" + (a + 1));
        }
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (random.nextDouble() < (x == y ? self : p)) {
                    b.addAttack(x, y);
                }
            }
        }
        return b.build();
    }

    static String describe(ArgumentationFramework af) {
        StringBuilder sb = new StringBuilder(af.size() + " arguments, attacks");
        for (int[] a : af.attackList()) {
            sb.append(' ').append(af.name(a[0])).append("->").append(af.name(a[1]));
        }
        return sb.toString();
    }

    static int mask(BitSet s) {
        int m = 0;
        for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
            m |= 1 << i;
        }
        return m;
    }

    static List<Integer> masks(List<Labelling> ls) {
        List<Integer> out = new ArrayList<>();
        ls.forEach(l -> out.add(mask(l.in())));
        return out;
    }

    static Set<Integer> set(List<Integer> l) {
        return new TreeSet<>(l);
    }
}
