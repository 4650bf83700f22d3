/**
 * A seeds folder as a corpus: its document folders, its actor registry and the fingerprint that
 * tells whether a store is current.
 */
package org.argkg.corpus;
