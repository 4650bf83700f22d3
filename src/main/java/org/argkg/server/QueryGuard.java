package org.argkg.server;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The endpoint's query operation: Fuseki's, without JSONP or stylesheets ({@link
 * #validateRequest}), and with {@code SERVICE} refused (400) before the query runs unless the
 * endpoint may reach other hosts. Jena refuses each SERVICE call as it comes, with
 * two warnings and a stack trace in the log; a SERVICE inside {@code FILTER EXISTS} is called once
 * per row, so one short request could write hundreds of megabytes of log. Refused here, a query
 * costs one line of log, wherever its SERVICE is (a subquery, OPTIONAL, EXISTS, by a variable).
 */
final class QueryGuard extends SPARQL_QueryDataset {

    static final String SERVICE_REFUSED =
            "SERVICE is refused: this endpoint sends no requests to other hosts (serve --allow-service allows it)";

    private static final Set<String> REFUSED_PARAMETERS = Set.of("callback", "stylesheet");

    private final boolean refuseService;

    QueryGuard(boolean refuseService) {
        this.refuseService = refuseService;
    }

    /**
     * No {@code callback} (JSONP: executable script on this origin, whatever the caller asked it to
     * run) and no {@code stylesheet} (echoed into an {@code xml-stylesheet} instruction).
     */
    @Override
    protected void validateRequest(HttpAction action) {
        for (String name : Collections.list(action.getRequest().getParameterNames())) {
            if (REFUSED_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                ServletOps.errorBadRequest("the parameter " + name + " is not taken by this endpoint");
            }
        }
        super.validateRequest(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (refuseService && hasService(Algebra.compile(query))) {
            throw new QueryDeniedException(SERVICE_REFUSED);
        }
    }

    /** Whether {@code op} calls SERVICE anywhere, the patterns of EXISTS and NOT EXISTS included. */
    static boolean hasService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
