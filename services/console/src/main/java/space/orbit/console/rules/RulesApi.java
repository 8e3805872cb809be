package space.orbit.console.rules;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;

/**
 * The analyzer's rules API ({@code /api/v1/rules}) and its backtest
 * ({@code POST /api/v1/rules/backtest}).
 */
@Component
class RulesApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the analyzer adds to a rule it serves, which a PUT does not take. */
	private static final List<String> SERVED_ONLY = List.of("version", "updatedAt", "updatedBy", "published");

	private final ServiceClient analyzer;

	RulesApi(ServiceClients clients) {
		this.analyzer = clients.analyzer();
	}

	/** Every rule, by id (following the pages). */
	List<JsonNode> list() {
		List<JsonNode> rules = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = this.analyzer
				.get("/api/v1/rules?limit=1000" + ((after != null) ? "&after=" + encode(after) : ""));
			page.path("items").forEach(rules::add);
			after = page.path("next").isString() ? page.path("next").asString() : null;
		}
		while (after != null);
		return rules;
	}

	/** Creates or replaces a rule; the analyzer's 422 points at what is wrong. */
	JsonNode put(String id, JsonNode rule) {
		return this.analyzer.send("PUT", "/api/v1/rules/" + encode(id), rule);
	}

	void delete(String id) {
		this.analyzer.send("DELETE", "/api/v1/rules/" + encode(id), null);
	}

	/** The alerts the rule would have raised over [from, to). */
	JsonNode backtest(JsonNode rule, Instant from, Instant to, String spacecraftId, List<String> parameters) {
		ObjectNode body = JSON.createObjectNode();
		body.set("rule", rule);
		body.put("from", from.toString());
		body.put("to", to.toString());
		if (spacecraftId != null && !spacecraftId.isBlank()) {
			body.put("spacecraftId", spacecraftId.strip());
		}
		if (!parameters.isEmpty()) {
			parameters.forEach(body.putArray("parameters")::add);
		}
		return this.analyzer.send("POST", "/api/v1/rules/backtest", body);
	}

	/** A served rule as a PUT takes it: without what the analyzer adds. */
	static ObjectNode editable(JsonNode served) {
		ObjectNode rule = (ObjectNode) served.deepCopy();
		SERVED_ONLY.forEach(rule::remove);
		withoutNulls(rule);
		return rule;
	}

	/** A null field is a field left out: the editor shows neither. */
	private static void withoutNulls(ObjectNode node) {
		List<String> nulls = new ArrayList<>();
		node.properties().forEach(field -> {
			if (field.getValue().isNull()) {
				nulls.add(field.getKey());
			}
			else if (field.getValue() instanceof ObjectNode child) {
				withoutNulls(child);
			}
		});
		nulls.forEach(node::remove);
	}

	static String pretty(JsonNode node) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
