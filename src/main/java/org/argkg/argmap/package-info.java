/**
 * The argument map of a document ({@code map.yaml}) as the analyst writes it: its model (document,
 * claims, relations, quotes, factors) and its reader, with every value located in the file.
 */
package org.argkg.argmap;
