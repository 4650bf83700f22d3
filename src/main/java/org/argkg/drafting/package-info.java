/**
 * Drafting a map from a document's text: candidate claims as exact spans of the body, chosen and
 * given a role by discourse cues in Chinese and English ({@link org.argkg.drafting.Cues}), a factor
 * and actors guessed from their words, relations suggested by the link suggester; optionally a
 * chat-completions model asked for the same, keeping only what anchors exactly
 * ({@link org.argkg.drafting.LlmDrafter}). {@link org.argkg.drafting.DraftScore} measures a draft
 * against a map made by hand.
 */
package org.argkg.drafting;
