/**
 * ICCMA framework files (.tgf, .apx, .i23) and the answers to ICCMA tasks in the competition's
 * formats.
 */
package org.argkg.evaluation.iccma;
