/**
 * Graphs of the store written as Turtle, N-Triples, TriG, N-Quads, JSON-LD and AIF, byte-identical
 * for the same store.
 */
package org.argkg.export;
