package org.argkg.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Checks every request before anything else reads it: a body larger than the limit is refused with
 * 413 by its Content-Length, a body without one (chunked) with 411, so no servlet ever reads more
 * than the limit; and a {@code Basic} Authorization header that is not {@code base64(user:password)}
 * gets 401, as a wrong password does (Jetty's authenticator would fail on it with 500).
 *
 * <p>Every response says {@code X-Content-Type-Options: nosniff}. CORS is answered here, for the
 * read endpoints only ({@code /argkg/sparql}, {@code /argkg/query}, {@code /argkg/get}): any origin
 * ({@code *}), never with credentials. A request that is not a read ({@code GET}, {@code HEAD},
 * {@code OPTIONS}, or a query posted to a query endpoint) and carries the {@code Origin} of another
 * site than this server's is refused with 403: a page elsewhere could otherwise make a browser that
 * holds the password write to the store (a form-encoded update needs no preflight).
 *
 * <p>A request's body is then received whole before any servlet sees the request, without a worker
 * thread: the servlets read bodies with blocking reads, so a client sending its body one byte at a
 * time held a worker for as long as it went on, and twenty such clients held all of them. A body
 * must arrive within {@link #deadline(long)} (408 otherwise), and the bodies being received at once
 * may not hold more than {@link #BUDGET} bytes between them (503 otherwise).
 */
final class RequestGuard extends Handler.Wrapper {

    /** The bodies being received and handled at once, in bytes, at most (or one body of the limit). */
    static final long BUDGET = 64L * 1024 * 1024;
    /** Every body has this long, plus the time to send it at {@link #MIN_BYTES_PER_SECOND}. */
    static final Duration BODY_GRACE = Duration.ofSeconds(10);
    static final long MIN_BYTES_PER_SECOND = 32 * 1024;

    /** The paths that answer cross-origin requests (reads). */
    private static final Set<String> CORS_PATHS = Set.of(path("sparql"), path("query"), path("get"));
    /** The paths where a POST is a query, a read. */
    private static final Set<String> QUERY_PATHS = Set.of(path("sparql"), path("query"));
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final long maxBodyBytes;
    private final long budget;
    private final AtomicLong receiving = new AtomicLong();

    RequestGuard(long maxBodyBytes, Handler next) {
        super(next);
        this.maxBodyBytes = maxBodyBytes;
        this.budget = Math.max(BUDGET, maxBodyBytes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        String path = Request.getPathInContext(request);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && CORS_PATHS.contains(path)) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS,
                        QUERY_PATHS.contains(path) ? "GET, POST, OPTIONS" : "GET, HEAD, OPTIONS");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type, Cache-Control, X-Requested-With");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "3600");
                response.setStatus(204);
                callback.succeeded();
                return true;
            }
        }
        if (origin != null && !SAFE_METHODS.contains(request.getMethod()) && !QUERY_PATHS.contains(path)
                && !sameOrigin(origin, request)) {
            Response.writeError(request, response, callback, 403,
                    "a write from a page of another site (Origin " + origin + ") is refused");
            return true;
        }
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length > maxBodyBytes) {
            Response.writeError(request, response, callback, 413,
                    "request body of " + length + " bytes; the limit is " + maxBodyBytes + " (serve --max-request-bytes)");
            return true;
        }
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            Response.writeError(request, response, callback, 411,
                    "a request body must declare its length (Content-Length); the limit is " + maxBodyBytes + " bytes");
            return true;
        }
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth != null && auth.toLowerCase(Locale.ROOT).startsWith("basic ") && !wellFormedBasic(auth.substring(6).strip())) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"argkg\"");
            Response.writeError(request, response, callback, 401, "malformed Basic credentials");
            return true;
        }
        if (length > 0) {
            receive(request, response, callback, length);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static String path(String endpoint) {
        return "/" + ServerSettings.DATASET + "/" + endpoint;
    }

    /**
     * Whether {@code origin} is this server as the request addressed it (its Host), default ports
     * aside: the server's own page. {@code null} (a sandboxed or local page) is not.
     */
    static boolean sameOrigin(String origin, Request request) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        return uri.getRawAuthority() != null && host != null
                && authority(uri.getRawAuthority()).equals(authority(host));
    }

    /** host[:port] in lower case, without a default port (80, 443). */
    private static String authority(String hostPort) {
        String a = hostPort.strip().toLowerCase(Locale.ROOT);
        return a.endsWith(":80") || a.endsWith(":443") ? a.substring(0, a.lastIndexOf(':')) : a;
    }

    /** The time a body of {@code length} bytes may take to arrive. */
    static Duration deadline(long length) {
        return BODY_GRACE.plusMillis(length * 1000 / MIN_BYTES_PER_SECOND);
    }

    /**
     * Reads the body as its bytes come, with no thread waiting for them, then hands the request on
     * with the body in memory, on a worker of the server.
     */
    private void receive(Request request, Response response, Callback callback, long length) {
        if (receiving.addAndGet(length) > budget) {
            receiving.addAndGet(-length);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            Response.writeError(request, response, callback, 503, "too many request bodies are being received; try again");
            return;
        }
        Callback release = new Callback.Nested(callback) {
            private final AtomicBoolean done = new AtomicBoolean();

            @Override
            public void completed() {
                if (done.compareAndSet(false, true)) {
                    receiving.addAndGet(-length);
                }
            }
        };
        Duration allowed = deadline(length);
        AtomicBoolean late = new AtomicBoolean();
        Scheduler.Task timer = request.getComponents().getScheduler().schedule(() -> {
            late.set(true);
            request.fail(new TimeoutException("request body not received in " + allowed.toSeconds() + " s"));
        }, allowed.toMillis(), TimeUnit.MILLISECONDS);
        Content.Source.asByteBufferAsync(request, (int) length).whenComplete((body, failure) -> {
            timer.cancel();
            request.getComponents().getThreadPool().execute(() -> {
                if (failure != null) {
                    if (late.get() || failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) {
                        Response.writeError(request, response, release, 408, "the request body of " + length
                                + " bytes did not arrive within " + allowed.toSeconds() + " s");
                    } else {
                        // the client went away or broke off: answered, not logged (a client could fill the log)
                        Response.writeError(request, response, release, 400, "the request body ended before its "
                                + length + " bytes");
                    }
                    return;
                }
                Request buffered = new Buffered(request, body);
                try {
                    if (!getHandler().handle(buffered, response, release)) {
                        Response.writeError(buffered, response, release, 404);
                    }
                } catch (Throwable x) {
                    release.failed(x);
                }
            });
        });
    }

    /** The request with its body, already received, served from memory. */
    private static final class Buffered extends Request.Wrapper {
        private final Content.Source body;

        Buffered(Request request, ByteBuffer bytes) {
            super(request);
            this.body = Content.Source.from(bytes);
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }

        @Override
        public boolean consumeAvailable() {
            for (Content.Chunk chunk = body.read(); chunk != null; chunk = body.read()) {
                chunk.release();
                if (chunk.isLast()) {
                    break;
                }
            }
            return true;
        }
    }

    private static boolean wellFormedBasic(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
