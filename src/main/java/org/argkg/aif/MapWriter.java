package org.argkg.aif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.argkg.io.AtomicFiles;
import org.argkg.argmap.DocumentSpec;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.RelationSpec;
import org.argkg.argmap.Text;
import org.argkg.source.SourceReader;
import org.argkg.yaml.Located;
import org.argkg.yaml.YamlScalars;

/**
 * Writes an imported document as a seeds folder's {@code map.yaml} and {@code source.md}
 * ({@code no_source_text: true}, each claim with a {@code source-url}), so it can be edited and
 * built like any other document. Texts the nodeset did not have are written empty with a
 * {@code # TODO} comment: {@code argkg validate} reports each until a person fills it in.
 */
public final class MapWriter {

    public static final String SOURCE_FILE = "source.md";

    /** Writes {@code mapFile} and {@code source.md} next to it, each through a temporary file and a rename. */
    public void write(ImportedDocument doc, Path mapFile, String nodesetName) {
        Path source = sourceFile(mapFile);
        AtomicFiles.write(source, out -> out.write(sourceMd(doc, nodesetName).getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(mapFile, out -> out.write(mapYaml(doc, nodesetName).getBytes(StandardCharsets.UTF_8)));
    }

    public static Path sourceFile(Path mapFile) {
        Path abs = mapFile.toAbsolutePath();
        return abs.resolveSibling(SOURCE_FILE);
    }

    public String sourceMd(ImportedDocument doc, String nodesetName) {
        StringBuilder sb = new StringBuilder("---\n");
        for (Map.Entry<String, String> e : doc.source().metadata().entrySet()) {
            String key = e.getKey();
            String v = e.getValue();
            if (key.equals(SourceReader.NO_SOURCE_TEXT) || key.equals("date") || key.equals("language")) {
                sb.append(key).append(": ").append(v).append('\n');
            } else {
                sb.append(key).append(": ").append(YamlScalars.doubleQuoted(v)).append('\n');
            }
        }
        sb.append("# Imported from the AIF nodeset ").append(oneLine(nodesetName)).append(" by argkg import.\n");
        if (!doc.hasWebUrl()) {
            sb.append("# url is the nodeset's content hash: replace it with the http(s) URL of the document.\n");
        }
        return sb.append("---\n").toString();
    }

    public String mapYaml(ImportedDocument doc, String nodesetName) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Imported from the AIF nodeset ").append(oneLine(nodesetName)).append(" by argkg import.\n");
        if (!doc.untranslated().isEmpty()) {
            sb.append("# The nodeset has each claim in one language: fill in the ").append(doc.untranslated().size())
                    .append(" texts marked TODO\n# (labels and statements need both zh and en), then: argkg validate\n");
        }
        DocumentSpec d = doc.map().document();
        sb.append("document:\n  id: ").append(d.id()).append('\n');
        if (d.genre() != null) {
            sb.append("  genre: ").append(d.genre().word()).append('\n');
        }
        actor(sb, "creator", d.creator());
        actor(sb, "publisher", d.publisher());
        actor(sb, "original-publisher", d.originalPublisher());
        sb.append("nodes:\n");
        String lang = doc.source().meta("language").orElse("en");
        List<NodeSpec> nodes = doc.map().nodes();
        for (int k = 0; k < nodes.size(); k++) {
            NodeSpec n = nodes.get(k);
            if (k > 0) {
                sb.append('\n');
            }
            sb.append("  - id: ").append(n.id()).append('\n');
            sb.append("    role: ").append(n.role().word()).append('\n');
            text(sb, doc, n.id(), "label", n.label(), lang);
            text(sb, doc, n.id(), "statement", n.statement(), lang);
            if (n.factor() != null) {
                sb.append("    factor: ").append(n.factor().value()).append('\n');
            }
            if (!n.actors().isEmpty()) {
                sb.append("    actors: [").append(String.join(", ", n.actors().stream().map(Located::value).toList())).append("]\n");
            }
            if (n.sourceUrl() != null) {
                sb.append("    source-url: ").append(YamlScalars.doubleQuoted(n.sourceUrl().value())).append('\n');
            }
            if (!n.relations().isEmpty()) {
                sb.append("    relations:\n");
                for (RelationSpec r : n.relations()) {
                    String target = r.target().docId().equals(d.id()) ? r.target().nodeId() : r.target().toString();
                    sb.append("      - ").append(r.kind().word()).append(": ").append(target).append('\n');
                    sb.append("        basis: ").append(r.basis().word()).append('\n');
                    if (r.note() != null) {
                        sb.append("        note: ").append(YamlScalars.doubleQuoted(r.note())).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void actor(StringBuilder sb, String key, Located<String> a) {
        if (a != null) {
            sb.append("  ").append(key).append(": ").append(a.value()).append('\n');
        }
    }

    /** The document's language first, then the other required one, then any others. */
    private static void text(StringBuilder sb, ImportedDocument doc, String id, String field, Text t, String lang) {
        sb.append("    ").append(field).append(":\n");
        java.util.List<String> langs = new java.util.ArrayList<>();
        langs.add(lang);
        ArgumentMapReader.LANGUAGES.stream().filter(l -> !langs.contains(l)).forEach(langs::add);
        t.byLanguage().keySet().stream().filter(l -> !langs.contains(l)).forEach(langs::add);
        for (String l : langs) {
            if (doc.untranslated().contains(ImportedDocument.key(id, field, l))) {
                sb.append("      # ").append(l).append(": \"\"   # the ")
                        .append(l.equals("zh") ? "Chinese" : l.equals("en") ? "English" : l).append(" ").append(field)
                        .append(", when you can (one language is enough)\n");
            } else if (t.get(l) != null) {
                sb.append("      ").append(l).append(": ").append(YamlScalars.doubleQuoted(t.get(l))).append('\n');
            }
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
