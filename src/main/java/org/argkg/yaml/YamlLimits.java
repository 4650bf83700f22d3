package org.argkg.yaml;

/**
 * Explicit limits of the YAML loader, so that a hostile or broken file (an alias bomb, a huge file,
 * absurd nesting) ends in a clear error that names the limit instead of exhausting memory or the
 * stack.
 *
 * @param maxCodePoints the size limit, in characters
 * @param maxAliases the alias limit: how many aliases ({@code *name}) a file may use; 0 forbids them
 * @param maxDepth the depth limit: how deeply collections may nest
 * @param maxNodes the node limit: how many keys, values and list items a file may hold (the work
 *     of reading grows with them, and a few megabytes of {@code [1, 1, 1, …]} are millions)
 */
record YamlLimits(int maxCodePoints, int maxAliases, int maxDepth, int maxNodes) {

    /**
     * 8 MiB of text, no aliases (maps never need them), 64 levels, 100,000 nodes: far beyond any
     * hand-written map (the seed article's has about 600 nodes).
     */
    public static final YamlLimits DEFAULT = new YamlLimits(8 * 1024 * 1024, 0, 64, 100_000);
}
