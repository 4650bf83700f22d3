package org.argkg.drafting;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argkg.io.JsonOutput;

/**
 * Asks a chat-completions server with the OpenAI interface (llama.cpp's server, Ollama, vLLM, and
 * the hosted ones) for the claims of a text: their role, factor, exact quote, label and statement
 * in Chinese and English, and their relations. The text and a JSON Schema of the answer are sent;
 * what comes back is kept only where it anchors: a claim whose quote is not an exact span of the
 * body is dropped (models alter what they quote), as are unknown roles, factors and relations to
 * claims that were dropped. Nothing is sent anywhere but the given URL.
 */
public final class LlmDrafter {

    /** What the model proposed and what of it was kept. */
    public record Result(List<ProposedClaim> claims, int proposed, List<String> dropped) {
    }

    static final List<String> ROLES = List.of("thesis", "cause", "counterforce", "consequence", "conclusion", "premise");
    static final List<String> KINDS = List.of("supports", "attacks", "restates", "evidence-for");

    private final URI endpoint;
    private final String model;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final Map<String, Set<String>> factorGroups;
    private final java.util.function.Function<String, List<String>> actors;

    /**
     * @param baseUrl the server's OpenAI-compatible base URL, such as {@code http://127.0.0.1:8080/v1};
     *     {@code /chat/completions} is appended
     * @param apiKey  sent as a bearer token when present
     * @param drafter the built-in drafter, for the factor scheme and the actors a quote names
     */
    public LlmDrafter(URI baseUrl, String model, Optional<String> apiKey, Duration timeout, Drafter drafter) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base.endsWith("/chat/completions") ? base : base + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.factorGroups = drafter.factorGroups();
        this.actors = drafter::actorsIn;
    }

    public Result propose(String body, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request(body, language), StandardCharsets.UTF_8));
        apiKey.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException(endpoint + " answered " + response.statusCode() + ": " + shorten(response.body()));
        }
        return read(response.body(), body, language);
    }

    /** The request: the instructions, the text, and the schema the answer must follow. */
    String request(String body, String language) {
        Set<String> causes = factorGroups.getOrDefault("first-mover-advantage", Set.of());
        Set<String> counterforces = factorGroups.getOrDefault("diffusion", Set.of());
        String instructions = "You map the argument of a policy document for analysts. Read the text and list its claims: "
                + "the thesis (the view the text reports or argues for), the causes offered for it, the counterforces that "
                + "limit it, the consequences, the author's conclusion, and premises (other claims they rest on). For each "
                + "claim give: id (lower-case words joined by hyphens), role, factor (causes: one of " + String.join(", ", causes)
                + "; counterforces: one of " + String.join(", ", counterforces) + "; others: empty), quote (copied EXACTLY, "
                + "character for character, from the text: a sentence or clause; never paraphrase it), label and statement in "
                + "Chinese (zh) and English (en) (the statement says what the text says, keeping its hedges such as 可能, "
                + "倾向于, may, tend to, and who holds a view the text reports), and relations to other claims of your list "
                + "(kind: supports, attacks, restates or evidence-for). The text is in " + language + ".";
        return JsonOutput.toString(g -> {
            g.writeStartObject().write("model", model).write("temperature", 0);
            g.writeStartArray("messages");
            g.writeStartObject().write("role", "system").write("content", instructions).writeEnd();
            g.writeStartObject().write("role", "user").write("content", body).writeEnd();
            g.writeEnd();
            g.writeStartObject("response_format").write("type", "json_schema");
            g.writeStartObject("json_schema").write("name", "argument_map").write("strict", true);
            g.write("schema", schema());
            g.writeEnd().writeEnd();
            g.writeEnd();
        });
    }

    private static JsonObject schema() {
        var texts = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder().add("zh", Json.createObjectBuilder().add("type", "string"))
                        .add("en", Json.createObjectBuilder().add("type", "string")))
                .add("required", Json.createArrayBuilder().add("zh").add("en")).add("additionalProperties", false);
        var relation = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("kind", Json.createObjectBuilder().add("type", "string").add("enum", array(KINDS)))
                        .add("target", Json.createObjectBuilder().add("type", "string")))
                .add("required", Json.createArrayBuilder().add("kind").add("target")).add("additionalProperties", false);
        var claim = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("id", Json.createObjectBuilder().add("type", "string"))
                        .add("role", Json.createObjectBuilder().add("type", "string").add("enum", array(ROLES)))
                        .add("factor", Json.createObjectBuilder().add("type", "string"))
                        .add("quote", Json.createObjectBuilder().add("type", "string"))
                        .add("label", texts)
                        .add("statement", texts)
                        .add("relations", Json.createObjectBuilder().add("type", "array").add("items", relation)))
                .add("required", array(List.of("id", "role", "factor", "quote", "label", "statement", "relations")))
                .add("additionalProperties", false);
        return Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder().add("claims",
                        Json.createObjectBuilder().add("type", "array").add("items", claim)))
                .add("required", Json.createArrayBuilder().add("claims")).add("additionalProperties", false).build();
    }

    private static jakarta.json.JsonArrayBuilder array(List<String> values) {
        var a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    /** Reads the server's answer, keeping what anchors in the body. */
    Result read(String response, String body, String language) throws IOException {
        String lang = language.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        JsonObject answer;
        try (JsonReader r = Json.createReader(new StringReader(response))) {
            JsonObject envelope = r.readObject();
            String content = envelope.getJsonArray("choices").getJsonObject(0).getJsonObject("message").getString("content");
            // some servers wrap the JSON in a Markdown fence
            content = content.strip().replaceFirst("^```(json)?\\s*", "").replaceFirst("\\s*```$", "");
            try (JsonReader inner = Json.createReader(new StringReader(content))) {
                answer = inner.readObject();
            }
        } catch (JsonException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new IOException("the server's answer is not the JSON asked for: " + e.getMessage(), e);
        }
        JsonArray claims = answer.getJsonArray("claims");
        if (claims == null) {
            throw new IOException("the server's answer has no claims");
        }
        List<String> dropped = new ArrayList<>();
        Map<String, ProposedClaim> kept = new LinkedHashMap<>();
        Map<String, List<JsonObject>> relations = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonValue v : claims) {
            if (!(v instanceof JsonObject c)) {
                continue;
            }
            String id = c.getString("id", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String role = c.getString("role", "");
            String quote = c.getString("quote", "");
            if (id.isEmpty() || !ids.add(id)) {
                dropped.add("a claim without an id of its own (" + shorten(quote) + ")");
                continue;
            }
            if (!ROLES.contains(role)) {
                dropped.add(id + ": unknown role '" + role + "'");
                continue;
            }
            int at = quote.isEmpty() ? -1 : body.indexOf(quote);
            if (at < 0) {
                dropped.add(id + ": its quote is not in the text: \"" + shorten(quote) + "\"");
                continue;
            }
            String factor = c.getString("factor", "");
            Set<String> allowed = factorGroups.getOrDefault(role.equals("cause") ? "first-mover-advantage"
                    : role.equals("counterforce") ? "diffusion" : "", Set.of());
            if (!allowed.contains(factor)) {
                factor = null;
            }
            Map<String, String> label = texts(c.getJsonObject("label"));
            Map<String, String> statement = texts(c.getJsonObject("statement"));
            if (statement.isEmpty()) {
                statement = Map.of(lang, quote);
            }
            if (label.isEmpty()) {
                label = Map.of(lang, Drafter.abbreviate(quote));
            }
            kept.put(id, new ProposedClaim(id, role, factor, actors.apply(quote),
                    List.of(new ProposedClaim.Quote(quote, at, at + quote.length(), Drafter.occurrence(body, quote, at))),
                    label, statement, List.of(),
                    "proposed by the model; its quote anchors in the text"));
            JsonArray rs = c.getJsonArray("relations");
            relations.put(id, rs == null ? List.of() : rs.getValuesAs(JsonObject.class));
        }
        List<ProposedClaim> out = new ArrayList<>();
        for (ProposedClaim c : kept.values()) {
            List<ProposedClaim.Relation> rel = new ArrayList<>();
            for (JsonObject r : relations.getOrDefault(c.id(), List.of())) {
                String kind = r.getString("kind", "");
                String target = r.getString("target", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                if (KINDS.contains(kind) && kept.containsKey(target) && !target.equals(c.id())) {
                    rel.add(new ProposedClaim.Relation(kind, target, "Proposed by the model; review."));
                }
            }
            out.add(new ProposedClaim(c.id(), c.role(), c.factor(), c.actors(), c.quotes(), c.label(), c.statement(), rel, c.why()));
        }
        return new Result(out, claims.size(), dropped);
    }

    private static Map<String, String> texts(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o != null) {
            for (String lang : List.of("zh", "en")) {
                String t = o.getString(lang, "").strip();
                if (!t.isEmpty()) {
                    m.put(lang, t);
                }
            }
        }
        return m;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "…";
    }
}
