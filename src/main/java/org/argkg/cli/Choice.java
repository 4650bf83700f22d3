package org.argkg.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;

/**
 * The value of an option that is one word of a closed set, where the words belong to a type of the
 * core. A subclass names the type's own parse method and word list; picocli then uses it as the
 * option's {@code converter} and as its {@code completionCandidates}, so that the help
 * ({@code ${COMPLETION-CANDIDATES}}) and the check list the same words, and neither repeats them.
 * Another word is picocli's usage error, worded as picocli words it for enum options. Case does not
 * matter, as for enum options ({@link Main#commandLine}).
 */
abstract class Choice<T> implements ITypeConverter<T>, Iterable<String> {

    private final Function<String, Optional<T>> parse;
    private final List<String> words;

    /** A type with its own {@code parse} and {@code words()}. */
    Choice(Function<String, Optional<T>> parse, List<String> words) {
        this.parse = parse;
        this.words = List.copyOf(words);
    }

    /** The constants of a type that has no words of its own, each called by {@code word}. */
    Choice(T[] values, Function<T, String> word) {
        this(w -> Arrays.stream(values).filter(v -> word.apply(v).equals(w)).findFirst(),
                Arrays.stream(values).map(word).toList());
    }

    @Override
    public T convert(String value) {
        return parse.apply(value).or(() -> parse.apply(value.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> Values.expected(expected(), value));
    }

    /** What the option accepts, for its error message. */
    String expected() {
        return "one of " + words + " (case-insensitive)";
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }
}
