/**
 * The TDB2 store: named graphs per document, the text index and source texts beside them,
 * whole-content replacement in one transaction, and read access through a running server that holds
 * the folder.
 */
package org.argkg.store;
