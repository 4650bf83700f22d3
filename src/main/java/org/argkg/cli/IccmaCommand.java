package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.AfParser;
import org.argkg.evaluation.iccma.Iccma2023;
import org.argkg.evaluation.iccma.ParsedFramework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg iccma}: the command-line interface of an ICCMA 2023 solver, for harnesses such as probo2. */
@Command(name = "iccma", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Answers as an ICCMA 2023 solver does, so that competition harnesses can run argkg.",
            "Reads a framework file (the 2023 format, .i23: 'p af N', then one attack 'i j' per line; .tgf and .apx"
                + " by their extension), solves the problem and prints the answer in the 2023 format:",
            "  SE-σ: 'w 1 2 5' (an extension; 'w' alone for the empty one), or NO when there is none",
            "  DC-σ: YES and, on the next line, an extension with the argument; or NO",
            "  DS-σ: NO and, on the next line, an extension without the argument; or YES",
            "Without options it prints its name and version, as the ICCMA interface asks."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg iccma --problems",
            "  argkg iccma -p SE-PR -f framework.i23",
            "  argkg iccma -p DC-CO -f framework.i23 -a 3"
        })
public class IccmaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problems", description = "Print the supported problems, [DC-CO,DC-PR,…], and exit.")
    boolean problems;

    @Option(names = "-p", paramLabel = "TASK-SEM", description = "The problem: DC, DS or SE, a hyphen, then CO, PR, ST or GR.")
    String problem;

    @Option(names = "-f", paramLabel = "FILE", description = "The framework file.")
    Path file;

    @Option(names = "-a", paramLabel = "ARG", description = "The queried argument of DC and DS (a number 1..N in a .i23 file).")
    String argument;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (problems) {
            if (problem != null || file != null || argument != null) {
                throw usage("--problems takes no other option");
            }
            out.println(Iccma2023.problemList());
            out.flush();
            return ExitCodes.OK;
        }
        if (problem == null && file == null && argument == null) {
            out.println(new VersionProvider().getVersion()[0]);
            out.flush();
            return ExitCodes.OK;
        }
        if (problem == null) {
            throw usage("give the problem: -p TASK-SEM, one of " + Iccma2023.problemList());
        }
        Iccma2023.Problem p = Iccma2023.Problem.parse(problem).orElseThrow(() -> usage(
                "unsupported problem '" + problem + "'; argkg solves " + Iccma2023.problemList()));
        if (file == null) {
            throw usage("give the framework file: -f FILE");
        }
        if (p.task().needsArgument() && argument == null) {
            throw usage(p.code() + " needs the queried argument: -a ARG");
        }
        if (!p.task().needsArgument() && argument != null) {
            throw usage("-a is for the problems DC and DS, not " + p.code());
        }
        ParsedFramework parsed = AfParser.read(file, AfFormat.ofFile(file).orElse(AfFormat.I23));
        DiagnosticPrinter.print(parsed.warnings(), spec.commandLine().getErr());
        ArgumentationFramework af = parsed.framework();
        int queried = -1;
        if (argument != null) {
            OptionalInt i = af.indexOf(argument.strip());
            if (i.isEmpty()) {
                throw usage("-a: the framework " + file + " has no argument '" + argument + "'");
            }
            queried = i.getAsInt();
        }
        List<String> lines = Iccma2023.solve(af, p, queried);
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
