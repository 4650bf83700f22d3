package org.argkg.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Checks every request before anything else reads it: a body larger than the limit is refused with
 * 413 by its Content-Length, a body without one (chunked) with 411, so no servlet ever reads more
 * than the limit; and a {@code Basic} Authorization header that is not {@code base64(user:password)}
 * gets 401, as a wrong password does (Jetty's authenticator would fail on it with 500).
 */
final class RequestGuard extends Handler.Wrapper {

    private final long maxBodyBytes;

    RequestGuard(long maxBodyBytes, Handler next) {
        super(next);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
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
        return super.handle(request, response, callback);
    }

    private static boolean wellFormedBasic(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
