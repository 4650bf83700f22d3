package org.argkg.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the SPARQL endpoint is exposed. The defaults are the safe ones: loopback only, read-only, a
 * 10 s query timeout and no federated {@code SERVICE}.
 *
 * @param host address to bind (default 127.0.0.1)
 * @param port TCP port; 0 picks a free one
 * @param timeout queries running longer are cancelled
 * @param passwordFile with {@code allowUpdate}: the users allowed to write ({@code user: password} lines)
 */
public record ServerSettings(String host, int port, Duration timeout, boolean allowUpdate, Path passwordFile,
        boolean allowService) {

    public static final String DATASET = "argkg";
    public static final int DEFAULT_PORT = 3030;

    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", DEFAULT_PORT, Duration.ofSeconds(10), false, null, false);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeout, allowUpdate, passwordFile, allowService);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeout, allowUpdate, passwordFile, allowService);
    }

    public ServerSettings withTimeout(Duration t) {
        return new ServerSettings(host, port, t, allowUpdate, passwordFile, allowService);
    }

    public ServerSettings withUpdate(Path passwords) {
        return new ServerSettings(host, port, timeout, true, passwords, allowService);
    }

    public ServerSettings withService(boolean allow) {
        return new ServerSettings(host, port, timeout, allowUpdate, passwordFile, allow);
    }
}
