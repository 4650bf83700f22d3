package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.argkg.cli.ExitCodes;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Reasoner;
import org.argkg.evaluation.iccma.Iccma2023;
import org.argkg.evaluation.iccma.IccmaTask;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argkg iccma}, the ICCMA 2023 solver interface, through picocli's execute(), and its certificates. */
class IccmaCommandTest {

    static final String VALID = "src/test/fixtures/evaluation/valid/";
    /** 1..5: an odd cycle 1→2→3→1 next to an even one 4⇄5. */
    static final String ODD_EVEN = VALID + "preferred-without-stable/framework.i23";
    static final String EVEN = VALID + "even-cycle/framework.i23";

    @TempDir
    Path tmp;

    static String ok(String... args) {
        Run r = Cli.run(args);
        assertThat(r.exit()).as("exit of %s, stderr: %s", String.join(" ", args), r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    static void usage(String message, String... args) {
        Run r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void listsTheProblemsItSolves() {
        assertThat(ok("iccma", "--problems"))
                .isEqualTo("[DC-CO,DC-PR,DC-ST,DC-GR,DS-CO,DS-PR,DS-ST,DS-GR,SE-CO,SE-PR,SE-ST,SE-GR]\n");
    }

    @Test
    void withoutOptionsItSaysItsNameAndVersion() {
        assertThat(ok("iccma")).startsWith("argkg ").endsWith("\n").hasLineCount(1);
    }

    @Test
    void someExtensionAsAWitnessLineOrNo() {
        assertThat(ok("iccma", "-p", "SE-PR", "-f", ODD_EVEN)).isIn("w 4\n", "w 5\n");
        assertThat(ok("iccma", "-p", "SE-ST", "-f", ODD_EVEN)).isEqualTo("NO\n");
        assertThat(ok("iccma", "-p", "SE-GR", "-f", ODD_EVEN)).as("the empty extension").isEqualTo("w\n");
        assertThat(ok("iccma", "-p", "SE-CO", "-f", ODD_EVEN)).isEqualTo("w\n");
        assertThat(ok("iccma", "-p", "se-st", "-f", EVEN)).isIn("w 1\n", "w 2\n");
    }

    @Test
    void credulousAcceptanceWithAnExtensionThatContainsTheArgument() {
        assertThat(ok("iccma", "-p", "DC-PR", "-f", ODD_EVEN, "-a", "4")).isEqualTo("YES\nw 4\n");
        assertThat(ok("iccma", "-p", "DC-CO", "-f", ODD_EVEN, "-a", "5")).isEqualTo("YES\nw 5\n");
        assertThat(ok("iccma", "-p", "DC-ST", "-f", ODD_EVEN, "-a", "4")).isEqualTo("NO\n");
        assertThat(ok("iccma", "-p", "DC-PR", "-f", ODD_EVEN, "-a", "1")).isEqualTo("NO\n");
        assertThat(ok("iccma", "-p", "DC-GR", "-f", ODD_EVEN, "-a", "4")).isEqualTo("NO\n");
        assertThat(ok("iccma", "-p", "DC-ST", "-f", EVEN, "-a", "2")).isEqualTo("YES\nw 2\n");
        assertThat(ok("iccma", "-p", "DC-GR", "-f", VALID + "unattacked/framework.tgf", "-a", "a")).isEqualTo("YES\nw a\n");
    }

    @Test
    void skepticalAcceptanceWithAnExtensionWithoutTheArgument() {
        assertThat(ok("iccma", "-p", "DS-PR", "-f", ODD_EVEN, "-a", "4")).isEqualTo("NO\nw 5\n");
        assertThat(ok("iccma", "-p", "DS-CO", "-f", ODD_EVEN, "-a", "4")).isEqualTo("NO\nw\n");
        assertThat(ok("iccma", "-p", "DS-ST", "-f", ODD_EVEN, "-a", "1")).as("no stable extension: vacuously").isEqualTo("YES\n");
        assertThat(ok("iccma", "-p", "DS-GR", "-f", EVEN, "-a", "1")).isEqualTo("NO\nw\n");
        String floating = VALID + "floating-reinstatement/framework.apx";
        assertThat(ok("iccma", "-p", "DS-PR", "-f", floating, "-a", "d")).isEqualTo("YES\n");
        assertThat(ok("iccma", "-p", "DS-GR", "-f", VALID + "unattacked/framework.tgf", "-a", "a")).isEqualTo("YES\n");
    }

    @Test
    void usageErrors() {
        usage("unsupported problem 'EE-PR'; argkg solves [DC-CO,", "iccma", "-p", "EE-PR", "-f", ODD_EVEN);
        usage("unsupported problem 'DC-SST'", "iccma", "-p", "DC-SST", "-f", ODD_EVEN);
        usage("DC-CO needs the queried argument: -a ARG", "iccma", "-p", "DC-CO", "-f", ODD_EVEN);
        usage("-a is for the problems DC and DS, not SE-PR", "iccma", "-p", "SE-PR", "-f", ODD_EVEN, "-a", "1");
        usage("has no argument '9'", "iccma", "-p", "DS-PR", "-f", ODD_EVEN, "-a", "9");
        usage("give the framework file: -f FILE", "iccma", "-p", "SE-PR");
        usage("give the problem: -p TASK-SEM", "iccma", "-f", ODD_EVEN);
        usage("--problems takes no other option", "iccma", "--problems", "-p", "SE-PR");
    }

    @Test
    void malformedAndMissingFiles() throws Exception {
        Run bad = Cli.run("iccma", "-p", "SE-GR", "-f", "src/test/fixtures/evaluation/invalid/i23-bad-header/framework.i23");
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("framework.i23:1:6: error: expected the number of arguments, found '-3' [AF_HEADER]");
        assertThat(bad.out()).isEmpty();
        Run missing = Cli.run("iccma", "-p", "SE-GR", "-f", tmp.resolve("none.i23").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("no such file");
        // a file without a known extension is read in the 2023 format
        Path plain = Files.writeString(tmp.resolve("instance"), "p af 3\n1 2\n2 3\n");
        assertThat(ok("iccma", "-p", "SE-GR", "-f", plain.toString())).isEqualTo("w 1 3\n");
    }

    /**
     * On random frameworks: every answer agrees with the reasoner's decision, and every certificate
     * is an extension of the semantics that contains (DC) or leaves out (DS) the argument.
     */
    @Test
    void certificatesAreExtensionsOnRandomFrameworks() {
        Random random = new Random(2023);
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(12);
            double p = 0.05 + 0.4 * random.nextDouble();
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            for (int a = 1; a <= n; a++) {
                b.addArgument(Integer.toString(a));
            }
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    if (random.nextDouble() < p) {
                        b.addAttack(x, y);
                    }
                }
            }
            ArgumentationFramework af = b.build();
            for (Iccma2023.Problem problem : Iccma2023.problems()) {
                List<String> witnesses = Reasoner.extensions(af, problem.semantics()).stream()
                        .map(l -> Iccma2023.witness(af, l)).toList();
                if (problem.task() == IccmaTask.SE) {
                    List<String> answer = Iccma2023.solve(af, problem, -1);
                    assertThat(answer).hasSize(1);
                    if (witnesses.isEmpty()) {
                        assertThat(answer).containsExactly("NO");
                    } else {
                        assertThat(witnesses).contains(answer.get(0));
                    }
                    continue;
                }
                for (int a = 0; a < n; a++) {
                    List<String> answer = Iccma2023.solve(af, problem, a);
                    String what = problem + " " + (a + 1) + " on " + af.attackList().stream()
                            .map(at -> (at[0] + 1) + "->" + (at[1] + 1)).toList();
                    boolean credulous = Reasoner.credulous(af, problem.semantics(), a);
                    boolean skeptical = Reasoner.skeptical(af, problem.semantics(), a);
                    if (problem.task() == IccmaTask.DC) {
                        assertThat(answer.get(0)).as(what).isEqualTo(credulous ? "YES" : "NO");
                    } else {
                        assertThat(answer.get(0)).as(what).isEqualTo(skeptical ? "YES" : "NO");
                    }
                    boolean certified = problem.task() == IccmaTask.DC ? credulous : !skeptical;
                    assertThat(answer).as(what).hasSize(certified ? 2 : 1);
                    if (certified) {
                        assertThat(witnesses).as(what).contains(answer.get(1));
                        List<String> args = List.of(answer.get(1).substring(1).strip().split(" "));
                        assertThat(args.contains(Integer.toString(a + 1))).as(what).isEqualTo(problem.task() == IccmaTask.DC);
                    }
                }
            }
        }
    }
}
