package org.argkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.argkg.actors.ActorRegistry;
import org.argkg.diagnostics.ArgkgException;
import org.argkg.ontology.Ontology;

/**
 * A seeds folder: the shared {@code actors.yaml} and one folder per document holding
 * {@code map.yaml} and its source text.
 */
public final class Corpus {

    public static final String MAP_FILE = "map.yaml";

    private final Path root;

    public Corpus(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * Whether {@code file} is inside the seeds folder once symbolic links are resolved: a map or a
     * source that links to a file elsewhere would bring text the corpus does not hold into the store.
     */
    public boolean holds(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path actorsFile() {
        return root.resolve(ActorRegistry.FILE_NAME);
    }

    /** Folders that hold a {@code map.yaml}, sorted by name. */
    public List<Path> documentFolders() {
        if (!Files.isDirectory(root)) {
            throw new ArgkgException("seeds folder " + root + " does not exist");
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(MAP_FILE)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ArgkgException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * A digest of everything a build reads: the files of the seeds folder and the packaged ontology.
     * When it is unchanged, a store built from this corpus is current.
     */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            for (Path f : files) {
                md.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            for (String name : List.of(Ontology.ONTOLOGY_FILE, Ontology.FACTORS_FILE, Ontology.SHAPES_FILE)) {
                try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(Ontology.RESOURCE_DIR + name)) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ArgkgException("cannot read " + root + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
