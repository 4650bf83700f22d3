package org.argkg.cli;

import org.argkg.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code argkg} command: only lists its subcommands. */
@Command(name = "argkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns the arguments of policy documents into a quote-anchored RDF knowledge graph.",
        subcommands = {
            NewCommand.class,
            DraftCommand.class,
            ValidateCommand.class,
            BuildCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            QueryCommand.class,
            LinkCommand.class,
            SearchCommand.class,
            GenerateCommand.class,
            PushCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            EvaluateCommand.class,
            IccmaCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  argkg validate            # check the maps under seeds/",
            "  argkg build               # check them and store their graphs",
            "  argkg query --list        # the named queries",
            "  argkg query causes --format csv",
            "  argkg evaluate --semantics grounded --no-write",
            "  argkg export --format svg --graph li-zheng-2024-ai-exception --out map.svg",
            "  argkg serve               # SPARQL and a page at http://" + ServerSettings.DEFAULT_HOST + ":"
                    + ServerSettings.DEFAULT_PORT + "/",
            "  argkg help query          # the options of one command",
            "",
            "Exit codes:",
            "  " + ExitCodes.OK + "  success",
            "  " + ExitCodes.INVALID_INPUT + "  invalid input, each problem printed as",
            "     path:line:col: error: message [CODE]",
            "  " + ExitCodes.USAGE + "  usage error",
            "  " + ExitCodes.IO + "  I/O or store error"
        })
public class ArgkgCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (see 'argkg --help')");
    }
}
