package org.argkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The terms the Chinese analyzer makes of a text, with their positions and offsets. */
class ChineseAnalyzerTest {

    private final Analyzer analyzer = new ChineseAnalyzer();

    /** Each term as {@code term@position[start,end)}. */
    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            int lastStart = 0;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                assertThat(offset.startOffset()).as("start offsets never go backwards (Lucene refuses that)").isGreaterThanOrEqualTo(lastStart);
                lastStart = offset.startOffset();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
                assertThat(text.substring(offset.startOffset(), offset.endOffset()).toLowerCase()).as("offsets of %s", term)
                        .startsWith(term.toString().substring(0, 1));
            }
            ts.end();
        }
        return out;
    }

    private List<String> words(String text) throws IOException {
        return terms(text).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
    }

    @Test
    void aQueryOfTwoCharactersThatTheSegmenterSplitsIsTheirBigram() throws IOException {
        assertThat(words("国歌")).containsExactly("国歌");
        assertThat(words("他国")).doesNotContain("国");
    }

    @Test
    void aLongWordGivesItselfAndAllItsBigramsAtItsPosition() throws IOException {
        List<String> t = words("中华人民共和国国歌");
        assertThat(t).contains("国歌", "共和", "人民", "中华");
        assertThat(t).doesNotContain("国", "歌");
    }

    @Test
    void bigramsCrossWordBoundariesInsideARunAndStopAtPunctuation() throws IOException {
        List<String> t = terms("出口管制限制了芯片。国");
        assertThat(t).extracting(s -> s.substring(0, s.indexOf('@'))).contains("出口", "管制", "了芯", "芯片", "国")
                .doesNotContain("片国", "了");
        // the single character after the full stop is a run of its own, so it stays a term
        assertThat(t.get(t.size() - 1)).startsWith("国@").endsWith("[10,11)");
    }

    @Test
    void latinWordsInChineseTextAreLowerCasedAndStemmed() throws IOException {
        assertThat(words("开放的AI模型和GPUs")).contains("ai", "gpu", "模型");
    }

    @Test
    void charactersBeyondTheBasicPlaneKeepTheirOffsets() throws IOException {
        // 𠀋 (U+2000B) takes two UTF-16 units
        List<String> t = terms("𠀋国歌");
        assertThat(t).anyMatch(s -> s.startsWith("国歌@") && s.endsWith("[2,4)"));
    }
}
