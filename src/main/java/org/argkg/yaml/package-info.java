/**
 * YAML read with SnakeYAML Engine into located nodes, with limits on size, depth and aliases, and
 * suggestions for misspelt keys.
 */
package org.argkg.yaml;
