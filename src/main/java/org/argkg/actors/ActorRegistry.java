package org.argkg.actors;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The actors shared by all maps of a corpus, by id. */
public final class ActorRegistry {

    public static final String FILE_NAME = "actors.yaml";

    private final Path file;
    private final Map<String, Actor> byId;
    private final java.util.Set<String> declared;

    /**
     * @param declared ids of every actor written in the file, including actors left out of
     *     {@code byId} because of an error (already reported), so they are not also "unknown"
     */
    public ActorRegistry(Path file, Map<String, Actor> byId, java.util.Set<String> declared) {
        this.file = file;
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
        java.util.Set<String> all = new java.util.TreeSet<>(declared);
        all.addAll(byId.keySet());
        this.declared = Collections.unmodifiableSet(all);
    }

    public ActorRegistry(Path file, Map<String, Actor> byId) {
        this(file, byId, byId.keySet());
    }

    public static ActorRegistry empty() {
        return new ActorRegistry(null, Map.of());
    }

    public Path file() {
        return file;
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when the registry declares the actor (valid or not). */
    public boolean contains(String id) {
        return declared.contains(id);
    }

    /** All actors, sorted by id. */
    public Collection<Actor> all() {
        return byId.values();
    }

    public java.util.Set<String> ids() {
        return declared;
    }
}
