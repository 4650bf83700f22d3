package org.argkg.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.argkg.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argkg draft --llm} against a local chat-completions server that answers with a recorded
 * response: what anchors exactly is kept with both languages, a quote the model altered and a role
 * that does not exist are dropped, and so is a relation to a dropped claim.
 */
class LlmDrafterTest {

    @TempDir
    Path tmp;

    @Test
    void keepsOnlyWhatAnchorsAndSaysWhatItDropped() throws Exception {
        byte[] recorded = Files.readAllBytes(Path.of("src/test/resources/llm/li-zheng-chat-completion.json"));
        AtomicReference<String> request = new AtomicReference<>();
        AtomicReference<String> path = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            path.set(ex.getRequestURI().getPath());
            request.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, recorded.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(recorded);
            }
        });
        server.start();
        try {
            Path out = tmp.resolve("draft.yaml");
            Cli.Run r = Cli.run("draft", "li-zheng-2024-ai-exception", "--out", out.toString(), "--links", "0",
                    "--llm", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "--model", "recorded-model");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(path.get()).isEqualTo("/v1/chat/completions");
            assertThat(request.get()).contains("\"model\": \"recorded-model\"", "\"json_schema\"", "\"argument_map\"",
                    "究其原因，主要在于以下方面");
            assertThat(r.err()).contains("dropped cause-security: its quote is not in the text")
                    .contains("dropped guess: unknown role 'hunch'")
                    .contains("recorded-model proposed 5 claim(s); 3 anchor exactly in the text and are kept");
            String yaml = Files.readString(out);
            assertThat(yaml).contains("- id: thesis", "- id: cause-cost", "- id: counterforce-open")
                    .doesNotContain("cause-security", "- id: guess")
                    .contains("en: \"A recent view holds that AI may end latecomers' catch-up advantage and lock in 'the strong stay strong'.\"")
                    .contains("zh: \"人工智能引入成本高。\"")
                    .contains("- attacks: thesis").contains("factor: open-ecosystem");
        } finally {
            server.stop(0);
        }
    }
}
