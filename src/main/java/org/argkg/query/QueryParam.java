package org.argkg.query;

/**
 * A parameter of a named query: a variable of the query and the value it takes when none is given.
 * A default of {@value #UNBOUND} makes the parameter optional: without a value the variable stays
 * unbound (a query over one document then runs over all of them); with no default at all the
 * parameter is required.
 */
public record QueryParam(String name, String defaultValue) {

    /** The default that leaves the variable unbound. */
    public static final String UNBOUND = "*";

    /** True when the parameter may be left out and then leaves its variable unbound. */
    public boolean optional() {
        return UNBOUND.equals(defaultValue);
    }
}
