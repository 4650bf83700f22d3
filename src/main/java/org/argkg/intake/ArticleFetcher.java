package org.argkg.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Fetches an article over http(s), with a deadline and a size limit. */
public final class ArticleFetcher {

    /** What was fetched: the bytes, the address it came from after redirects, and its media type. */
    public record Fetched(byte[] content, URI uri, Optional<String> mediaType) {
    }

    private final Duration timeout;
    private final long maxBytes;

    /**
     * @param timeout  how long the whole fetch may take, connection included
     * @param maxBytes the largest body taken; a larger one is refused
     */
    public ArticleFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the body on a thread of its own, so that a server that stops sending mid-body is
     * abandoned at the deadline (closing the stream cancels the exchange).
     */
    private byte[] readWithin(InputStream in, URI uri, long deadline) throws ArticleException, IOException {
        java.util.concurrent.FutureTask<byte[]> read = new java.util.concurrent.FutureTask<>(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    return null;
                }
            }
            return out.toByteArray();
        });
        Thread reader = new Thread(read, "argkg-fetch");
        reader.setDaemon(true);
        reader.start();
        try {
            byte[] body = read.get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            if (body == null) {
                throw new ArticleException(uri + ": more than " + maxBytes + " bytes, over the limit");
            }
            return body;
        } catch (java.util.concurrent.TimeoutException e) {
            read.cancel(true);
            in.close();
            throw new ArticleException(uri + ": not received within " + timeout.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleException(uri + ": interrupted");
        }
    }

    public Fetched fetch(URI uri) throws ArticleException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleException(uri + ": only http and https addresses are fetched");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "text/html, application/xhtml+xml, application/pdf, text/markdown, text/plain;q=0.9, */*;q=0.5")
                .header("User-Agent", "argkg (article intake)").build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new ArticleException(uri + ": the server answered " + response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new ArticleException(uri + ": " + declared + " bytes, over the limit of " + maxBytes);
                }
                byte[] body = readWithin(in, uri, deadline);
                return new Fetched(body, response.uri(),
                        response.headers().firstValue("Content-Type").map(t -> t.replaceFirst(";.*", "").strip()));
            }
        } catch (HttpTimeoutException e) {
            throw new ArticleException(uri + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new ArticleException(uri + ": cannot be fetched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleException(uri + ": interrupted");
        }
    }
}
