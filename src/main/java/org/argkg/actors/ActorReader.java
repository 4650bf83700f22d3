package org.argkg.actors;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.ArgumentMapReader;
import org.argkg.argmap.Text;
import org.argkg.yaml.Located;
import org.argkg.yaml.Suggestions;
import org.argkg.yaml.YamlLoader;
import org.argkg.yaml.YamlNodes;
import org.argkg.yaml.YamlObject;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads {@code actors.yaml}, the registry of actors shared by every map of a corpus. */
public final class ActorReader {

    public static final List<String> KEYS = List.of("id", "kind", "label", "wikidata", "affiliation");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final YamlLoader yaml;

    public ActorReader(YamlLoader yaml) {
        this.yaml = yaml;
    }

    public ActorRegistry read(Path file, String text, Diagnostics out) {
        Optional<Node> root = yaml.load(file, text, out);
        if (root.isEmpty()) {
            return new ActorRegistry(file, Map.of());
        }
        Optional<YamlObject> top = YamlObject.of(file, root.get(), "the actor registry", List.of("actors"), out);
        if (top.isEmpty()) {
            return new ActorRegistry(file, Map.of());
        }
        top.get().requireAll("actors");
        Map<String, Actor> actors = new LinkedHashMap<>();
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (Node item : top.get().list("actors")) {
            YamlObject.peek(item, "id").filter(ArgumentMapReader::isId).ifPresent(declared::add);
            readActor(file, item, out).ifPresent(a -> {
                if (actors.containsKey(a.id())) {
                    out.error(file, a.at(), "ACTOR_DUPLICATE_ID", "actor id '" + a.id() + "' is used twice (first at line "
                            + actors.get(a.id()).at().line() + ")");
                } else {
                    actors.put(a.id(), a);
                }
            });
        }
        for (Actor a : actors.values()) {
            if (a.affiliation() != null && !declared.contains(a.affiliation())) {
                out.error(file, a.affiliationAt(), "ACTOR_UNKNOWN", "affiliation '" + a.affiliation()
                        + "' of actor '" + a.id() + "' is not an actor of the registry"
                        + Suggestions.closest(a.affiliation(), actors.keySet()).map(s -> "; did you mean '" + s + "'?").orElse(""));
            }
        }
        return new ActorRegistry(file, actors, declared);
    }

    private Optional<Actor> readActor(Path file, Node item, Diagnostics out) {
        Optional<YamlObject> o = YamlObject.of(file, item, "an actor", KEYS, out);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        YamlObject a = o.get();
        a.requireAll("id", "kind", "label");
        Optional<Located<String>> id = a.string("id").filter(i -> {
            if (!ArgumentMapReader.isId(i.value())) {
                out.error(file, i.at(), "MAP_BAD_ID", "actor id '" + i.value()
                        + "' must be lower-case letters, digits and single hyphens");
                return false;
            }
            return true;
        });
        ActorKind kind = a.string("kind").flatMap(k -> {
            Optional<ActorKind> parsed = ActorKind.parse(k.value());
            if (parsed.isEmpty()) {
                out.error(file, k.at(), "ACTOR_UNKNOWN_KIND", "unknown actor kind '" + k.value() + "'"
                        + Suggestions.closest(k.value(), ActorKind.words()).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of " + String.join(", ", ActorKind.words())));
            }
            return parsed;
        }).orElse(null);
        Text label = a.value("label").flatMap(v -> readLabel(file, v, out)).orElse(null);
        String qid = a.string("wikidata").filter(q -> {
            if (!QID.matcher(q.value()).matches()) {
                out.error(file, q.at(), "ACTOR_WIKIDATA", "wikidata '" + q.value() + "' is not a Wikidata item id such as Q30");
                return false;
            }
            return true;
        }).map(Located::value).orElse(null);
        Optional<Located<String>> affiliation = a.string("affiliation");
        if (id.isEmpty() || kind == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new Actor(id.get().value(), id.get().at(), kind, label, qid,
                affiliation.map(Located::value).orElse(null), affiliation.map(Located::at).orElse(Position.UNKNOWN)));
    }

    private static Optional<Text> readLabel(Path file, Node v, Diagnostics out) {
        if (!(v instanceof MappingNode m)) {
            out.error(file, YamlNodes.position(v), "MAP_TYPE", "an actor's label must give one text per language (en: …, zh: …)");
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !ArgumentMapReader.isLanguageTag(k.getValue())) {
                out.error(file, YamlNodes.position(t.getKeyNode()), "MAP_LANGUAGE",
                        "keys of an actor's label must be language tags such as zh or en");
            } else if (texts.containsKey(k.getValue())) {
                out.error(file, YamlNodes.position(k), "MAP_DUPLICATE_KEY",
                        "language '" + k.getValue() + "' is given twice in an actor's label");
            } else if (t.getValueNode() instanceof ScalarNode s && Tag.STR.equals(s.getTag()) && !s.getValue().isBlank()) {
                texts.put(k.getValue(), s.getValue().strip());
            } else {
                out.error(file, YamlNodes.position(t.getValueNode()), "MAP_EMPTY_TEXT", "an actor's label text must be a non-empty string");
            }
        }
        ArgumentMapReader.missingLanguages(file, YamlNodes.position(v), texts.keySet(), "an actor's label", out);
        return Optional.of(new Text(texts, YamlNodes.position(v)));
    }
}
