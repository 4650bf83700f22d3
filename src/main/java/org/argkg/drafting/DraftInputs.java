package org.argkg.drafting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.NodeSpec;
import org.argkg.argmap.QuoteSpec;
import org.argkg.corpus.Corpus;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.io.TextFiles;
import org.argkg.source.SourceDocument;
import org.argkg.source.SourceReader;
import org.argkg.yaml.YamlLoader;

/** What drafting a document reads: its source text and language, its map's text, and its map's quotes as spans. */
public final class DraftInputs {

    private DraftInputs() {
    }

    /** The document's source; empty with diagnostics when it cannot be read. */
    public static Optional<SourceDocument> source(Corpus corpus, String docId, Diagnostics out) {
        Path folder = corpus.root().resolve(docId);
        Path file = folder.resolve("source.md");
        return TextFiles.read(file, out).flatMap(t -> new SourceReader(new YamlLoader()).read(file, t, out));
    }

    /**
     * The quotes of the document's map as spans of the body, with their claims' roles: what a draft
     * is measured against. Quotes that do not occur are left out (validate reports them).
     */
    public static List<DraftScore.GoldQuote> goldQuotes(Path mapFile, String body, Diagnostics out) {
        List<DraftScore.GoldQuote> gold = new ArrayList<>();
        if (!Files.isRegularFile(mapFile)) {
            return gold;
        }
        Optional<ArgumentMap> map = TextFiles.read(mapFile, out).flatMap(t -> new ArgumentMapReader(new YamlLoader()).read(mapFile, t, out));
        if (map.isEmpty()) {
            return gold;
        }
        for (NodeSpec n : map.get().nodes()) {
            for (QuoteSpec q : n.quotes()) {
                int wanted = Math.max(1, q.occurrence());
                int seen = 0;
                for (int i = body.indexOf(q.exact()); i >= 0; i = body.indexOf(q.exact(), i + 1)) {
                    if (++seen == wanted) {
                        gold.add(new DraftScore.GoldQuote(i, i + q.exact().length(), n.role().word()));
                        break;
                    }
                }
            }
        }
        return gold;
    }
}
