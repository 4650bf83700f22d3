/**
 * SPARQL: the named queries of {@code queries/}, parameters bound as RDF terms, and a runner for
 * the local store or any endpoint.
 */
package org.argkg.query;
