/**
 * Abstract argumentation frameworks and their reasoners: grounded in linear time, complete,
 * preferred and stable by a labelling search, and what-if assumptions.
 */
package org.argkg.evaluation.af;
