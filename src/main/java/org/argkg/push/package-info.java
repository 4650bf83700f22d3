/**
 * Sending the graphs of the store to another store over the SPARQL 1.1 Graph Store Protocol,
 * retried and verified.
 */
package org.argkg.push;
