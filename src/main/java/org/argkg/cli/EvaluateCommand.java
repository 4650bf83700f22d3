package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.argkg.evaluation.Evaluations;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.TooManyExtensionsException;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Assumptions;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.evaluation.graph.EvaluationGraph;
import org.argkg.evaluation.graph.EvaluationReport;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationRequest.ClaimAssumption;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.EvaluationVocab;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.AfParser;
import org.argkg.evaluation.iccma.IccmaSolver;
import org.argkg.evaluation.iccma.IccmaTask;
import org.argkg.evaluation.iccma.ParsedFramework;
import org.argkg.store.GraphStore;
import org.argkg.store.ServerRecord;
import org.argkg.store.StoreView;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argkg evaluate}: Dung's semantics on the claims of the store, or on an ICCMA framework file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Which claims stand, under Dung's semantics: the grounded, complete, preferred or stable extensions"
                + " of the claims of the store.",
            "Claims are the arguments, argkg:attacks the attacks; supports add the attacks of deductive support."
                + " The table of labels is printed first, then one line on the derived attacks (--explain lists them);"
                + " the result goes to the named graph",
            "  " + EvaluationVocab.GRAPHS + "<semantics>",
            "With --af: an ICCMA task on a framework file (see --af-format), answered as the ICCMA 2017/2019 solvers do."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg evaluate --semantics grounded",
            "  argkg evaluate --semantics preferred --graph li-zheng-2024-ai-exception",
            "  argkg evaluate --semantics grounded --explain  (the derived attacks' chains)",
            "  argkg evaluate --semantics stable --format json --no-write",
            "  argkg evaluate --semantics grounded \\",
            "      --assume in:li-zheng-2024-ai-exception#thesis     (what if it holds?)",
            "  argkg evaluate --af framework.apx --task EE --semantics preferred",
            "  argkg evaluate --af framework.i23 --task DS-PR --arg 7",
            "  argkg query evaluation-status --param evaluation=id:evaluation/preferred"
        })
