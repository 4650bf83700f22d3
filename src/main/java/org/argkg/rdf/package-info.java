/**
 * From a checked argument map to the RDF graph of its document under the argkg ontology; IRIs
 * derived from ids, no blank nodes.
 */
package org.argkg.rdf;
