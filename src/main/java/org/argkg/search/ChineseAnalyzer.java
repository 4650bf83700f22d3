package org.argkg.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Chinese text for search: SmartChinese word segmentation, plus the CJK bigrams of every run of
 * Han characters. Segmentation alone misses sub-words — a search for 国歌 must find 中华人民共和国国歌
 * even when the segmenter keeps 共和国国歌 together — and bigrams alone rank whole words poorly; both
 * together find the one and rank the other. A single character that the segmenter cuts out of a
 * longer run is not a term of its own (as in Lucene's CJK bigram filter): its bigrams stand for it,
 * so a query 国歌 that the segmenter splits into 国 and 歌 asks for 国歌, not for every text with a
 * 国 or a 歌 in it. Latin words in Chinese text (AI, GPU) are lower-cased and stemmed.
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

    /** The offsets (UTF-16) where SmartChinese starts or ends a word of {@code text}, with 0 and its length. */
    public static Set<Integer> wordBoundaries(String text) {
        Set<Integer> out = new HashSet<>();
        out.add(0);
        out.add(text.length());
        try (Tokenizer words = new HMMChineseTokenizer()) {
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.setReader(new StringReader(text));
            words.reset();
            while (words.incrementToken()) {
                out.add(offset.startOffset());
                out.add(offset.endOffset());
            }
            words.end();
        } catch (IOException e) {
            throw new IllegalStateException("segmenting in memory cannot fail", e);
        }
        return out;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * Reads the words of a text, then emits, for each run of Han characters that touch: the bigram
     * across the boundary with the previous word, and stacked on it (position increment 0) each word
     * of two or more characters and the bigrams inside it. A run of one character is kept as it is;
     * a one-character word inside a longer run is left to its bigrams. So the bigrams are those of the
     * whole run, however the segmenter cut it: 中华人民共和国国歌 gives 国歌 whether it was kept as a
     * word or not. Other words pass through; punctuation is dropped and breaks a run.
     */
    static final class BigramsOfLongWords extends TokenFilter {

        private record Word(String text, int start, int end, boolean han) {
        }

        private record Out(String text, int start, int end, int increment) {
        }

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Deque<Out> pending = new ArrayDeque<>();
        private boolean read;

        BigramsOfLongWords(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!read) {
                readAll();
                read = true;
            }
            Out next = pending.poll();
            if (next == null) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(next.text());
            posInc.setPositionIncrement(next.increment());
            offset.setOffset(next.start(), next.end());
            return true;
        }

        private void readAll() throws IOException {
            List<Word> run = new ArrayList<>();
            while (input.incrementToken()) {
                String word = term.toString();
                int[] cps = word.codePoints().toArray();
                if (cps.length == 0 || Arrays.stream(cps).noneMatch(Character::isLetterOrDigit)) {
                    emitRun(run); // punctuation: drop it, and end the run of Han characters
                    continue;
                }
                Word w = new Word(word, offset.startOffset(), offset.endOffset(), isHan(cps));
                if (!w.han()) {
                    emitRun(run);
                    pending.add(new Out(w.text(), w.start(), w.end(), 1));
                    continue;
                }
                if (!run.isEmpty() && run.get(run.size() - 1).end() != w.start()) {
                    emitRun(run);
                }
                run.add(w);
            }
            emitRun(run);
        }

        private void emitRun(List<Word> run) {
            if (run.isEmpty()) {
                return;
            }
            if (run.size() == 1 && run.get(0).text().codePointCount(0, run.get(0).text().length()) == 1) {
                Word only = run.get(0);
                pending.add(new Out(only.text(), only.start(), only.end(), 1));
                run.clear();
                return;
            }
            Word previous = null;
            for (Word w : run) {
                String t = w.text();
                int length = t.codePointCount(0, t.length());
                // in order of start offsets, as Lucene wants them: the bigram across the boundary, the word, its bigrams
                boolean anchored = false;
                if (previous != null) {
                    String p = previous.text();
                    int last = p.codePointBefore(p.length());
                    int first = t.codePointAt(0);
                    pending.add(new Out(new String(new int[] {last, first}, 0, 2), previous.end() - Character.charCount(last),
                            w.start() + Character.charCount(first), 1));
                    anchored = true;
                }
                if (length >= 2) {
                    pending.add(new Out(t, w.start(), w.end(), anchored ? 0 : 1));
                }
                if (length > 2) {
                    for (int i = 0, c = 0; c + 1 < length; c++) {
                        int next = t.offsetByCodePoints(i, 1);
                        int end = t.offsetByCodePoints(next, 1);
                        pending.add(new Out(t.substring(i, end), w.start() + i, w.start() + end, 0));
                        i = next;
                    }
                }
                previous = w;
            }
            run.clear();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            read = false;
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
