/**
 * Which claims stand: Dung's semantics over the claims of the store or over framework files; the
 * entry points and the shared types.
 */
package org.argkg.evaluation;
