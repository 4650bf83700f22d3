package org.argkg.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.store.StoreView;
import org.argkg.store.Sorting;

/**
 * Sends named graphs of the store to any store that speaks the SPARQL 1.1 Graph Store Protocol
 * (Fuseki, GraphDB, Virtuoso, Stardog, Neptune), one graph per request. Each graph is replaced with
 * {@code PUT}, so pushing twice leaves the same data. Timeouts, connection failures and 5xx answers
 * are retried with exponential backoff; 4xx answers are not (they will not change). Afterwards the
 * triples of each graph are counted on the remote side with a {@code GET} and compared.
 */
public final class GraphPusher {

    private final PushTarget target;
    private final HttpClient http;

    public GraphPusher(PushTarget target) {
        this.target = target;
        this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
    }

    /**
     * Pushes the given named graphs of the store (all of them when {@code graphs} is empty).
     *
     * @param progress told each graph IRI when it has been sent
     */
    public PushReport push(StoreView store, List<String> graphs, Consumer<String> progress) {
        List<String> names = graphs.isEmpty() ? store.graphNames() : graphs;
        List<PushReport.Graph> done = new ArrayList<>();
        for (String g : names) {
            Model m = store.graph(g).orElseThrow(() -> new ArgkgException("the store has no graph " + g));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            RDFDataMgr.write(body, Sorting.sortedCopy(m), Lang.NTRIPLES);
            int attempts = send(g, body.toByteArray());
            progress.accept(g);
            done.add(new PushReport.Graph(g, m.size(), count(g), attempts));
        }
        return new PushReport(List.copyOf(done));
    }

    private URI graphUri(String graph) {
        String base = target.gsp().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String graph) {
        HttpRequest.Builder b = HttpRequest.newBuilder(graphUri(graph)).timeout(target.timeout());
        if (target.user() != null) {
            String token = Base64.getEncoder().encodeToString((target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        return b;
    }

    /** PUTs one graph, retrying; returns the number of attempts it took. */
    private int send(String graph, byte[] ntriples) {
        HttpRequest put = request(graph).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples)).build();
        return withRetries(graph, "PUT", () -> {
            HttpResponse<String> r = http.send(put, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        });
    }

    /** The number of triples of {@code graph} on the remote side (0 when it has no such graph). */
    private long count(String graph) {
        HttpRequest get = request(graph).header("Accept", "application/n-triples").GET().build();
        long[] n = {0};
        withRetries(graph, "GET", () -> {
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
                n[0] = m.size();
            } else if (r.statusCode() == 404) {
                return new Answer(200, ""); // no such graph there: zero triples
            }
            return new Answer(r.statusCode(), r.body());
        });
        return n[0];
    }

    /** The part of an HTTP answer that retries look at. */
    private record Answer(int status, String body) {
    }

    @FunctionalInterface
    private interface Call {
        Answer call() throws IOException, InterruptedException;
    }

    private int withRetries(String graph, String method, Call call) {
        long backoff = target.firstBackoff().toMillis();
        String last = "";
        for (int attempt = 1; attempt <= target.attempts(); attempt++) {
            try {
                Answer r = call.call();
                int status = r.status();
                if (status >= 200 && status < 300) {
                    return attempt;
                }
                String body = r.body() == null ? "" : r.body();
                last = "HTTP " + status + (body.isBlank() ? "" : ": " + body.strip().lines().findFirst().orElse(""));
                if (status == 401 || status == 403) {
                    throw new ArgkgException(method + " " + graph + " was refused (" + last + "): check --user and --password-file");
                }
                if (status < 500) {
                    throw new ArgkgException(method + " " + graph + " failed: " + last);
                }
            } catch (HttpTimeoutException e) {
                last = "timed out after " + target.timeout().toSeconds() + " s";
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArgkgException("interrupted while pushing " + graph, e);
            }
            if (attempt < target.attempts()) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ArgkgException("interrupted while pushing " + graph, e);
                }
                backoff *= 2;
            }
        }
        throw new ArgkgException(method + " " + graph + " to " + target.gsp() + " failed after " + target.attempts()
                + " attempts: " + last + "; the graphs already sent are complete, run the push again to finish");
    }
}
