package org.argkg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** Export formats. Those that cannot carry named graphs export one graph, or the union of all. */
public enum ExportFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES_UTF8, false),
    TRIG("trig", "trig", RDFFormat.TRIG_BLOCKS, true),
    NQUADS("nquads", "nq", RDFFormat.NQUADS_UTF8, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11_PRETTY, true),
    /** An AIF nodeset (AIFdb JSON) of one document; not RDF. */
    AIF("aif", "json", null, false);

    private final String word;
    private final String extension;
    private final RDFFormat rdfFormat;
    private final boolean namedGraphs;

    ExportFormat(String word, String extension, RDFFormat rdfFormat, boolean namedGraphs) {
        this.word = word;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.namedGraphs = namedGraphs;
    }

    public String word() {
        return word;
    }

    public String extension() {
        return extension;
    }

    /** True when triples are streamed in sorted order (all but JSON-LD, which is written from a dataset, and AIF). */
    public boolean streams() {
        return this != JSONLD && this != AIF;
    }

    /** True when the format needs exactly one document ({@code --graph}). */
    public boolean needsOneDocument() {
        return this == AIF;
    }

    /** Jena's format, or null for AIF. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** True when the format writes named graphs (TriG, N-Quads, JSON-LD). */
    public boolean carriesNamedGraphs() {
        return namedGraphs;
    }

    public static Optional<ExportFormat> parse(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ExportFormat::word).toList();
    }
}
