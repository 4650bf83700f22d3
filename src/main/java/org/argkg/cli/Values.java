package org.argkg.cli;

import org.argkg.vocab.WebUrls;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.argkg.argmap.ArgumentMapReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values with a syntax of their own, checked while picocli parses them (the option's
 * {@code converter}), so that a malformed one is picocli's usage error naming the option.
 */
final class Values {

    private Values() {
    }

    /** The error of a value that is not what the option takes, in the words of picocli's own converters. */
    static TypeConversionException expected(String what, String value) {
        return new TypeConversionException("expected " + what + " but was '" + value + "'");
    }

    /** An http or https URL. */
    static final class HttpUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            // the same check validate and build make, so what the command line takes the graph can hold
            if (WebUrls.problem(value).isEmpty()) {
                try {
                    return new URI(value);
                } catch (URISyntaxException e) {
                    // reported below
                }
            }
            throw expected("an http(s) URL", value);
        }
    }

    /** A calendar date, YYYY-MM-DD. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw expected("a date YYYY-MM-DD", value);
        }
    }

    /** The id of a document, as maps write it. */
    static final class DocumentId implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!ArgumentMapReader.isId(value)) {
                throw expected("lower-case letters, digits and single hyphens (e.g. ova-chip-controls)", value);
            }
            return value;
        }
    }

    /** Text that is not blank. */
    static final class NonBlank implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw expected("some text", value);
            }
            return value;
        }
    }
}
