package org.argkg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.AfParser;
import org.argkg.evaluation.iccma.ParsedFramework;
import org.junit.jupiter.api.Test;

/** The three ICCMA formats: round trips, and the liberties each format allows. */
class AfParserTest {

    static final Path FILE = Path.of("test");

    static String attacks(ArgumentationFramework af) {
        StringBuilder sb = new StringBuilder();
        for (int[] a : af.attackList()) {
            sb.append(af.name(a[0])).append('>').append(af.name(a[1])).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void randomFrameworksSurviveARoundTripThroughEveryFormat() {
        Random random = new Random(3);
        for (int round = 0; round < 100; round++) {
            int n = random.nextInt(30);
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            for (int i = 1; i <= n; i++) {
                b.addArgument(Integer.toString(i));
            }
            for (int i = 0; i < n * 2; i++) {
                b.addAttack(random.nextInt(n), random.nextInt(n));
            }
            ArgumentationFramework af = b.build();
            StringBuilder tgf = new StringBuilder();
            StringBuilder apx = new StringBuilder();
            StringBuilder i23 = new StringBuilder("p af " + n + "\n");
            for (int i = 0; i < n; i++) {
                tgf.append(af.name(i)).append('\n');
                apx.append("arg(").append(af.name(i)).append(").\n");
            }
            tgf.append("#\n");
            for (int[] a : af.attackList()) {
                tgf.append(af.name(a[0])).append(' ').append(af.name(a[1])).append('\n');
                apx.append("att(").append(af.name(a[0])).append(',').append(af.name(a[1])).append(").\n");
                i23.append(a[0] + 1).append(' ').append(a[1] + 1).append('\n');
            }
            for (var p : List.of(AfParser.parse(tgf.toString(), FILE, AfFormat.TGF), AfParser.parse(apx.toString(), FILE, AfFormat.APX),
                    AfParser.parse(i23.toString(), FILE, AfFormat.I23))) {
                assertThat(p.warnings()).isEmpty();
                assertThat(p.framework().size()).isEqualTo(n);
                assertThat(attacks(p.framework())).isEqualTo(attacks(af));
            }
        }
    }

    @Test
    void apxAllowsSpacesCommentsSeveralFactsPerLineAndAnyOrder() {
        ParsedFramework p = AfParser.parse("""
                % a comment
                att( a1 , b.2 ).   arg(a1). arg(b.2).
                arg(c_3). att(c_3,
                  a1).
                """, FILE, AfFormat.APX);
        assertThat(p.framework().size()).isEqualTo(3);
        assertThat(attacks(p.framework())).isEqualTo("a1>b.2 c_3>a1");
    }

    @Test
    void crlfLineEndsAByteOrderMarkAndBlankLinesAreAccepted() {
        assertThat(attacks(AfParser.parse("\uFEFFa\r\n\r\nb\r\n#\r\na b\r\n", FILE, AfFormat.TGF).framework())).isEqualTo("a>b");
        assertThat(attacks(AfParser.parse("# c\r\np af 2\r\n\r\n# c\r\n2 1\r\n", FILE, AfFormat.I23).framework())).isEqualTo("2>1");
        assertThat(AfParser.parse("a\nb\n", FILE, AfFormat.TGF).framework().size()).as("no '#': arguments only").isEqualTo(2);
    }

    @Test
    void duplicatesAreWarningsAndCountOnce() {
        ParsedFramework p = AfParser.parse("a\na\n#\na a\na a\n", FILE, AfFormat.TGF);
        assertThat(p.framework().size()).isEqualTo(1);
        assertThat(p.framework().attackCount()).isEqualTo(1);
        assertThat(p.warnings()).extracting(d -> d.format()).containsExactly(
                "test:2:1: warning: argument 'a' is declared again (first at line 1) [AF_DUPLICATE_ARGUMENT]",
                "test:5:1: warning: attack a -> a is given again [AF_DUPLICATE_ATTACK]");
    }

    @Test
    void formatsByExtensionAndMissingFiles() {
        assertThat(AfFormat.ofFile(Path.of("x/f.TGF"))).contains(AfFormat.TGF);
        assertThat(AfFormat.ofFile(Path.of("f.apx"))).contains(AfFormat.APX);
        assertThat(AfFormat.ofFile(Path.of("f.i23"))).contains(AfFormat.I23);
        assertThat(AfFormat.ofFile(Path.of("f.af"))).contains(AfFormat.I23);
        assertThat(AfFormat.ofFile(Path.of("f.txt"))).isEmpty();
        assertThatThrownBy(() -> AfParser.read(Path.of("f.txt"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AfParser.read(Path.of("target", "no-such-file.apx"), null))
                .isInstanceOf(ArgkgException.class).hasMessageContaining("no such file");
    }

    @Test
    void namesSortNaturally() {
        ArgumentationFramework af = AfParser.parse("p af 12\n", FILE, AfFormat.I23).framework();
        assertThat(org.argkg.evaluation.iccma.IccmaSolver.solve(af, org.argkg.evaluation.iccma.IccmaTask.SE, Semantics.GROUNDED, -1))
                .isEqualTo("[1,2,3,4,5,6,7,8,9,10,11,12]");
    }
}
