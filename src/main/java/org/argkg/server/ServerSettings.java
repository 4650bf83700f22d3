package org.argkg.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the SPARQL endpoint is exposed. The defaults are the safe ones: loopback only, read-only, a
 * 10 s query timeout, no federated {@code SERVICE} and request bodies of at most 1 MiB.
 *
 * @param host address to bind (default 127.0.0.1)
 * @param port TCP port; 0 picks a free one
 * @param timeout queries running longer are cancelled
 * @param passwordFile with {@code allowUpdate}: the users allowed to write ({@code user: password} lines)
 * @param maxRequestBytes request bodies larger than this are refused with 413 (a query, an update, a
 *     graph to store)
 */
public record ServerSettings(String host, int port, Duration timeout, boolean allowUpdate, Path passwordFile,
        boolean allowService, long maxRequestBytes) {

    public static final String DATASET = "argkg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), false, null, false,
                DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeout, allowUpdate, passwordFile, allowService, maxRequestBytes);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeout, allowUpdate, passwordFile, allowService, maxRequestBytes);
    }

    public ServerSettings withTimeout(Duration t) {
        return new ServerSettings(host, port, t, allowUpdate, passwordFile, allowService, maxRequestBytes);
    }

    public ServerSettings withUpdate(Path passwords) {
        return new ServerSettings(host, port, timeout, true, passwords, allowService, maxRequestBytes);
    }

    public ServerSettings withService(boolean allow) {
        return new ServerSettings(host, port, timeout, allowUpdate, passwordFile, allow, maxRequestBytes);
    }

    public ServerSettings withMaxRequestBytes(long max) {
        return new ServerSettings(host, port, timeout, allowUpdate, passwordFile, allowService, max);
    }
}
