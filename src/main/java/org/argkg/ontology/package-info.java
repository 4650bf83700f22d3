/**
 * The argkg ontology, the factor scheme and the SHACL shapes, loaded from {@code ontology/} on the
 * classpath.
 */
package org.argkg.ontology;
