/**
 * Link suggestions for review: claims of different documents, or paragraphs of a new text, ranked
 * by text similarity, shared factors and shared actors.
 */
package org.argkg.link;
