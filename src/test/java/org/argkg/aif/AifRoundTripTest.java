package org.argkg.aif;

import org.apache.jena.vocabulary.DCTerms;
import org.argkg.vocab.OA;
import org.argkg.vocab.Aif;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;
import org.argkg.ontology.Ontology;
import org.argkg.store.GraphStore;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * argkg → AIF → argkg keeps every claim and relation; AIF → argkg → AIF keeps the argument's
 * structure (the same I, RA, CA and MA nodes and edges, up to renumbering); and what argkg cannot
 * say (linked arguments, attacks on inferences) changes as documented.
 */
class AifRoundTripTest {

    static final String DOC = "li-zheng-2024-ai-exception";
    static final Path FIXTURES = Path.of("src/test/fixtures/aif/valid");

    @TempDir
    static Path tmp;

    static GraphStore store;

    @BeforeAll
    static void buildStore() {
        Path db = tmp.resolve("db");
        new StoreBuilder().build(new Corpus(Path.of("seeds")), db);
        store = GraphStore.openExisting(db);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    // ---- argkg → AIF → argkg ---------------------------------------------------------------

    @Test
    void everySeedDocumentKeepsEveryClaimAndRelationThroughAif() throws IOException {
        for (String doc : List.of("bletchley-declaration-2023", "china-global-ai-governance-initiative-2023", "deepseek-r1-2025",
                "eu-ai-act-2024", DOC, "us-bis-advanced-computing-2022", "us-bis-ai-diffusion-2025", "us-eo-14110-2023")) {
            String copy = doc + "-copy";
            ImportedDocument imported = importJson(new AifWriter().toJson(new AifExport(store).nodeset(doc)), copy, null);
            Model original = store.graph(Iris.documentGraph(doc)).orElseThrow();
            Model back = imported.mapped().graph();
            assertThat(claims(back, copy)).as(doc).isEqualTo(claims(original, doc)).isNotEmpty();
            assertThat(relations(back, copy)).as(doc).isEqualTo(relations(original, doc)).isNotEmpty();
            assertThat(imported.untranslated()).isEmpty();
            // the document's metadata comes back too
            for (Property p : List.of(DCTerms.title, DCTerms.date, DCTerms.source, DCTerms.language, Argkg.genre, DCTerms.creator)) {
                assertThat(values(back, Iris.document(copy), p)).as(doc + " " + p).isEqualTo(values(original, Iris.document(doc), p));
            }
        }
    }

    @Test
    void claimsOfDocumentsWithoutSourceTextKeepTheirSourceUrls() throws IOException {
        String doc = "deepseek-r1-2025";
        ImportedDocument imported = importJson(new AifWriter().toJson(new AifExport(store).nodeset(doc)), "ds-copy", null);
        assertThat(sourceUrls(imported.mapped().graph(), "ds-copy")).isEqualTo(sourceUrls(store.graph(Iris.documentGraph(doc)).orElseThrow(), doc))
                .containsValue("https://github.com/deepseek-ai/DeepSeek-R1#7-license");
    }

    @Test
    void plainAifOfTheSeedArticleKeepsEveryClaimTextAndEveryRelation() throws IOException {
        // as another tool sees it: no argkg fields, one text per node
        AifNodeset full = new AifExport(store).nodeset(DOC);
        AifNodeset plain = new AifNodeset(full.nodes().stream()
                .map(n -> new AifNode(n.nodeId(), n.type(), n.text(), n.timestamp(), null, null, null)).toList(),
                full.edges(), List.of(), null);
        String json = new AifWriter().toJson(plain);
        assertThat(json).doesNotContain("\"argkg\"");
        ImportedDocument imported = importJson(json, "plain-copy", null);
        Model original = store.graph(Iris.documentGraph(DOC)).orElseThrow();
        Model back = imported.mapped().graph();
        assertThat(texts(back, "zh")).isEqualTo(texts(original, "zh")).hasSize(19);
        assertThat(textRelations(back, "plain-copy")).isEqualTo(textRelations(original, DOC)).hasSize(30);
        // the English statements are left to translate: the graph holds only what the nodeset says
        assertThat(imported.untranslated()).hasSize(38);
        assertThat(texts(back, "en")).isEmpty();
        assertThat(imported.source().meta("language")).contains("zh");
        assertThat(imported.source().meta("date")).contains("2024-11-28");
    }

    // ---- AIF → argkg → AIF -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ova-chip-controls", "aifdb-dialogue"})
    void aifThroughArgkgKeepsTheStructure(String fixture) throws IOException {
        Path file = FIXTURES.resolve(fixture).resolve("nodeset.json");
        AifNodeset original = readNodeset(file);
        String docId = "rt-" + fixture;
        ImportedDocument imported = importJson(Files.readString(file, StandardCharsets.UTF_8), docId, null);
        store.replaceGraph(Iris.documentGraph(docId), imported.mapped().graph());
        AifNodeset back = new AifExport(store).nodeset(docId);
        assertThat(Canonical.of(back)).isEqualTo(Canonical.of(original));
        // and once more: the second round changes nothing, to the byte
        ImportedDocument again = importJson(new AifWriter().toJson(back), docId, null);
        store.replaceGraph(Iris.documentGraph(docId), again.mapped().graph());
        assertThat(new AifWriter().toJson(new AifExport(store).nodeset(docId))).isEqualTo(new AifWriter().toJson(back));
    }

    @Test
    void theSeedArticleThroughAifKeepsTheStructure() throws IOException {
        AifNodeset original = new AifExport(store).nodeset(DOC);
        ImportedDocument imported = importJson(new AifWriter().toJson(original), "seed-rt", null);
        store.replaceGraph(Iris.documentGraph("seed-rt"), imported.mapped().graph());
        assertThat(Canonical.of(new AifExport(store).nodeset("seed-rt"))).isEqualTo(Canonical.of(original));
    }

    @Test
    void rolesComeFromTheStructure() throws IOException {
        ImportedDocument d = importFixture("ova-chip-controls", "roles");
        Map<String, String> roles = new TreeMap<>();
        d.map().nodes().forEach(n -> roles.put(n.id(), n.role().word()));
        // concluded or attacked, and itself premise of nothing: the thesis
        assertThat(roles).containsEntry("claim-558201", "thesis");
        // concluded and itself a premise (558211 is supported and attacks the thesis): premise
        assertThat(roles).containsEntry("claim-558211", "premise").containsEntry("claim-558206", "premise");
        assertThat(roles.values().stream().filter("thesis"::equals).count()).isEqualTo(1);
        assertThat(d.source().meta("language")).contains("en");
        assertThat(d.source().meta("date")).contains("2025-03-14");
        assertThat(d.map().node("claim-558214").orElseThrow().relations()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(RelationKind.RESTATES));
    }

    @Test
    void theDialogueIsSkippedAndAnchoredRelationsAreExplicit() throws IOException {
        ImportedDocument d = importFixture("aifdb-dialogue", "dialogue");
        assertThat(d.claims()).isEqualTo(4);
        assertThat(relations(d.mapped().graph(), "dialogue")).containsExactlyInAnyOrder(
                "Support claim-660112 -> claim-660111 Explicit -",
                "Attack claim-660113 -> claim-660111 Explicit -",
                "Attack claim-660114 -> claim-660113 Interpretive -");
        assertThat(d.source().meta("language")).contains("zh");
        // long Chinese labels are cut at a clause when there is one early enough, else at 24 characters
        assertThat(d.map().node("claim-660112").orElseThrow().label().get("zh")).isEqualTo("开源大模型让后发国家可以用很低的成本获得先进的人…");
        assertThat(d.map().node("claim-660113").orElseThrow().label().get("zh")).isEqualTo("最先进的模型仍然是闭源的，开源模型总要落后一代");
    }

    @Test
    void linkedArgumentsAndUndercuttersChangeAsDocumented() throws IOException {
        ImportedDocument d = importFixture("undercut-linked", "undercut");
        Set<String> rels = relations(d.mapped().graph(), "undercut");
        assertThat(rels).hasSize(4);
        assertThat(rels).anyMatch(r -> r.startsWith("Support claim-32 -> claim-31 Interpretive AIF scheme: Practical Reasoning. Linked argument"));
        assertThat(rels).anyMatch(r -> r.startsWith("Support claim-33 -> claim-31 Interpretive AIF scheme: Practical Reasoning. Linked argument"));
        assertThat(rels).contains("Support claim-35 -> claim-33 Interpretive AIF scheme: Argument From Expert Opinion.");
        assertThat(rels).anyMatch(r -> r.startsWith("Attack claim-37 -> claim-31 Interpretive In the AIF nodeset, CA node '38' points at RA node '34'"));
        store.replaceGraph(Iris.documentGraph("undercut"), d.mapped().graph());
        AifNodeset back = new AifExport(store).nodeset("undercut");
        Map<AifType, Long> types = back.nodes().stream().collect(Collectors.groupingBy(AifNode::type, TreeMap::new, Collectors.counting()));
        // the linked RA node is now two, the undercutter attacks the conclusion, the preference is gone
        assertThat(types).containsExactly(Map.entry(AifType.I, 5L), Map.entry(AifType.RA, 3L), Map.entry(AifType.CA, 1L));
    }

    @Test
    void exportIsNumberedByIriAndStable() {
        AifNodeset ns = new AifExport(store).nodeset(DOC);
        assertThat(ns.nodes()).extracting(AifNode::nodeId).startsWith("1", "2", "3");
        assertThat(ns.nodes().get(0).argkg().id()).isEqualTo("catch-up-mechanism");
        assertThat(ns.nodes().stream().filter(n -> n.type() == AifType.I).count()).isEqualTo(19);
        assertThat(ns.nodes().stream().filter(n -> n.type() == AifType.RA).count()).isEqualTo(22);
        assertThat(ns.nodes().stream().filter(n -> n.type() == AifType.CA).count()).isEqualTo(8);
        assertThat(ns.edges()).hasSize(60); // two per relation: premise → scheme node → conclusion
        assertThat(new AifWriter().toJson(new AifExport(store).nodeset(DOC))).isEqualTo(new AifWriter().toJson(ns));
    }

    @Test
    void claimsOfOtherDocumentsAreReferencesBothWays() throws IOException {
        AifNodeset ns = new AifExport(store).nodeset("deepseek-r1-2025");
        AifNode thesis = ns.nodes().stream().filter(n -> n.argkg() != null && DOC.equals(n.argkg().document())
                && "thesis".equals(n.argkg().id())).findFirst().orElseThrow();
        assertThat(thesis.type()).isEqualTo(AifType.I);
        // the other document's statement, in this document's language
        assertThat(thesis.text()).startsWith("A recent view holds that AI may end the catch-up advantage");
        ImportedDocument d = importJson(new AifWriter().toJson(ns), "ds-refs", null);
        assertThat(d.claims()).isEqualTo(4);
        assertThat(d.map().node("thesis").orElseThrow().relations())
                .anySatisfy(r -> assertThat(r.target().toString()).isEqualTo(DOC + "#thesis"));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private ImportedDocument importFixture(String fixture, String docId) throws IOException {
        return importJson(Files.readString(FIXTURES.resolve(fixture).resolve("nodeset.json"), StandardCharsets.UTF_8), docId,
                "https://example.org/" + fixture);
    }

    private ImportedDocument importJson(String json, String docId, String url) throws IOException {
        Path file = Files.writeString(tmp.resolve(docId + ".json"), json, StandardCharsets.UTF_8);
        AifImporter.Result r = new AifImporter(Ontology.load())
                .read(file, new ImportOptions(docId, null, null, url, null), ImportContext.of(store, Ontology.load()));
        assertThat(r.diagnostics().all().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList()).isEmpty();
        assertThat(r.ok()).isTrue();
        return r.document();
    }

    private static AifNodeset readNodeset(Path file) throws IOException {
        var diags = new org.argkg.diagnostics.Diagnostics();
        return new AifReader().read(file, Files.readString(file, StandardCharsets.UTF_8), diags).orElseThrow();
    }

    /** Claim id → role, labels, statements, factor, actors. */
    static Map<String, String> claims(Model g, String docId) {
        Map<String, String> m = new TreeMap<>();
        g.listSubjectsWithProperty(Argkg.statedIn, g.createResource(Iris.document(docId))).forEachRemaining(c -> {
            String role = null;
            for (Role r : Role.values()) {
                if (c.hasProperty(RDF.type, g.createResource(Ns.ARGKG + r.className()))) {
                    role = r.word();
                }
            }
            if (role != null) {
                m.put(local(c.getURI(), docId), role + " " + langs(c, RDFS.label) + " " + langs(c, Argkg.statement)
                        + " " + values(g, c.getURI(), Argkg.factor) + " " + values(g, c.getURI(), Argkg.involves));
            }
        });
        return m;
    }

    /** Each relation as "Kind from -> to Basis note", ids relative to the document. */
    static Set<String> relations(Model g, String docId) {
        Set<String> s = new TreeSet<>();
        for (RelationKind k : RelationKind.values()) {
            g.listSubjectsWithProperty(RDF.type, g.createResource(Ns.ARGKG + k.className())).forEachRemaining(r -> {
                Resource basis = r.getPropertyResourceValue(Argkg.basis);
                var note = r.getProperty(RDFS.comment);
                s.add(k.className() + " " + local(r.getPropertyResourceValue(Aif.Premise).getURI(), docId) + " -> "
                        + local(r.getPropertyResourceValue(Aif.Conclusion).getURI(), docId) + " "
                        + basis.getLocalName() + " " + (note == null ? "-" : note.getString()));
            });
        }
        return s;
    }

    /** Relations by the texts of their ends (zh), kinds of support merged, as plain AIF keeps them. */
    static Set<String> textRelations(Model g, String docId) {
        Set<String> s = new TreeSet<>();
        for (RelationKind k : RelationKind.values()) {
            String kind = k == RelationKind.EVIDENCE_FOR ? "Support" : k.className();
            g.listSubjectsWithProperty(RDF.type, g.createResource(Ns.ARGKG + k.className())).forEachRemaining(r ->
                    s.add(zh(r.getPropertyResourceValue(Aif.Premise)) + " " + kind + " " + zh(r.getPropertyResourceValue(Aif.Conclusion))));
        }
        return s;
    }

    private static String zh(Resource c) {
        return c.listProperties(Argkg.statement).toList().stream().map(x -> x.getLiteral())
                .filter(l -> l.getLanguage().equals("zh")).map(Literal::getLexicalForm).findFirst().orElse("?");
    }

    static Set<String> texts(Model g, String lang) {
        Set<String> s = new TreeSet<>();
        g.listStatements(null, Argkg.statement, (RDFNode) null).forEachRemaining(st -> {
            if (st.getLiteral().getLanguage().equals(lang)) {
                s.add(st.getLiteral().getLexicalForm());
            }
        });
        return s;
    }

    /** Claim id → the URLs its annotations target (documents without source text). */
    static Map<String, String> sourceUrls(Model g, String docId) {
        Map<String, String> m = new TreeMap<>();
        g.listStatements(null, OA.hasBody, (RDFNode) null).forEachRemaining(st -> {
            Resource t = st.getSubject().getPropertyResourceValue(OA.hasTarget);
            m.put(local(st.getResource().getURI(), docId), t.getURI());
        });
        return m;
    }

    private static String langs(Resource r, Property p) {
        List<String> l = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> l.add(s.getLiteral().getLanguage() + ":" + s.getLiteral().getLexicalForm()));
        l.sort(null);
        return l.toString();
    }

    static String values(Model g, String subject, Property p) {
        List<String> l = new ArrayList<>();
        g.createResource(subject).listProperties(p).forEachRemaining(s -> l.add(s.getObject().toString()));
        l.sort(null);
        return l.toString();
    }

    private static String local(String iri, String docId) {
        String prefix = Iris.document(docId) + "/";
        if (iri.startsWith(prefix)) {
            return iri.substring(prefix.length());
        }
        String rest = iri.substring(Ns.ID.length());
        return rest.replace('/', '#');
    }
}
