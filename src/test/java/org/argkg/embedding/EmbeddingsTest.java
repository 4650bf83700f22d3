package org.argkg.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {

    @Test
    void paraphrasesAreCloserThanUnrelatedTextsInBothLanguages() {
        float[] a = Embeddings.embed("Developing countries fear being left behind by AI.", "en");
        float[] b = Embeddings.embed("Latecomers worry about marginalisation in artificial intelligence.", "en");
        float[] c = Embeddings.embed("The export rule takes effect in January.", "en");
        assertThat(a).hasSize(Embeddings.DIMENSIONS);
        assertThat(Embeddings.cosine(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Embeddings.cosine(a, b)).isGreaterThan(Embeddings.cosine(a, c));
        float[] x = Embeddings.embed("发展中国家担心在人工智能领域被边缘化。", "zh");
        float[] y = Embeddings.embed("后发国家害怕在人工智能竞争中掉队。", "zh");
        float[] z = Embeddings.embed("出口管制规则将于一月生效。", "zh");
        assertThat(Embeddings.cosine(x, y)).isGreaterThan(Embeddings.cosine(x, z));
    }

    @Test
    void vectorsSurviveWritingAndReading() {
        Map<String, float[]> v = Map.of(StatementVectors.key("en", "a b"), new float[] {0.5f, -0.25f, 1f});
        Map<String, float[]> back = new HashMap<>();
        StatementVectors.read(StatementVectors.write(v), back);
        assertThat(back).containsOnlyKeys(v.keySet());
        assertThat(back.values().iterator().next()).containsExactly(0.5f, -0.25f, 1f);
        Map<String, float[]> none = new HashMap<>();
        StatementVectors.read("# other model\nen:x\tAAAA\n", none);
        assertThat(none).isEmpty();
    }
}
