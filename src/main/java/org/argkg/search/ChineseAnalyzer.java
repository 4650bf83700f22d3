package org.argkg.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Chinese text for search: SmartChinese word segmentation, plus the CJK bigrams of every word
 * longer than two characters at the same position. Segmentation alone misses sub-words — a search
 * for 国歌 must find 中华人民共和国国歌 even when the segmenter keeps 共和国国歌 together — and
 * bigrams alone rank whole words poorly; both together find the one and rank the other. Latin
 * words in Chinese text (AI, GPU) are lower-cased and stemmed.
 */
public final class ChineseAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new PorterStemFilter(stream);
        stream = new BigramsOfLongWords(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * Emits each word, then the bigrams of Han characters that end in it, stacked at the same
     * position (position increment 0): inside the word, and across the boundary with the previous
     * word when the two touch. So the bigrams are those of the whole run of Han characters, however
     * the segmenter cut it: 中华人民共和国国歌 gives 国歌 whether it was kept as a word or not, and a
     * query 国歌 that the segmenter splits into 国 and 歌 still gives 国歌. Punctuation is dropped.
     */
    static final class BigramsOfLongWords extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();
        private int startOffset;
        private int endOffset;
        private int previousHan = -1;
        private int previousEnd = -1;

        BigramsOfLongWords(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                String bigram = pending.poll();
                clearAttributes();
                term.setEmpty().append(bigram);
                posInc.setPositionIncrement(0);
                offset.setOffset(startOffset, endOffset);
                return true;
            }
            while (input.incrementToken()) {
                String word = term.toString();
                int[] cps = word.codePoints().toArray();
                if (cps.length == 0 || java.util.Arrays.stream(cps).noneMatch(Character::isLetterOrDigit)) {
                    previousHan = -1; // punctuation: drop it, and break the run of Han characters
                    continue;
                }
                startOffset = offset.startOffset();
                endOffset = offset.endOffset();
                if (!isHan(cps)) {
                    previousHan = -1;
                    return true;
                }
                if (previousHan >= 0 && previousEnd == startOffset) {
                    pending.add(new String(new int[] {previousHan, cps[0]}, 0, 2));
                }
                if (cps.length > 2) {
                    for (int i = 0; i + 1 < cps.length; i++) {
                        pending.add(new String(cps, i, 2));
                    }
                }
                previousHan = cps[cps.length - 1];
                previousEnd = endOffset;
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            previousHan = -1;
            previousEnd = -1;
        }

        private static boolean isHan(int[] cps) {
            for (int c : cps) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    return false;
                }
            }
            return true;
        }
    }
}
