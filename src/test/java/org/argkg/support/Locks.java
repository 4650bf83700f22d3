package org.argkg.support;

/**
 * Names of what test classes share, for {@link org.junit.jupiter.api.parallel.ResourceLock}: Surefire
 * runs test classes two at a time (see the pom), so a class that uses one of these says so, and no
 * two classes holding the same lock run together.
 *
 * <ul>
 * <li>A store built once per JVM in a shared folder ({@link org.argkg.diagram.DiagramFixtures}): each
 * class opens and closes its own {@code GraphStore} on it, and closing one releases TDB2's files for
 * every other user of the folder in the JVM, so users of the same folder must not overlap.</li>
 * <li>The system property {@code argkg.dot} (which Graphviz to run): a class that changes it is
 * {@link org.junit.jupiter.api.parallel.Isolated}.</li>
 * </ul>
 *
 * <p>Everything else a test touches is its own: stores in its {@code @TempDir}, servers on a free port
 * ({@code withPort(0)}), and the CLI's output through {@link Cli}'s own writers.
 */
public final class Locks {

    /** The store of the repository's {@code seeds/}: {@code DiagramFixtures.seedsDb()}. */
    public static final String SEEDS_DB = "argkg.store.seeds";

    /** The store of the diagram fixture: {@code DiagramFixtures.hostileDb()}. */
    public static final String HOSTILE_DB = "argkg.store.hostile";

    private Locks() {
    }
}
