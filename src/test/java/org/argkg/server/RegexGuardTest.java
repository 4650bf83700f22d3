package org.argkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The endpoint's cancellable REGEX and REPLACE give what Jena's own give, errors included. */
@ResourceLock(Locks.SEEDS_DB)
class RegexGuardTest {

    static GraphStore store;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.openExisting(DiagramFixtures.seedsDb());
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeout(Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void sameAnswersAsJena() {
        List<String> expressions = List.of("REGEX(\"Abc\", \"^a\", \"i\")", "REGEX(\"abc\", \"b\")", "REGEX(\"abc\"@en, \"B\", \"i\")",
                "REGEX(\"abc\", \"^b\")", "REGEX(1, \"1\")", "REGEX(\"a\", \"(\")", "REGEX(\"a.b\", \".\", \"q\")",
                "REGEX(\"x\", \"x\", \"z\")", "REGEX(\"强者恒强\", \"恒.$\")", "REPLACE(\"abcabc\", \"b\", \"X\")",
                "REPLACE(\"Hello\"@en, \"l+\", \"L\")", "REPLACE(\"2024-11-28\", \"(\\\\d+)-(\\\\d+)-(\\\\d+)\", \"$3/$2/$1\")",
                "REPLACE(\"abc\", \"B\", \"x\", \"i\")", "REPLACE(\"abc\", \"\", \"x\")", "REPLACE(\"abc\", \"b\", \"$9\")",
                "REPLACE(<urn:x>, \"x\", \"y\")", "REPLACE(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"c\", \"d\")");
        for (String e : expressions) {
            String q = "SELECT ?x { BIND(" + e + " AS ?x) }";
            assertThat(remote(q)).as(e).isEqualTo(local(q));
        }
        String filter = "SELECT ?c { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(REGEX(?l, \"^安全\")) } ORDER BY ?c";
        assertThat(remote(filter)).isNotEqualTo("[]").contains("cause-security");
    }

    /** Jena in this JVM, without the guard; "refused" when the query is refused (a constant pattern that does not compile). */
    private static String local(String q) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.create()).query(q).build()) {
            return rows(qe.execSelect());
        } catch (RuntimeException e) {
            return "refused";
        }
    }

    private static String remote(String q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.queryUrl()).queryString(q).build()) {
            return rows(qe.execSelect());
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            return "refused";
        }
    }

    private static String rows(ResultSet rs) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(String.valueOf(s.get(rs.getResultVars().get(0))));
        }
        return out.toString();
    }
}
