package org.argkg.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.argkg.diagnostics.ArgkgException;

/**
 * Graphviz's {@code dot}, run as an external process: DOT on its standard input, the drawing on
 * its standard output, killed when it takes longer than the timeout. The command is {@code dot}
 * from {@code PATH} unless the system property {@code argkg.dot} names another.
 */
public final class Graphviz {

    /** How to install what drawing needs on Debian and Ubuntu. */
    public static final String INSTALL_HINT = "apt-get install graphviz fonts-noto-cjk";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String command;
    private final Duration timeout;

    public Graphviz(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /** {@code dot} from {@code PATH}, or the command of the system property {@code argkg.dot}. */
    public static Graphviz fromEnvironment() {
        return new Graphviz(System.getProperty("argkg.dot", "dot"), DEFAULT_TIMEOUT);
    }

    public String command() {
        return command;
    }

    /** The executable, when it exists: a path as given, or a name looked up on {@code PATH}. */
    public Optional<Path> locate() {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean available() {
        return locate().isPresent();
    }

    /**
     * Draws {@code dot} as SVG or PNG.
     *
     * @throws GraphvizMissingException when {@code dot} is not installed
     * @throws ArgkgException when it fails or times out
     */
    public byte[] render(String dot, DiagramFormat format) {
        if (!format.needsGraphviz()) {
            return dot.getBytes(StandardCharsets.UTF_8);
        }
        Path exe = locate().orElseThrow(() -> new GraphvizMissingException(command));
        Process p;
        try {
            p = new ProcessBuilder(List.of(exe.toString(), "-T" + format.word())).start();
        } catch (IOException e) {
            throw new GraphvizMissingException(command);
        }
        // one thread per stream (not a shared pool, which may have a single thread): dot never blocks on a full pipe
        FutureTask<byte[]> stdout = drain(p.getInputStream(), "graphviz-stdout");
        FutureTask<byte[]> stderr = drain(p.getErrorStream(), "graphviz-stderr");
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // dot ended early: its exit code and stderr say why
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new ArgkgException("Graphviz did not finish within " + timeout.toSeconds() + " s");
            }
            byte[] out = stdout.get(10, TimeUnit.SECONDS);
            String err = new String(stderr.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || out.length == 0) {
                throw new ArgkgException("Graphviz failed (exit " + p.exitValue() + ")" + (err.isEmpty() ? "" : ": " + err));
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ArgkgException("interrupted while Graphviz was drawing", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new ArgkgException("cannot read the output of Graphviz: " + e.getMessage(), e);
        }
    }

    /** The first line {@code dot -V} prints, e.g. {@code dot - graphviz version 2.43.0 (0)}. */
    public Optional<String> version() {
        Optional<Path> exe = locate();
        if (exe.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(exe.get().toString(), "-V").redirectErrorStream(true).start();
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return new String(out, StandardCharsets.UTF_8).lines().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Whether fontconfig knows the CJK font the diagrams are drawn with; empty when that cannot be
     * told ({@code fc-list} is missing).
     */
    public static Optional<Boolean> cjkFontInstalled() {
        try {
            Process p = new ProcessBuilder("fc-list", ":", "family").redirectErrorStream(true).start();
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8).contains(DiagramStyle.FONT));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static FutureTask<byte[]> drain(InputStream in, String name) {
        FutureTask<byte[]> task = new FutureTask<>(() -> readAll(in));
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
