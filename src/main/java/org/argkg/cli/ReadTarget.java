package org.argkg.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/**
 * What a command that only reads reads: the store ({@code --db}, as every command declares it) or a
 * SPARQL endpoint. Used as an exclusive argument group, so that picocli refuses both at once.
 */
class ReadTarget extends StoreOption {

    @Option(names = "--endpoint", paramLabel = "URL", converter = Values.HttpUrl.class,
            description = "Read from this SPARQL 1.1 query endpoint instead of the store.")
    URI endpoint;

    /** The endpoint's URL, or null to read the store. */
    String endpoint() {
        return endpoint == null ? null : endpoint.toString();
    }
}
