/**
 * Full-text search of the claims: Jena's Lucene text index with an English analyzer and a Chinese
 * one (words and CJK bigrams).
 */
package org.argkg.search;
