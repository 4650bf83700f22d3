/**
 * Where quotes sit in a source text: exact anchoring with code-point offsets and context, as W3C
 * Web Annotation selectors need them, and near matches for the diagnostics.
 */
package org.argkg.quote;