public class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--semantics", paramLabel = "SEMANTICS",
            converter = Choices.SemanticsWords.class, completionCandidates = Choices.SemanticsWords.class,
            description = "One of ${COMPLETION-CANDIDATES}, or its ICCMA abbreviation.")
    Semantics semantics;

    @Option(names = "--assume", paramLabel = "in:ID,out:ID", split = ",",
            description = "Fix the status of claims (or, with --af, arguments) for a what-if: in suspends the attacks on it,"
                    + " out adds an unattacked attacker. ID: node-id, doc-id#node-id or the claim's IRI. Repeatable.")
    List<String> assume = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: " + OutputFormat.STORE_DEFAULT + "); with --af only iccma.")
    OutputFormat format;

    @Option(names = "--explain",
            description = "After the table, list every derived attack with the chain of supports and attacks it comes from.")
    boolean explain;

    enum OutputFormat {
        table, json, turtle, iccma;

        /** Without --format for the store; a framework file's answer is always in the ICCMA format. */
        static final String STORE_DEFAULT = "table";
    }

    /** The claims of the store (the default), or a framework file: not both. */
    static class Source {
        @ArgGroup(exclusive = false, heading = "%nThe claims of the store:%n")
        StoreSource store = new StoreSource();

        @ArgGroup(exclusive = false, heading = "%nA framework file (ICCMA):%n")
        FileSource file;
    }

    /**
     * The store, or an endpoint, and how to evaluate it. Not a nested group of its own for --db and
     * --endpoint: picocli leaves the defaults of a group nested this deep unset when another option of
     * this one is given, so that one pair is checked in {@link #store}.
     */
    static class StoreSource extends ReadTarget {
        @Option(names = "--graph", paramLabel = "DOC-ID", split = ",",
                description = "Evaluate only the claims of these documents (repeatable; default: all documents).")
        List<String> graphs = new ArrayList<>();

        @Option(names = "--support", paramLabel = "TREATMENT", defaultValue = "deductive",
                converter = Choices.SupportTreatments.class, completionCandidates = Choices.SupportTreatments.class,
                description = "How supports count: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                        + " deductive adds the attacks that supports derive, none leaves supports out.")
        SupportTreatment support;

        @Option(names = "--no-write",
                description = "Print only; do not write the evaluation graph to the store (never written with --endpoint).")
        boolean noWrite;

        @Option(names = "--max-extensions", paramLabel = "N", converter = Range.Count.class,
                description = "Refuse to enumerate more than N extensions (default: ${DEFAULT-VALUE}).")
        int maxExtensions = EvaluationRequest.DEFAULT_MAX_EXTENSIONS;
    }

    static class FileSource {
        @Option(names = "--af", paramLabel = "FILE", required = true, description = "An ICCMA framework file instead of the store.")
        Path af;

        @Option(names = "--af-format", paramLabel = "FORMAT",
                converter = Choices.AfFormats.class, completionCandidates = Choices.AfFormats.class,
                description = "${COMPLETION-CANDIDATES} (default: from the file's extension).")
        AfFormat afFormat;

        @Option(names = "--task", paramLabel = "TASK", defaultValue = "EE",
                converter = TaskOption.Converter.class, completionCandidates = TaskOption.Converter.class,
                description = "${COMPLETION-CANDIDATES}: some extension, every extension, credulous or skeptical acceptance"
                        + " of --arg (default: ${DEFAULT-VALUE}); with the semantics after a hyphen (SE-PR), it gives it.")
        TaskOption task;

        @Option(names = "--arg", paramLabel = "A", description = "The argument of DC and DS.")
        String arg;
    }

    @ArgGroup(exclusive = true)
    Source source = new Source();

    @Override
    public Integer call() {
        return source.file != null ? file(source.file) : store(source.store);
    }

    private Integer file(FileSource file) {
        Path af = file.af;
        TaskOption task = file.task;
        String arg = file.arg;
        if (format != null && format != OutputFormat.iccma) {
            throw usage("with --af the output is in the ICCMA format; --format " + format + " is for the store");
        }
        IccmaTask t = task.task();
        Semantics sem = semantics;
        if (task.semantics() != null) {
            if (sem != null && sem != task.semantics()) {
                throw usage("the task says " + task.semantics().word() + " semantics but --semantics says " + sem.word());
            }
            sem = task.semantics();
        }
        if (sem == null) {
            throw usage("give --semantics (" + String.join(", ", Semantics.words()) + ") or a task such as EE-PR");
        }
        if (t.needsArgument() && arg == null) {
            throw usage("task " + t + " needs --arg A");
        }
        if (!t.needsArgument() && arg != null) {
            throw usage("--arg is for the tasks DC and DS, not " + t);
        }
        if (file.afFormat == null && AfFormat.ofFile(af).isEmpty()) {
            throw usage("cannot tell the format of " + af + " from its extension; give --af-format "
                    + String.join(", ", AfFormat.words()));
        }
        ParsedFramework parsed = AfParser.read(af, file.afFormat);
        DiagnosticPrinter.print(parsed.warnings(), spec.commandLine().getErr());
        ArgumentationFramework framework = parsed.framework();
        List<Assumptions.Assumption> assumptions = new ArrayList<>();
        for (ClaimAssumption a : assumptions()) {
            assumptions.add(new Assumptions.Assumption(argument(framework, af, a.claim(), "--assume"), a.status()));
        }
        Assumptions.Assumed assumed;
        try {
            assumed = Assumptions.apply(framework, assumptions);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        int queried = t.needsArgument() ? argument(framework, af, arg, "--arg") : -1;
        String answer = IccmaSolver.solve(assumed.framework(), t, sem, queried, assumed.originalSize());
        PrintWriter out = spec.commandLine().getOut();
        out.println(answer);
        out.flush();
        return ExitCodes.OK;
    }

    private Integer store(StoreSource source) {
        Semantics sem = semantics;
        if (sem == null) {
            throw usage("give --semantics: " + String.join(", ", Semantics.words()));
        }
        OutputFormat fmt = format == null ? OutputFormat.valueOf(OutputFormat.STORE_DEFAULT) : format;
        if (fmt == OutputFormat.iccma) {
            throw usage("--format iccma is for framework files; give --af FILE");
        }
        EvaluationRequest request = new EvaluationRequest(sem, source.support, assumptions(), source.maxExtensions);
        PrintWriter err = spec.commandLine().getErr();
        Path store = source.db();
        String endpoint = source.endpoint();
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            throw usage("--db=DIR, --endpoint=URL are mutually exclusive (specify only one)");
        }
        boolean write = !source.noWrite && endpoint == null;
        java.util.Optional<ServerRecord> holder = write ? ServerRecord.live(store) : java.util.Optional.empty();
        String notWritten = holder.map(h -> "note: the evaluation graph was not written: " + h.describe() + " holds "
                + store + " (stop it and run evaluate again to store the result)").orElse(null);
        write &= holder.isEmpty();
        EvaluationResult result;
        try (StoreView s = write ? GraphStore.openExisting(store) : ReadAccess.open(store, endpoint, err)) {
            try {
                result = write ? Evaluations.evaluateAndWrite((GraphStore) s, source.graphs, request)
                        : Evaluations.evaluate(s, source.graphs, request);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            } catch (TooManyExtensionsException e) {
                throw usage("there are " + e.getMessage() + "; raise --max-extensions or evaluate fewer documents");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Model model = fmt == OutputFormat.turtle || write ? EvaluationGraph.toModel(result) : null;
        switch (fmt) {
            case json -> EvaluationReport.json(result, out);
            case turtle -> out.print(EvaluationReport.turtle(model));
            default -> out.print(EvaluationReport.table(result, explain));
        }
        out.flush();
        err.println(EvaluationReport.summary(result));
        if (write) {
            err.println("wrote graph " + EvaluationVocab.graph(sem) + " (" + model.size() + " triples)");
        } else if (notWritten != null) {
            err.println(notWritten);
        }
        err.flush();
        return ExitCodes.OK;
    }

    private List<ClaimAssumption> assumptions() {
        try {
            return ClaimAssumption.parseList(String.join(",", assume));
        } catch (IllegalArgumentException e) {
            throw usage("--assume: " + e.getMessage());
        }
    }

    private int argument(ArgumentationFramework framework, Path af, String name, String option) {
        OptionalInt i = framework.indexOf(name);
        if (i.isEmpty()) {
            throw usage(option + ": the framework " + af + " has no argument '" + name + "'");
        }
        return i.getAsInt();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
