package org.argkg.web;

import java.util.List;

/**
 * What the page says about the seeds behind the store it shows: the problems that keep them from
 * building (the store being the last one that built), whether the server watches them, and a
 * number that changes each time a new build is swapped in (the page reloads when it changes).
 * Safe to read from request threads while the watcher updates it.
 */
public final class SeedsState {

    private volatile List<String> problems = List.of();
    private volatile long version;
    private final boolean watching;

    public SeedsState(boolean watching) {
        this.watching = watching;
    }

    /** The seeds built: their store is the one served now. */
    public void built() {
        problems = List.of();
        version++;
    }

    /** The seeds do not build: the served store is the last one that did. */
    public void failed(List<String> lines) {
        problems = List.copyOf(lines);
    }

    public List<String> problems() {
        return problems;
    }

    public long version() {
        return version;
    }

    public boolean watching() {
        return watching;
    }
}
