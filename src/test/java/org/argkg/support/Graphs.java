package org.argkg.support;

import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.assertj.core.api.Assertions;

/** Graph assertions by isomorphism, with a readable diff when they fail. */
public final class Graphs {

    private Graphs() {
    }

    public static void assertIsomorphic(Model expected, Model actual) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        Model missing = expected.difference(actual);
        Model extra = actual.difference(expected);
        Assertions.fail("graphs differ%n-- missing (expected, not produced):%n%s%n-- unexpected (produced, not expected):%n%s",
                nt(missing), nt(extra));
    }

    private static String nt(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}
