package org.argkg.push;

import java.util.List;

/** What a push did: per graph, the triples sent and the triples counted on the remote side afterwards. */
public record PushReport(List<Graph> graphs) {

    /** One named graph of the push. */
    public record Graph(String iri, long sent, long remote, int attempts) {
        public boolean verified() {
            return sent == remote;
        }
    }

    public boolean verified() {
        return graphs.stream().allMatch(Graph::verified);
    }

    public long triples() {
        return graphs.stream().mapToLong(Graph::sent).sum();
    }
}
