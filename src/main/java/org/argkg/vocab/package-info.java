/**
 * The namespaces and IRIs argkg writes, and one vocabulary class per namespace of its own or that
 * Jena does not ship.
 */
package org.argkg.vocab;
