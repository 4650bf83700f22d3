package org.argkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argkg.diagnostics.ArgkgException;

/** The named queries of {@code queries/}, packaged in the jar, by name (the file name without {@code .rq}). */
public final class QueryLibrary {

    public static final String RESOURCE_DIR = "argkg/queries/";
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param):\\s*(.*)$");

    private final Map<String, NamedQuery> byName;

    public QueryLibrary(Collection<NamedQuery> queries) {
        Map<String, NamedQuery> m = new TreeMap<>();
        queries.forEach(q -> m.put(q.name(), q));
        this.byName = Collections.unmodifiableMap(m);
    }

    /** The queries packaged with argkg. */
    public static QueryLibrary packaged() {
        List<NamedQuery> queries = new ArrayList<>();
        for (String file : resourceNames()) {
            try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
                if (in != null) {
                    queries.add(parse(file.substring(0, file.length() - 3), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new ArgkgException("cannot read query " + file + ": " + e.getMessage(), e);
            }
        }
        return new QueryLibrary(queries);
    }

    /** A query file given by path; its name is the file name without {@code .rq}. */
    public static NamedQuery read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ArgkgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the header comments of a query text. */
    public static NamedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParam> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break; // the header ends at the first line of SPARQL
                }
                continue;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.length() == 0 ? "" : " ").append(value);
                default -> {
                    String[] parts = value.split("\\s+", 2);
                    params.add(new QueryParam(parts[0].replaceFirst("^\\?", ""), parts.length > 1 ? parts[1] : null));
                }
            }
        }
        return new NamedQuery(name, title, description.toString(), List.copyOf(params), text);
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All queries, sorted by name. */
    public Collection<NamedQuery> all() {
        return byName.values();
    }

    private static List<String> resourceNames() {
        URL url = QueryLibrary.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (var jar = conn.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(RESOURCE_DIR) && n.endsWith(".rq"))
                            .map(n -> n.substring(RESOURCE_DIR.length()))
                            .filter(n -> !n.contains("/"))
                            .forEach(names::add);
                }
            } else {
                try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                    s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new ArgkgException("cannot list the named queries: " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }
}
