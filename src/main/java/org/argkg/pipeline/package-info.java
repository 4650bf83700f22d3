/**
 * The build: from a seeds folder to checked document graphs (read every map and source, check
 * references and quotes, map to RDF, validate with SHACL) and into the store, reading and writing
 * overlapped on two threads.
 */
package org.argkg.pipeline;
