/**
 * From the claims of a store to a framework and back: reading claims and relations, evaluating, and
 * writing the result as a named graph.
 */
package org.argkg.evaluation.graph;
