/**
 * Problems as data: diagnostics with severity, file, line, column, code and message, collected and
 * reported all together, and the exceptions that carry them.
 */
package org.argkg.diagnostics;
