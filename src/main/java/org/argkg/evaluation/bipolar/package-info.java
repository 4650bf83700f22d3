/**
 * Supports as attacks: the attacks that deductive support derives (supported, mediated,
 * super-mediated), with their witnesses.
 */
package org.argkg.evaluation.bipolar;
