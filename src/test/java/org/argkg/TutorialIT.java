package org.argkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command of {@code docs/tutorial.md} (its {@code sh} blocks, in order) with the packaged
 * jar, in a copy of the repository's seeds and tutorial files, and checks that the new article ends
 * as a built document linked to the seed article. {@code argkg serve} is started on a free port and
 * asked for the document before it is stopped.
 */
@Slow
class TutorialIT {

    static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void everyCommandOfTheTutorialRuns() throws Exception {
        copy(Path.of("seeds"), work.resolve("seeds"));
        copy(Path.of("docs/tutorial"), work.resolve("docs/tutorial"));
        copy(Path.of("schema"), work.resolve("schema"));
        String jar = Path.of(System.getProperty("argkg.jar", "target/argkg.jar")).toAbsolutePath().toString();
        List<String> commands = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(Path.of("docs/tutorial.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(commands::add);
        }
        assertThat(commands).as("the tutorial's commands").hasSizeGreaterThanOrEqualTo(7)
                .anyMatch(c -> c.startsWith("argkg new ")).anyMatch(c -> c.startsWith("argkg draft "))
                .anyMatch(c -> c.startsWith("argkg serve"));
        for (String command : commands) {
            if (command.startsWith("argkg serve")) {
                serveAndLook(jar, command);
                continue;
            }
            Process p = new ProcessBuilder("bash", "-c", "argkg() { java -jar '" + jar + "' \"$@\"; }; " + command)
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(command).isTrue();
            assertThat(p.exitValue()).as(command + "\n" + out).isZero();
            if (command.startsWith("argkg query cross-document-links")) {
                assertThat(out).contains("counterforce-open-weights").contains("li-zheng-2024-ai-exception/counterforce-open-ecosystem");
            }
            if (command.startsWith("argkg draft ")) {
                assertThat(Files.readString(work.resolve("seeds/open-models-catch-up/map.yaml")))
                        .contains("role: thesis", "role: cause", "role: counterforce", "role: conclusion");
            }
        }
    }

    /** Starts the server as the tutorial does, on a free port, asks for the new document, stops it. */
    private void serveAndLook(String jar, String command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar));
        cmd.addAll(List.of(command.substring("argkg ".length()).split("\\s+")));
        cmd.addAll(List.of("--port", "0"));
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/argkg/sparql");
            String base = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            for (String line; base == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                Matcher m = url.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("the server's address").isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            String ask = "ASK { GRAPH <https://w3id.org/argkg/graph/open-models-catch-up> { ?c ?p ?o } }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "/argkg/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("true");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
