package org.argkg.actors;

import org.argkg.diagnostics.Position;
import org.argkg.argmap.Text;

/**
 * An actor of the shared registry. {@code wikidata} is a QID such as {@code Q30}, or null;
 * {@code affiliation} is another actor's id, or null.
 */
public record Actor(String id, Position at, ActorKind kind, Text label, String wikidata, String affiliation,
        Position affiliationAt) {
}
