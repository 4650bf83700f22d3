package org.argkg.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code argkg.jar}, system property {@code argkg.jar}) run as a separate process,
 * its output in a file so that it never blocks on a full pipe.
 */
final class Child {

    private final Process process;
    private final Path log;
    private final long startNanos = System.nanoTime();

    private Child(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar argkg.jar ARGS}, output (stdout and stderr) to {@code log}. */
    static Child start(Path log, String... args) {
        return start(List.of(), log, args);
    }

    /** As {@link #start(Path, String...)}, with options for the JVM (system properties). */
    static Child start(List<String> jvmOptions, Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", System.getProperty("argkg.jar", "target/argkg.jar")));
        cmd.addAll(List.of(args));
        try {
            return new Child(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end (at most {@code seconds}); the exit code. */
    static Child run(Path log, long seconds, String... args) throws InterruptedException {
        Child c = start(log, args);
        c.waitFor(seconds);
        return c;
    }

    void waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("still running after " + seconds + " s (hang guard): " + output());
        }
    }

    /** Waits (at most {@code seconds}) until the output has a match of {@code pattern}; its first group. */
    String await(java.util.regex.Pattern pattern, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            java.util.regex.Matcher m = pattern.matcher(output());
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + pattern + " in the output: " + output());
    }

    /** SIGTERM, and the exit code once it ended. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    /** SIGTERM, the JVM's shutdown runs; true when the process was still running. */
    boolean terminate() throws InterruptedException {
        boolean alive = process.isAlive();
        stop();
        return alive;
    }

    /** SIGKILL, no chance to clean up; true when the process was still running. */
    boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return alive;
    }

    int exit() {
        return process.exitValue();
    }

    long millis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
