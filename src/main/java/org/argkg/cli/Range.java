package org.argkg.cli;

import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;

/**
 * A number an option takes, checked against its range while picocli parses it (the option's
 * {@code converter}), so that a value out of range is picocli's usage error naming the option, and no
 * command checks its numbers by hand.
 */
abstract class Range<T extends Comparable<T>> implements ITypeConverter<T> {

    private final Function<String, T> parse;
    private final T min;
    private final boolean minIncluded;
    private final T max;
    private final String expected;

    /**
     * @param noun what the value is ("an integer")
     * @param max the largest value allowed, or null for none
     */
    Range(String noun, Function<String, T> parse, T min, boolean minIncluded, T max) {
        this.parse = parse;
        this.min = min;
        this.minIncluded = minIncluded;
        this.max = max;
        this.expected = noun + (max != null ? " from " + show(min) + " to " + show(max)
                : minIncluded ? " of at least " + show(min) : " greater than " + show(min));
    }

    private static String show(Object bound) {
        return String.valueOf(bound).replaceFirst("\\.0$", "");
    }

    @Override
    public T convert(String value) {
        T v;
        try {
            v = parse.apply(value.strip());
        } catch (NumberFormatException e) {
            v = null;
        }
        int low = v == null ? -1 : v.compareTo(min);
        if (v == null || low < 0 || low == 0 && !minIncluded || max != null && v.compareTo(max) > 0) {
            throw Values.expected(expected, value);
        }
        return v;
    }

    /** How many of something: at least one. */
    static final class Count extends Range<Integer> {
        Count() {
            super("an integer", Integer::valueOf, 1, true, null);
        }
    }

    /** A size in bytes: at least one. */
    static final class Bytes extends Range<Long> {
        Bytes() {
            super("an integer", Long::valueOf, 1L, true, null);
        }
    }

    /** A TCP port; 0 asks the system for a free one. */
    static final class Port extends Range<Integer> {
        Port() {
            super("an integer", Integer::valueOf, 0, true, 65535);
        }
    }

    /** A time in seconds, more than none; fractions allowed. */
    static final class Seconds extends Range<Double> {
        Seconds() {
            super("a number of seconds", Seconds::finite, 0d, false, null);
        }

        private static Double finite(String s) {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(s);
            }
            return d;
        }
    }
}
