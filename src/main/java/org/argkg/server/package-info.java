/**
 * The SPARQL endpoint: embedded Apache Jena Fuseki over the store, with the guards that keep an
 * open endpoint safe (timeouts, body limits, no federated queries, guarded updates).
 */
package org.argkg.server;
