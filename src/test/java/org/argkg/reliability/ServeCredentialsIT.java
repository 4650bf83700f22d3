package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.argkg.support.Seeds;
import org.argkg.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argkg serve --update --password-file F} run from the packaged jar, its log captured: writes
 * with missing or wrong credentials get 401, the right ones get through, and no password — right or
 * wrong, plain or base64 as sent — appears in anything the server prints, at its default log level
 * or at {@code info}.
 */
@Slow
class ServeCredentialsIT {

    static final Pattern UPDATE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/argkg)/update");
    static final String PASSWORD = "Corr3ct-Horse-Battery";
    static final String WRONG = "Wr0ng-Stapler-Guess";

    @TempDir
    Path tmp;

    @Test
    void credentialsAreCheckedAndNeverLogged() throws Exception {
        Path seeds = Seeds.copyTo(tmp);
        Path passwords = Files.writeString(tmp.resolve("users.txt"), "alice: " + PASSWORD + "\n");
        for (String level : List.of("warn", "info")) {
            Path db = tmp.resolve("db-" + level);
            Child serve = Child.start(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level), tmp.resolve("serve-" + level + ".log"),
                    "serve", "--seeds", seeds.toString(), "--db", db.toString(), "--port", "0", "--update",
                    "--password-file", passwords.toString());
            try {
                String dataset = serve.await(UPDATE_URL, 300);
                HttpClient http = HttpClient.newHttpClient();
                String insert = "INSERT DATA { GRAPH <urn:x:" + level + "> { <urn:x:s> <urn:x:p> \"o\" } }";
                for (String auth : new String[] {null, basic("alice", WRONG), basic("bob", PASSWORD), basic("alice", PASSWORD + " ")}) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dataset + "/update"))
                            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert));
                    if (auth != null) {
                        b.header("Authorization", auth);
                    }
                    assertThat(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
                }
                HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(dataset + "/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 299);
                HttpResponse<String> gsp = http.send(HttpRequest.newBuilder(URI.create(dataset + "/data?graph=urn:x:gsp"))
                        .header("Content-Type", "text/turtle").header("Authorization", basic("alice", WRONG))
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(gsp.statusCode()).isEqualTo(401);
            } finally {
                serve.stop();
            }
            String log = serve.output();
            assertThat(log).as("the server's log at level %s", level).contains("argkg endpoint for");
            for (String secret : List.of(PASSWORD, WRONG, b64("alice:" + PASSWORD), b64("alice:" + WRONG), b64("bob:" + PASSWORD))) {
                assertThat(log).as("the server's log at level %s", level).doesNotContain(secret);
            }
        }
        Attacks.refused("a password in the server's log: none of the right or wrong passwords, plain or base64, in the output of"
                + " serve --update at log levels warn and info (ServeCredentialsIT)", "absent");
    }

    private static String basic(String user, String password) {
        return "Basic " + b64(user + ":" + password);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
