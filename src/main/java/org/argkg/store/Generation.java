package org.argkg.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a committed write of the store is: its number, the fingerprint of what it was built from and
 * its number of documents. It lives in the TDB2 dataset's prefix table, written in the same write
 * transaction as the graphs (so it commits, or not, with them) and seen by no query or export; the
 * text index (its Lucene commit data), the source texts (a {@code GENERATION} file) and
 * {@code argkg-build.properties} carry the same number, and a store whose parts disagree with it is
 * repaired when it is opened. Stores written before generations were counted are generation 0.
 */
record Generation(long number, String fingerprint, int documents) {

    static final Generation NONE = new Generation(0, null, -1);

    private static final String NUMBER = "argkg-generation";
    private static final String FINGERPRINT = "argkg-fingerprint";
    private static final String DOCUMENTS = "argkg-documents";
    private static final String VALUE = "urn:argkg:store:";

    /** The generation recorded in {@code dsg}; call inside a transaction. */
    static Generation of(DatasetGraph dsg) {
        PrefixMap p = dsg.prefixes();
        Optional<String> n = value(p, NUMBER);
        if (n.isEmpty()) {
            return NONE;
        }
        try {
            return new Generation(Long.parseLong(n.get()), value(p, FINGERPRINT).orElse(null),
                    value(p, DOCUMENTS).map(Integer::parseInt).orElse(-1));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** Records this generation in {@code dsg}; call inside the write transaction that writes the graphs. */
    void writeTo(DatasetGraph dsg) {
        PrefixMap p = dsg.prefixes();
        p.add(NUMBER, VALUE + number);
        if (fingerprint == null) {
            p.delete(FINGERPRINT);
        } else {
            p.add(FINGERPRINT, VALUE + URLEncoder.encode(fingerprint, StandardCharsets.UTF_8));
        }
        p.add(DOCUMENTS, VALUE + documents);
    }

    /** The next one, with what it holds. */
    Generation next(String fingerprint, int documents) {
        return new Generation(number + 1, fingerprint, documents);
    }

    private static Optional<String> value(PrefixMap p, String name) {
        String iri = p.get(name);
        if (iri == null || !iri.startsWith(VALUE)) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(iri.substring(VALUE.length()), StandardCharsets.UTF_8));
    }
}
