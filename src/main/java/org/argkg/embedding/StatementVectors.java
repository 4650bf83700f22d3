package org.argkg.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.argkg.vocab.Argkg;

/**
 * The embeddings of a document's statements, keyed by language and text ({@link #key}), so a
 * vector follows its text: a statement whose text did not change keeps its vector across builds,
 * and a reader finds a claim's vector from the statement it reads in the graph. Written as one
 * line per statement, {@code KEY TAB base64(float32 little-endian)}, sorted by key, after a first
 * line naming the model.
 */
public final class StatementVectors {

    private static final String HEADER = "# argkg statement vectors " + Embeddings.MODEL_ID + " " + Embeddings.DIMENSIONS;

    private StatementVectors() {
    }

    /** The key of a statement: its language and the SHA-256 of its text. */
    public static String key(String lang, String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return ("zh".equals(lang) ? "zh" : "en") + ":" + HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The vectors of every {@code argkg:statement} of {@code graph}, taken from {@code known} when
     * there, computed otherwise (and added to {@code known}).
     */
    public static Map<String, float[]> of(Model graph, Map<String, float[]> known) {
        Map<String, float[]> out = new TreeMap<>();
        statements(graph, (subject, lang, text) -> {
            String k = key(lang, text);
            float[] v = known.get(k);
            if (v == null) {
                v = Embeddings.embed(text, lang);
                known.put(k, v);
            }
            out.put(k, v);
        });
        return out;
    }

    /** A non-empty statement of a claim: the claim (null when it is a blank node), its language (zh or en) and text. */
    @FunctionalInterface
    interface StatementConsumer {
        void accept(String subject, String lang, String text);
    }

    /** Every non-empty {@code argkg:statement} of {@code graph}, with the model language it is embedded with. */
    static void statements(Model graph, StatementConsumer consumer) {
        graph.listStatements(null, Argkg.statement, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getObject().isLiteral()) {
                return;
            }
            Literal l = s.getLiteral();
            String text = l.getString().strip();
            if (!text.isEmpty()) {
                consumer.accept(s.getSubject().isURIResource() ? s.getSubject().getURI() : null,
                        l.getLanguage().startsWith("zh") ? "zh" : "en", text);
            }
        });
    }

    /** The file content for {@code vectors}. */
    public static String write(Map<String, float[]> vectors) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(vectors).forEach((k, v) -> {
            ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float x : v) {
                b.putFloat(x);
            }
            sb.append(k).append('\t').append(Base64.getEncoder().encodeToString(b.array())).append('\n');
        });
        return sb.toString();
    }

    /** Adds the vectors of a file's content to {@code into}; a file of another model adds none. */
    public static void read(String content, Map<String, float[]> into) {
        String[] lines = content.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return;
        }
        for (int i = 1; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            byte[] bytes = Base64.getDecoder().decode(lines[i].substring(tab + 1));
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            float[] v = new float[bytes.length / 4];
            for (int j = 0; j < v.length; j++) {
                v[j] = b.getFloat();
            }
            into.put(lines[i].substring(0, tab), v);
        }
    }
}
