package org.argkg.argmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argkg.actors.ActorKind;
import org.argkg.actors.ActorReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of {@code schema/} that editors use agree with the map reader: every seed and
 * valid fixture passes them, a misspelt key fails them, the words they offer are the reader's, and
 * what the reader refuses for its structure in the invalid fixtures the schema refuses too.
 */
class MapSchemaTest {

    static final Path SEEDS = Path.of("seeds");
    static final Path FIXTURES = Path.of("src/test/fixtures");
    /** Codes of problems of a map's structure (keys, types, words), which a schema can see. */
    static final Set<String> STRUCTURAL = Set.of("MAP_UNKNOWN_KEY", "MAP_MISSING_KEY", "MAP_TYPE", "MAP_UNKNOWN_ROLE",
            "MAP_UNKNOWN_GENRE", "MAP_UNKNOWN_BASIS", "MAP_UNKNOWN_STATUS", "MAP_UNKNOWN_RELATION_KIND", "MAP_EMPTY_TEXT",
            "MAP_LANGUAGE", "MAP_RELATION_KIND");

    static Schema map;
    static Schema actors;
    static JsonNode mapJson;

    @BeforeAll
    static void load() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        String mapText = Files.readString(Path.of("schema/map.schema.json"), StandardCharsets.UTF_8);
        map = registry.getSchema(mapText, InputFormat.JSON);
        actors = registry.getSchema(Files.readString(Path.of("schema/actors.schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
        mapJson = new ObjectMapper().readTree(mapText);
    }

    static Stream<Path> maps() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SEEDS)) {
            s.filter(p -> p.getFileName().toString().equals("map.yaml")).sorted().forEach(all::add);
        }
        try (Stream<Path> s = Files.walk(FIXTURES.resolve("valid"))) {
            s.filter(p -> p.getFileName().toString().equals("map.yaml")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    static Stream<Path> registries() throws IOException {
        List<Path> all = new ArrayList<>(List.of(SEEDS.resolve("actors.yaml")));
        try (Stream<Path> s = Files.walk(FIXTURES.resolve("valid"))) {
            s.filter(p -> p.getFileName().toString().equals("actors.yaml")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void everySeedAndValidFixtureMapPasses(Path file) throws IOException {
        assertThat(errors(map, file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void everyActorRegistryPasses(Path file) throws IOException {
        assertThat(errors(actors, file)).isEmpty();
    }

    @Test
    void everySeedMapPointsEditorsToTheSchema() throws IOException {
        try (Stream<Path> s = Files.walk(SEEDS)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("map.yaml")).toList()) {
                assertThat(Files.readAllLines(p).get(0)).as(p.toString())
                        .isEqualTo("# yaml-language-server: $schema=../../schema/map.schema.json");
            }
        }
        assertThat(Files.readAllLines(SEEDS.resolve("actors.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=../schema/actors.schema.json");
    }

    @Test
    void aMisspeltKeyFails() throws IOException {
        String seed = Files.readString(SEEDS.resolve("li-zheng-2024-ai-exception/map.yaml"));
        assertThat(map.validate(seed.replaceFirst("    statement:", "    stament:"), InputFormat.YAML))
                .extracting(Error::getMessage).anyMatch(m -> m.contains("stament"));
        assertThat(map.validate(seed.replaceFirst("role: cause", "role: cuase"), InputFormat.YAML)).isNotEmpty();
        assertThat(map.validate(seed.replaceFirst("basis: explicit", "basis: explict"), InputFormat.YAML)).isNotEmpty();
    }

    @Test
    void theSchemaOffersTheReadersWords() {
        JsonNode defs = mapJson.get("$defs");
        JsonNode doc = mapJson.at("/properties/document/properties");
        assertThat(names(mapJson.get("properties"))).isEqualTo(new TreeSet<>(ArgumentMapReader.TOP_KEYS));
        assertThat(names(doc)).isEqualTo(new TreeSet<>(ArgumentMapReader.DOCUMENT_KEYS));
        assertThat(names(defs.at("/node/properties"))).isEqualTo(new TreeSet<>(ArgumentMapReader.NODE_KEYS));
        assertThat(names(mapJson.at("/properties/factors/items/properties"))).isEqualTo(new TreeSet<>(ArgumentMapReader.FACTOR_KEYS));
        assertThat(words(defs.at("/node/properties/role/enum"))).isEqualTo(new TreeSet<>(Role.words()));
        assertThat(words(doc.get("genre").get("enum"))).isEqualTo(new TreeSet<>(Genre.words()));
        assertThat(words(defs.at("/basis/enum"))).isEqualTo(new TreeSet<>(Basis.words()));
        Set<String> relationKeys = names(defs.at("/relation/properties"));
        relationKeys.removeAll(ArgumentMapReader.RELATION_BASE_KEYS);
        assertThat(relationKeys).isEqualTo(new TreeSet<>(RelationKind.words()));
        Set<String> documentRelationKeys = names(defs.at("/documentRelation/properties"));
        documentRelationKeys.removeAll(ArgumentMapReader.DOCUMENT_RELATION_BASE_KEYS);
        assertThat(documentRelationKeys).isEqualTo(new TreeSet<>(DocumentRelationKind.words()));
        JsonNode actor = actorsJson().at("/properties/actors/items/properties");
        assertThat(names(actor)).isEqualTo(new TreeSet<>(ActorReader.KEYS));
        assertThat(words(actor.at("/kind/enum"))).isEqualTo(new TreeSet<>(ActorKind.words()));
    }

    /** What the reader refuses for a map's structure in the invalid fixtures, the schema refuses too. */
    @Test
    void theSchemaRefusesWhatTheReaderRefusesForStructure() throws IOException {
        Pattern line = Pattern.compile("^(seeds/[^:]+/map\\.yaml):\\d+:\\d+: error: .* \\[([A-Z_]+)]$");
        int compared = 0;
        try (Stream<Path> cases = Files.list(FIXTURES.resolve("invalid"))) {
            for (Path dir : cases.sorted().toList()) {
                for (String l : Files.readAllLines(dir.resolve("expected.txt"))) {
                    var m = line.matcher(l);
                    // a YAML tag (!custom) is invisible once YAML is read as JSON: only the reader sees it
                    if (m.matches() && STRUCTURAL.contains(m.group(2)) && !l.contains(" tagged !")) {
                        Path file = dir.resolve(m.group(1));
                        assertThat(errors(map, file)).as(dir.getFileName() + ": " + l).isNotEmpty();
                        compared++;
                        break;
                    }
                }
            }
        }
        assertThat(compared).as("invalid fixtures with structural problems").isGreaterThanOrEqualTo(5);
    }

    private static List<String> errors(Schema schema, Path file) throws IOException {
        return schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.YAML).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static JsonNode actorsJson() {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("schema/actors.schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> words(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
