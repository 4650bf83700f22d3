/**
 * Synthetic corpora in the seeds format, deterministic from a seed, for scale tests and benchmarks.
 */
package org.argkg.generate;
