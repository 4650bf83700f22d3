package org.argkg.push;

import java.net.URI;
import java.time.Duration;

/**
 * Where to push: the Graph Store Protocol endpoint of a dataset (for Fuseki {@code http://host:3030/ds},
 * or its {@code /data} service), with optional HTTP basic credentials and retry settings.
 */
public record PushTarget(URI gsp, String user, String password, int attempts, Duration firstBackoff, Duration timeout) {

    public static final int DEFAULT_ATTEMPTS = 5;

    public static PushTarget of(URI gsp) {
        return new PushTarget(gsp, null, null, DEFAULT_ATTEMPTS, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    public PushTarget withCredentials(String u, String p) {
        return new PushTarget(gsp, u, p, attempts, firstBackoff, timeout);
    }

    public PushTarget withRetries(int n, Duration backoff) {
        return new PushTarget(gsp, user, password, n, backoff, timeout);
    }
}
