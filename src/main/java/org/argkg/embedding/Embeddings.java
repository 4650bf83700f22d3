package org.argkg.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.concurrent.Executor;
import org.argkg.diagnostics.ArgkgException;

/**
 * The two sentence-embedding models, loaded once per JVM on first use (about a second each) and
 * shared by every caller. Vectors are L2-normalised, so their dot product is their cosine.
 */
public final class Embeddings {

    /** Dimensions of both models' vectors. */
    public static final int DIMENSIONS = 384;

    /** Names the models, for the stored vectors (vectors of another model are recomputed). */
    public static final String MODEL_ID = "bge-small-v1.5-q";

    private Embeddings() {
    }

    private static final class Zh {
        static final EmbeddingModel MODEL = load(true);
    }

    private static final class En {
        static final EmbeddingModel MODEL = load(false);
    }

    private static EmbeddingModel load(boolean zh) {
        try {
            // on the calling thread: no pool of threads is started for one model
            Executor direct = Runnable::run;
            return zh ? new BgeSmallZhV15QuantizedEmbeddingModel(direct) : new BgeSmallEnV15QuantizedEmbeddingModel(direct);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ArgkgException("cannot load the " + (zh ? "Chinese" : "English") + " embedding model (ONNX Runtime"
                    + " supports linux-x64 and osx-aarch64 in this release): " + e.getMessage(), e);
        }
    }

    /** Recent embeddings, so one JVM (a server, the tests) embeds a text once; about 15 MB at most. */
    private static final int CACHED = 10_000;
    private static final java.util.Map<String, float[]> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
                    return size() > CACHED;
                }
            });

    /** The embedding of {@code text} with the model of {@code lang} ("zh" or anything else: English). */
    public static float[] embed(String text, String lang) {
        boolean zh = "zh".equals(lang);
        String key = (zh ? "zh\t" : "en\t") + text;
        float[] cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        EmbeddingModel m = zh ? Zh.MODEL : En.MODEL;
        float[] v = normalised(m.embed(text).content().vector());
        CACHE.put(key, v);
        return v;
    }

    /** The embedding of {@code text} with the model of its language: Chinese when it has Han characters. */
    public static float[] embed(String text) {
        return embed(text, isChinese(text) ? "zh" : "en");
    }

    /** True when most letters of {@code text} are Han characters. */
    public static boolean isChinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han * 2 >= letters;
    }

    static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        if (n == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / n);
        }
        return out;
    }

    /** The cosine of two normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
