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

    public ActorRegistry(Path file, Map<String, Actor> byId) {
        this.file = file;
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
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

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** All actors, sorted by id. */
    public Collection<Actor> all() {
        return byId.values();
    }

    public java.util.Set<String> ids() {
        return byId.keySet();
    }
}
