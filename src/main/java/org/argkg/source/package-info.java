/**
 * The source text of a document ({@code source.md}): front matter with its metadata, and the body
 * that quotes are anchored in.
 */
package org.argkg.source;
