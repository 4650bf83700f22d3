package org.argkg.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for long work, drawn by the progressbar library when stderr is a
 * terminal, and nothing at all otherwise (logs and pipes stay clean).
 */
final class Progress {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress of(PrintWriter err, String task, long max) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        if (!terminal || max <= 1) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
                .clearDisplayOnFinish().build();
        return new Progress(bar);
    }

    void step(int done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    void done() {
        if (bar != null) {
            bar.close();
        }
    }
}
