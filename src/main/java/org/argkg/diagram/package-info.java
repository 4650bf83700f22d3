/**
 * Argument maps as pictures: what a document's diagram shows, read from its graph, written as
 * Graphviz DOT, and drawn as SVG or PNG by Graphviz.
 */
package org.argkg.diagram;
