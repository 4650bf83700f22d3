import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Query latency against a SPARQL endpoint: each query file of a folder, at a given number of
 * concurrent clients, up to a fixed number of requests per client after a warm-up, and no new
 * request once a time budget per query has passed (each client sends at least one), so that a
 * corpus-wide query at 16 clients does not hold the run for hours. Prints one TSV line per query:
 * name, clients, requests completed, errors, median ms, p99 ms. Run with
 * {@code java bench/QueryBench.java URL QUERIES-DIR CLIENTS REQUESTS-PER-CLIENT [BUDGET-SECONDS]}.
 */
public class QueryBench {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path dir = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        int perClient = Integer.parseInt(args[3]);
        long budgetNanos = (args.length > 4 ? Long.parseLong(args[4]) : 30) * 1_000_000_000L;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path f : files) {
            String q = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString().replace(".rq", "");
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/sparql-results+json,text/turtle")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
            boolean warm = true;
            for (int i = 0; i < 2 && warm; i++) {
                try {
                    http.send(req, HttpResponse.BodyHandlers.discarding()); // warm-up
                } catch (java.io.IOException e) {
                    warm = false;
                }
            }
            if (!warm) {
                // a query the server cannot answer within the timeout is reported, not measured
                System.out.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\tNaN\tNaN%n", name, clients, 0, clients * perClient);
                continue;
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long deadline = System.nanoTime() + budgetNanos;
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] out = new long[perClient + 2];
                    int i = 0;
                    for (; i < perClient && (i == 0 || System.nanoTime() < deadline); i++) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                out[perClient]++;
                            }
                        } catch (java.io.IOException e) {
                            out[perClient]++;
                        }
                        out[i] = System.nanoTime() - t0;
                    }
                    out[perClient + 1] = i; // requests sent
                    return out;
                }));
            }
            List<Long> all = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> fu : futures) {
                long[] r = fu.get();
                for (int i = 0; i < r[perClient + 1]; i++) {
                    all.add(r[i]);
                }
                errors += r[perClient];
            }
            pool.shutdown();
            Collections.sort(all);
            double median = all.get(all.size() / 2) / 1e6;
            double p99 = all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)) / 1e6;
            System.out.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f%n", name, clients, all.size(), errors, median, p99);
        }
    }
}
