package org.argkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.argkg.store.GraphStore;
import org.argkg.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named query of {@code queries/} ({@link QueryLibrary#packaged()}) run on the store built from
 * the repository's {@code seeds/}, against its golden result
 * {@code src/test/resources/golden/queries/NAME.tsv}: the query's real answer on the seeds, written
 * in the SPARQL 1.1 TSV results format (a header of variables, then one row per line, RDF terms in
 * Turtle syntax, an empty field for an unbound variable), checked by reading it when it was written.
 *
 * <p>Both sides are read as result sets and compared term by term: the same variables, and the same
 * rows in the same order when the query has {@code ORDER BY} (every packaged query has), in any
 * order otherwise. Rows that {@code ORDER BY} leaves tied come in the store's order, which a build
 * of the same seeds reproduces.
 *
 * <p>A query runs with its default parameters, unless {@code NAME.params} beside its golden file
 * binds some: one {@code name=value} a line, the value as {@code argkg query --param} takes it
 * ({@code id:DOC-ID}, {@code <IRI>}, or plain text), {@code #} starting a comment. A query with a
 * required parameter (one without a default) needs such a file.
 *
 * <p>Some results are empty on the seeds, and that is their real answer: {@code document-history}
 * (as long as no seed relates documents; {@code CrossDocumentQueriesTest} runs it on the
 * corpus-model fixture), {@code restatements} (no
 * seed restates another; {@code CrossDocumentQueriesTest} runs it on the linked fixture) and
 * {@code evaluation-status} (the store holds no evaluation until {@code argkg evaluate} writes one;
 * {@code SeedEvaluationTest} and {@code EvaluateCommandTest} run it after that).
 *
 * <p>When the seeds or a query change on purpose, write the golden files anew and read the diff:
 * <pre>
 * mvn -o test -Dtest=GoldenQueriesTest -Dargkg.golden.update=true
 * git diff src/test/resources/golden/
 * </pre>
 * With {@code argkg.golden.update} the test writes each file from the store (creating the missing
 * ones) and passes; every line of the diff must then be what the change meant.
 */
class GoldenQueriesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/queries");
    static final boolean UPDATE = Boolean.getBoolean("argkg.golden.update");

    @TempDir
    static Path tmp;
    static GraphStore store;

    @BeforeAll
    static void build() {
        store = GraphStore.openExisting(Seeds.build(tmp.resolve("db")));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    static Stream<String> queries() {
        return QueryLibrary.packaged().all().stream().map(NamedQuery::name).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theSeedsGiveTheGoldenResult(String name) throws IOException {
        NamedQuery named = QueryLibrary.packaged().get(name).orElseThrow();
        Map<String, String> params = params(name);
        for (QueryParam p : named.params()) {
            assertThat(p.defaultValue() != null || params.containsKey(p.name()))
                    .as("%s has no default for ?%s: bind it in %s", name, p.name(), GOLDEN.resolve(name + ".params")).isTrue();
        }
        Query query = QueryRunner.prepare(named, params, Path.of("queries", name + ".rq"));
        List<Var> vars = Var.varList(query.getResultVars());
        List<Binding> rows;
        try (QueryRunner runner = QueryRunner.local(store)) {
            rows = bindings(vars, runner.select(query));
        }
        String actual = tsv(vars, rows);
        Path file = GOLDEN.resolve(name + ".tsv");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden result of %s: write it with -Dargkg.golden.update=true, then read it", name).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);

        ResultSetRewindable want = read(expected);
        ResultSetRewindable got = resultSet(vars, rows);
        assertThat(got.getResultVars()).as("the variables of %s", name).isEqualTo(want.getResultVars());
        boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(want, got) : ResultSetCompare.equalsByTerm(want, got);
        if (!same) {
            // show where they differ, a row a line
            List<String> wantRows = expected.lines().skip(1).toList();
            List<String> gotRows = actual.lines().skip(1).toList();
            if (query.hasOrderBy()) {
                assertThat(gotRows).as("the rows of %s, in order (%s)", name, file).containsExactlyElementsOf(wantRows);
            } else {
                assertThat(gotRows).as("the rows of %s (%s)", name, file).containsExactlyInAnyOrderElementsOf(wantRows);
            }
            // the lines agree, the terms not: a term written in two ways
            throw new AssertionError(name + ": the rows are written alike but differ as RDF terms; compare with " + file);
        }
    }

    /** The golden folder holds a result for each packaged query and nothing else. */
    @Test
    void everyGoldenFileBelongsToAQuery() throws IOException {
        Set<String> names = new TreeSet<>();
        QueryLibrary.packaged().all().forEach(q -> names.add(q.name()));
        Set<String> expected = new TreeSet<>();
        names.forEach(n -> expected.add(n + ".tsv"));
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.map(p -> p.getFileName().toString()).forEach(present::add);
        }
        Set<String> params = new TreeSet<>(present);
        params.removeIf(f -> !f.endsWith(".params"));
        assertThat(params).as(".params files of queries that exist")
                .allSatisfy(f -> assertThat(names).contains(f.substring(0, f.length() - ".params".length())));
        present.removeAll(params);
        if (!UPDATE) {
            assertThat(present).as("golden results in %s", GOLDEN).isEqualTo(expected);
        }
    }

    /** The parameters bound for a query's golden result: its {@code NAME.params}, if any. */
    static Map<String, String> params(String name) throws IOException {
        Path file = GOLDEN.resolve(name + ".params");
        Map<String, String> params = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int eq = l.indexOf('=');
                assertThat(eq).as("%s: '%s' is not name=value", file, line).isPositive();
                params.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return params;
    }

    /** The rows as Jena's bindings, over the query's variables. */
    static List<Binding> bindings(List<Var> vars, List<QuerySolution> rows) {
        List<Binding> bindings = new ArrayList<>();
        for (QuerySolution row : rows) {
            BindingBuilder b = BindingBuilder.create();
            for (Var v : vars) {
                if (row.contains(v.getVarName())) {
                    b.add(v, row.get(v.getVarName()).asNode());
                }
            }
            bindings.add(b.build());
        }
        return bindings;
    }

    static ResultSetRewindable resultSet(List<Var> vars, List<Binding> rows) {
        return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
    }

    /** The rows in the SPARQL TSV results format, as Jena writes it. */
    static String tsv(List<Var> vars, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, resultSet(vars, rows), ResultSetLang.RS_TSV);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ResultSetRewindable read(String tsv) {
        try (InputStream in = new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
            return ResultSetFactory.makeRewindable(rs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
