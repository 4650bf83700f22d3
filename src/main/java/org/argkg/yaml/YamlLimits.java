package org.argkg.yaml;

/**
 * Explicit limits of the YAML loader, so that a hostile or broken file (an alias bomb, a huge file,
 * absurd nesting) ends in a clear error instead of exhausting memory.
 */
public record YamlLimits(int maxCodePoints, int maxAliases, int maxDepth) {

    /** 8 MiB of text, 50 aliases, 64 levels: far beyond any hand-written map. */
    public static final YamlLimits DEFAULT = new YamlLimits(8 * 1024 * 1024, 50, 64);
}
