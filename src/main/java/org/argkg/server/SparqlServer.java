package org.argkg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.store.GraphStore;
import org.argkg.store.ServerRecord;
import org.argkg.web.WebApp;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The SPARQL endpoint: Apache Jena Fuseki, embedded, over the TDB2 store. Dataset {@code /argkg}:
 * queries at {@code /argkg/sparql} and {@code /argkg/query}, Graph Store Protocol reads at
 * {@code /argkg/get}, and with updates enabled (and a password file) SPARQL Update at
 * {@code /argkg/update} and Graph Store writes at {@code /argkg/data}. {@code /$/ping} answers health
 * checks. The default graph is the union of the named graphs. {@code /} is the browser page
 * ({@link WebApp}). Before anything runs: {@link RequestGuard} (body size and arrival, credentials,
 * CORS for reads only, writes from other sites, nosniff), {@link QueryGuard} (SERVICE, JSONP),
 * {@link ExpressionGuard} (the timeout reaches sorts and single steps; no unbounded number or text)
 * and, with updates enabled, {@link UpdateGuard} and {@link GraphStoreGuard} (LOAD, writes to the
 * default graph, which is the read-only union).
 */
public final class SparqlServer implements AutoCloseable {

    /** Rows a sort or DISTINCT keeps in memory before it writes them to temporary files. */
    static final long SPILL_ROWS = 100_000;

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final Path storeDir;
    private ServerRecord record;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings, Path storeDir) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.storeDir = storeDir;
    }

    /** Starts the endpoint over {@code store}; the store stays open until {@link #close()}. */
    public static SparqlServer start(GraphStore store, ServerSettings settings) {
        return start(store, settings, WebApp.fromEnvironment());
    }

    /**
     * Starts the endpoint and the browser page over {@code store}; the store stays open until
     * {@link #close()}. While it runs, a {@link ServerRecord} in the store folder tells other commands
     * where to read the store and that it cannot be written.
     */
    public static SparqlServer start(GraphStore store, ServerSettings settings, WebApp web) {
        if (settings.allowUpdate() && (settings.passwordFile() == null || !Files.isReadable(settings.passwordFile()))) {
            throw new IllegalArgumentException("updates need a readable password file (--password-file)");
        }
        DatasetGraph view = store.queryView();
        view.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        // federated SERVICE would make an open endpoint a proxy to other hosts
        view.getContext().set(ARQ.httpServiceAllowed, settings.allowService());
        // sorts, REGEX and REPLACE stop with their query, not minutes after its timeout; no number or
        // text grows without bound inside one step
        ExpressionGuard.install(view.getContext());
        // a sort or DISTINCT of more rows than this goes on in files, not in the memory
        view.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);

        DataService.Builder service = DataService.newBuilder(view)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (settings.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add("/" + ServerSettings.DATASET, service.build())
                .enablePing(true)
                .enableStats(false)
                // CORS is RequestGuard's: for reads only, never with credentials
                .enableCors(false, null)
                .registerOperation(Operation.Query, new QueryGuard(!settings.allowService()))
                .verbose(false);
        // the page and its endpoints; drawings are kept while the store cannot change
        web.register(builder, store, !settings.allowUpdate());
        if (settings.allowUpdate()) {
            builder.passwordFile(settings.passwordFile().toString()).auth(AuthScheme.BASIC).realm("argkg");
            builder.registerOperation(Operation.Update, new UpdateGuard.Operation());
            builder.addFilter("/" + ServerSettings.DATASET + "/update", new UpdateGuard(settings.allowService()));
            builder.addFilter("/" + ServerSettings.DATASET + "/data", new GraphStoreGuard());
        }
        FusekiServer server = builder.build();
        bind(server, settings.host());
        guard(server, settings.maxRequestBytes());
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ArgkgException("cannot start the endpoint on " + settings.host() + ":" + settings.port()
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        SparqlServer started = new SparqlServer(server, settings, store.location());
        try {
            started.record = ServerRecord.write(store.location(), started.baseUrl(), started.queryUrl());
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return started;
    }

    /** Puts {@link RequestGuard} in front of everything the server does. */
    private static void guard(FusekiServer server, long maxRequestBytes) {
        Server jetty = server.getJettyServer();
        jetty.setHandler(new RequestGuard(maxRequestBytes, jetty.getHandler()));
    }

    /** Binds every connector to one address (Fuseki's builder only knows "loopback" or "all"). */
    private static void bind(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        if ("0.0.0.0".equals(h)) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port();
    }

    public String datasetUrl() {
        return baseUrl() + "/" + ServerSettings.DATASET;
    }

    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** Each URL the endpoint serves, with what it is for. */
    public List<String[]> endpoints() {
        List<String[]> list = new java.util.ArrayList<>();
        list.add(new String[] {"SPARQL query", datasetUrl() + "/sparql (also /query)"});
        list.add(new String[] {"Graph Store read", datasetUrl() + "/get?graph=… or ?default"});
        if (settings.allowUpdate()) {
            list.add(new String[] {"SPARQL update", datasetUrl() + "/update (basic auth)"});
            list.add(new String[] {"Graph Store write", datasetUrl() + "/data (basic auth)"});
        }
        list.add(new String[] {"health", baseUrl() + "/$/ping"});
        list.add(new String[] {"browser page", baseUrl() + "/"});
        return list;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            if (record != null) {
                record.remove(storeDir);
                record = null;
            }
        }
    }
}
