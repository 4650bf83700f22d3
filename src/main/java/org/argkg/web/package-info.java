/**
 * The browser page that {@code argkg serve} offers at {@code /}: its files, the diagrams, the
 * source texts and the named queries, all read from the store.
 */
package org.argkg.web;
