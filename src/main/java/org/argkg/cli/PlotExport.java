package org.argkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.argkg.diagram.DiagramLang;
import org.argkg.io.AtomicFiles;
import org.argkg.plot.PlotKind;
import org.argkg.plot.Plots;
import org.argkg.store.StoreView;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argkg export --format svg --plot factors|timeline}: a plot of the whole store. */
final class PlotExport {

    private PlotExport() {
    }

    static int run(CommandSpec spec, Path db, String endpoint, Path out, PlotKind plot, DiagramLang lang) {
        PrintWriter err = spec.commandLine().getErr();
        try (StoreView s = ReadAccess.open(db, endpoint, err)) {
            String svg = Plots.svg(s, plot, lang == DiagramLang.ZH ? "zh" : "en");
            if (out != null) {
                byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(out, o -> o.write(bytes));
                err.println("wrote " + out);
            } else {
                PrintWriter w = spec.commandLine().getOut();
                w.print(svg);
                w.flush();
            }
        }
        return ExitCodes.OK;
    }
}
