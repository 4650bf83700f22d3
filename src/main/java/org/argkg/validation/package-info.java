/**
 * Checks of an argument map beyond its syntax: references, factors, actors and quotes, and the
 * SHACL shapes on the mapped graph, with results located in the map.
 */
package org.argkg.validation;
