package org.argkg.evaluation.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.argkg.evaluation.Evaluations;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.Reasoner;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.argkg.evaluation.bipolar.EvidenceReading;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.Relation;
import org.argkg.store.GraphStore;
import org.argkg.support.Seeds;
import org.argkg.support.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetyproject.arg.dung.reasoner.AbstractExtensionReasoner;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.reasoner.SimplePreferredReasoner;
import org.tweetyproject.arg.dung.reasoner.SimpleSccCompleteReasoner;
import org.tweetyproject.arg.dung.reasoner.SimpleStableReasoner;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * argkg's semantics checked against two independent peers: clingo, with the answer-set encodings
 * of {@code src/test/resources/peers/asp/} (ASPARTIX style), and TweetyProject 1.23's simple
 * reasoners (the SAT-based ones of that version are unreliable). On {@value #FRAMEWORKS} random
 * frameworks of 3 to 25 arguments (edge probability 0.05 to 0.5, self-attacks drawn like any other
 * attack, seed {@value #SEED}) and on the frameworks of the seeds (the seed article alone and every
 * document, each support treatment and evidence reading), every semantics must give the same extensions, and every
 * argument the same credulous and skeptical acceptance; the test reports every disagreement, and
 * there must be none.
 *
 * <p>clingo comes with Debian's {@code gringo} package ({@code .ci/run} installs it); without it
 * the clingo comparisons are skipped with a message saying so.
 */
@Slow
class PeerSolversTest {

    static final long SEED = 20_231_119L;
    static final int FRAMEWORKS = 2_000;
    static final int MIN_ARGUMENTS = 3;
    static final int MAX_ARGUMENTS = 25;
    static final String SEED_DOC = "li-zheng-2024-ai-exception";

    @TempDir
    static Path tmp;
    static GraphStore store;

    @BeforeAll
    static void buildSeeds() {
        store = GraphStore.openExisting(Seeds.build(tmp.resolve("db")));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The random frameworks, the same on every run. */
    static List<ArgumentationFramework> randomFrameworks() {
        Random random = new Random(SEED);
        List<ArgumentationFramework> out = new ArrayList<>(FRAMEWORKS);
        for (int i = 0; i < FRAMEWORKS; i++) {
            int n = MIN_ARGUMENTS + random.nextInt(MAX_ARGUMENTS - MIN_ARGUMENTS + 1);
            double p = 0.05 + 0.45 * random.nextDouble();
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            for (int a = 0; a < n; a++) {
                b.addArgument("a" + (a + 1));
            }
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    if (random.nextDouble() < p) {
                        b.addAttack(x, y);
                    }
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** The frameworks argkg evaluates on the seeds: the seed article alone and every document, under each support treatment. */
    static Map<String, ArgumentationFramework> seedFrameworks() {
        Map<String, ArgumentationFramework> out = new java.util.LinkedHashMap<>();
        for (List<String> docs : List.of(List.of(SEED_DOC), List.<String>of())) {
            for (SupportTreatment t : SupportTreatment.values()) {
                for (EvidenceReading e : t == SupportTreatment.DEDUCTIVE ? EvidenceReading.values()
                        : new EvidenceReading[] {EvidenceReading.DEFEASIBLE}) {
                    EvaluationResult r = Evaluations.evaluate(store, docs,
                            EvaluationRequest.of(Semantics.GROUNDED).withSupportTreatment(t).withEvidence(e));
                    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
                    r.claims().forEach(c -> b.addArgument(c.qualifiedId()));
                    for (Relation a : r.graph().attacks()) {
                        b.addAttack(a.from(), a.to());
                    }
                    for (DerivedAttack d : r.derivedAttacks()) {
                        b.addAttack(d.attacker(), d.attacked());
                    }
                    out.put((docs.isEmpty() ? "every seed document" : SEED_DOC) + ", support " + t.word()
                            + (t == SupportTreatment.DEDUCTIVE ? ", evidence " + e.word() : ""), b.build());
                }
            }
        }
        return out;
    }

    @Test
    void tweetyAgreesOnRandomFrameworks() {
        List<String> disagreements = new ArrayList<>();
        Stats stats = new Stats();
        List<ArgumentationFramework> afs = randomFrameworks();
        for (int i = 0; i < afs.size(); i++) {
            compare("random framework " + i, afs.get(i), PeerSolversTest::tweety, disagreements, stats);
        }
        assertThat(disagreements).as("disagreements with TweetyProject").isEmpty();
        stats.assertInteresting();
        System.out.println("PeerSolversTest: TweetyProject agrees on " + stats);
    }

    @Test
    void clingoAgreesOnRandomFrameworks() {
        assumeTrue(Clingo.available(), Clingo.MISSING);
        List<String> disagreements = new ArrayList<>();
        Stats stats = new Stats();
        List<ArgumentationFramework> afs = randomFrameworks();
        for (int i = 0; i < afs.size(); i++) {
            compare("random framework " + i, afs.get(i), Clingo::extensions, disagreements, stats);
        }
        assertThat(disagreements).as("disagreements with clingo").isEmpty();
        stats.assertInteresting();
        System.out.println("PeerSolversTest: clingo agrees on " + stats);
    }

    @Test
    void bothPeersAgreeOnTheSeedsFrameworks() {
        Map<String, ArgumentationFramework> seeds = seedFrameworks();
        assertThat(seeds.get(SEED_DOC + ", support deductive, evidence defeasible").size()).isEqualTo(19);
        List<String> disagreements = new ArrayList<>();
        Stats stats = new Stats();
        seeds.forEach((what, af) -> compare(what, af, PeerSolversTest::tweety, disagreements, stats));
        assertThat(disagreements).as("disagreements with TweetyProject").isEmpty();
        assumeTrue(Clingo.available(), Clingo.MISSING);
        seeds.forEach((what, af) -> compare(what, af, Clingo::extensions, disagreements, stats));
        assertThat(disagreements).as("disagreements with clingo").isEmpty();
    }

    interface Peer {
        /** The extensions of the framework under the semantics, as sets of argument indices. */
        Set<BitSet> extensions(ArgumentationFramework af, Semantics semantics);
    }

    /** Counts of what was compared, and of cases that make the comparison worth something. */
    static final class Stats {
        int frameworks;
        int comparisons;
        int severalPreferred;
        int noStable;
        int selfAttacks;

        void assertInteresting() {
            assertThat(severalPreferred).as("frameworks with several preferred extensions").isGreaterThan(frameworks / 20);
            assertThat(noStable).as("frameworks without a stable extension").isGreaterThan(frameworks / 10);
            assertThat(selfAttacks).as("frameworks with a self-attack").isGreaterThan(frameworks / 2);
        }

        @Override
        public String toString() {
            return frameworks + " frameworks, " + comparisons + " comparisons (" + severalPreferred
                    + " with several preferred extensions, " + noStable + " without a stable one, " + selfAttacks
                    + " with a self-attack)";
        }
    }

    /**
     * Compares argkg's extensions of every semantics with the peer's, and argkg's credulous and
     * skeptical acceptance of every argument with the peer's extensions (skeptically accepted when
     * there is no extension).
     */
    static void compare(String what, ArgumentationFramework af, Peer peer, List<String> disagreements, Stats stats) {
        stats.frameworks++;
        if (af.attackList().stream().anyMatch(at -> at[0] == at[1])) {
            stats.selfAttacks++;
        }
        for (Semantics sem : Semantics.values()) {
            Set<BitSet> ours = new HashSet<>();
            for (Labelling l : Reasoner.extensions(af, sem)) {
                ours.add(l.in());
            }
            Set<BitSet> theirs = peer.extensions(af, sem);
            stats.comparisons++;
            if (!ours.equals(theirs)) {
                disagreements.add(what + ", " + sem.word() + " extensions: argkg " + names(af, ours) + ", peer "
                        + names(af, theirs) + "; " + describe(af));
            }
            for (int a = 0; a < af.size(); a++) {
                int arg = a;
                boolean cred = theirs.stream().anyMatch(e -> e.get(arg));
                boolean skep = theirs.stream().allMatch(e -> e.get(arg));
                stats.comparisons += 2;
                if (Reasoner.credulous(af, sem, a) != cred) {
                    disagreements.add(what + ", DC-" + sem.code() + " " + af.name(a) + ": peer " + cred + "; " + describe(af));
                }
                if (Reasoner.skeptical(af, sem, a) != skep) {
                    disagreements.add(what + ", DS-" + sem.code() + " " + af.name(a) + ": peer " + skep + "; " + describe(af));
                }
            }
            if (sem == Semantics.PREFERRED && theirs.size() > 1) {
                stats.severalPreferred++;
            }
            if (sem == Semantics.STABLE && theirs.isEmpty()) {
                stats.noStable++;
            }
        }
    }

    static String describe(ArgumentationFramework af) {
        StringBuilder sb = new StringBuilder(af.size() + " arguments, attacks");
        for (int[] a : af.attackList()) {
            sb.append(' ').append(af.name(a[0])).append("->").append(af.name(a[1]));
        }
        return sb.toString();
    }

    static Set<String> names(ArgumentationFramework af, Set<BitSet> extensions) {
        Set<String> out = new TreeSet<>();
        extensions.forEach(e -> out.add(Reasoner.sortedNames(af, e).toString()));
        return out;
    }

    // ---- TweetyProject

    static Set<BitSet> tweety(ArgumentationFramework af, Semantics semantics) {
        DungTheory theory = new DungTheory();
        Argument[] args = new Argument[af.size()];
        for (int a = 0; a < af.size(); a++) {
            args[a] = new Argument(Integer.toString(a));
            theory.add(args[a]);
        }
        for (int[] at : af.attackList()) {
            theory.add(new Attack(args[at[0]], args[at[1]]));
        }
        AbstractExtensionReasoner reasoner = switch (semantics) {
            case GROUNDED -> new SimpleGroundedReasoner();
            case COMPLETE -> new SimpleSccCompleteReasoner();
            case PREFERRED -> new SimplePreferredReasoner();
            case STABLE -> new SimpleStableReasoner();
        };
        Collection<Extension<DungTheory>> models = reasoner.getModels(theory);
        Set<BitSet> out = new HashSet<>();
        for (Extension<DungTheory> e : models) {
            BitSet s = new BitSet();
            e.forEach(arg -> s.set(Integer.parseInt(arg.getName())));
            out.add(s);
        }
        return out;
    }

    // ---- clingo

    /** clingo as a child process, one call per framework and semantics, the framework on its standard input. */
    static final class Clingo {

        static final String MISSING = "clingo is not installed (Debian package gringo): the comparisons with clingo are skipped";
        private static Boolean available;
        private static final Map<Semantics, Path> ENCODINGS = new EnumMap<>(Semantics.class);

        static synchronized boolean available() {
            if (available == null) {
                try {
                    Process p = new ProcessBuilder("clingo", "--version").redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                } catch (IOException e) {
                    available = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    available = false;
                }
                if (!available) {
                    System.err.println("PeerSolversTest: " + MISSING);
                }
            }
            return available;
        }

        static synchronized Path encoding(Semantics semantics) {
            return ENCODINGS.computeIfAbsent(semantics, s -> {
                try (InputStream in = PeerSolversTest.class.getResourceAsStream("/peers/asp/" + s.word() + ".lp")) {
                    Path f = tmp.resolve(s.word() + ".lp");
                    Files.write(f, in.readAllBytes());
                    return f;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The facts {@code arg(i).} and {@code att(i,j).} of a framework, its arguments numbered from 0. */
        static String facts(ArgumentationFramework af) {
            StringBuilder sb = new StringBuilder();
            for (int a = 0; a < af.size(); a++) {
                sb.append("arg(").append(a).append(").\n");
            }
            for (int[] at : af.attackList()) {
                sb.append("att(").append(at[0]).append(',').append(at[1]).append(").\n");
            }
            return sb.toString();
        }

        static Set<BitSet> extensions(ArgumentationFramework af, Semantics semantics) {
            List<String> cmd = new ArrayList<>(List.of("clingo", "-V0", "0"));
            if (semantics == Semantics.PREFERRED) {
                cmd.addAll(List.of("--heuristic=Domain", "--enum-mode=domRec"));
            }
            cmd.add(encoding(semantics).toString());
            cmd.add("-");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (OutputStream in = p.getOutputStream()) {
                    in.write(facts(af).getBytes(StandardCharsets.US_ASCII));
                }
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("clingo took more than 60 s on " + af);
                }
                return parse(out, p.exitValue(), af);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /**
         * With {@code -V0}, clingo prints each answer set on a line ({@code in(0) in(3)}, an empty line
         * for the empty set), then {@code SATISFIABLE} or {@code UNSATISFIABLE}; its exit code is 10,
         * 20 or 30 (satisfiable, unsatisfiable, satisfiable and search exhausted).
         */
        static Set<BitSet> parse(String out, int exit, ArgumentationFramework af) {
            if (exit != 10 && exit != 20 && exit != 30) {
                throw new AssertionError("clingo exited with " + exit + " on " + af + ":\n" + out);
            }
            Set<BitSet> result = new HashSet<>();
            boolean done = false;
            for (String line : out.split("\n", -1)) {
                String l = line.strip();
                if (l.equals("SATISFIABLE") || l.equals("UNSATISFIABLE")) {
                    done = true;
                    break;
                }
                BitSet e = new BitSet();
                for (String atom : l.isEmpty() ? new String[0] : l.split("\\s+")) {
                    if (!atom.startsWith("in(") || !atom.endsWith(")")) {
                        throw new AssertionError("unexpected clingo output '" + atom + "' on " + af + ":\n" + out);
                    }
                    e.set(Integer.parseInt(atom.substring(3, atom.length() - 1)));
                }
                if (!result.add(e)) {
                    throw new AssertionError("clingo gave an answer set twice on " + af + ":\n" + out);
                }
            }
            if (!done) {
                throw new AssertionError("clingo's output did not end in SATISFIABLE or UNSATISFIABLE on " + af + ":\n" + out);
            }
            return result;
        }
    }
}
