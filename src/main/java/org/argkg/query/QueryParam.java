package org.argkg.query;

/** A parameter of a named query: a variable of the query and the value it takes when none is given. */
public record QueryParam(String name, String defaultValue) {
}
