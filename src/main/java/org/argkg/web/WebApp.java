package org.argkg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.argkg.diagram.Graphviz;
import org.argkg.store.GraphStore;

/**
 * The browser page that {@code argkg serve} offers at {@code /}: its files, served from the jar,
 * and the few endpoints it needs besides SPARQL.
 *
 * <table>
 * <caption>paths</caption>
 * <tr><td>{@code /}, {@code /app.js}, {@code /app.css}</td><td>the page ({@code argkg/web/} on the classpath)</td></tr>
 * <tr><td>{@code /argkg-diagram/DOC-ID.svg}</td><td>the document's argument map, drawn by Graphviz</td></tr>
 * <tr><td>{@code /argkg-plot/factors.svg}, {@code timeline.svg}</td><td>plots of the whole store</td></tr>
 * <tr><td>{@code /argkg-source/DOC-ID}</td><td>the body of its source text, as the store keeps it</td></tr>
 * <tr><td>{@code /argkg-queries.json}, {@code /argkg-queries/NAME.rq}</td><td>the named queries</td></tr>
 * <tr><td>{@code /argkg-info.json}</td><td>whether Graphviz and source texts are available</td></tr>
 * </table>
 *
 * The page depends on the store alone: it reads nothing from the seeds folder.
 *
 * @param graphviz draws the diagrams
 * @param seeds what the page says about the seeds: problems that keep them from building (shown in
 *     a banner), and whether a rebuild was swapped in (the page then reloads)
 */
public record WebApp(Graphviz graphviz, SeedsState seeds) {

    public WebApp(Graphviz graphviz) {
        this(graphviz, new SeedsState(false));
    }

    /** The same page, telling the state of these seeds. */
    public WebApp with(SeedsState state) {
        return new WebApp(graphviz, state);
    }

    /** The page drawing with {@code dot} from {@code PATH}. */
    public static WebApp fromEnvironment() {
        return new WebApp(Graphviz.fromEnvironment());
    }

    /**
     * Adds the page's servlets.
     *
     * @param cacheDiagrams keep drawings (when the store cannot change while serving)
     */
    public void register(FusekiServer.Builder builder, GraphStore store, boolean cacheDiagrams) {
        builder.addServlet("/argkg-diagram/*", new DiagramServlet(store, graphviz, cacheDiagrams));
        builder.addServlet("/argkg-plot/*", new PlotServlet(store, cacheDiagrams));
        builder.addServlet("/argkg-source/*", new SourceServlet(store));
        builder.addServlet("/argkg-queries.json", new QueriesServlet());
        builder.addServlet("/argkg-queries/*", new QueriesServlet());
        builder.addServlet("/argkg-info.json", new InfoServlet(graphviz, true, seeds));
        // everything else: the page's files (the dataset is served by Fuseki's filter before any servlet)
        builder.addServlet("/*", new StaticResourceServlet());
    }
}
