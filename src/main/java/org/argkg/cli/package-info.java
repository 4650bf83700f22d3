/**
 * The command line: one small picocli class per command that parses options, calls the core and
 * prints; the composition root ({@link org.argkg.cli.Main}) maps failures to exit codes. Nothing
 * else prints or exits.
 */
package org.argkg.cli;
