package space.orbit.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every PromQL query Orbit ships: each alert and recording rule's {@code expr}, and each
 * Prometheus target of each Grafana dashboard panel (rows included).
 */
final class Queries {

	static final ObjectMapper JSON = new ObjectMapper();

	/** A query and where it comes from. */
	record Query(String source, String expression) {
	}

	private Queries() {
	}

	static List<Query> all() {
		List<Query> queries = new ArrayList<>(rules());
		queries.addAll(dashboards());
		return queries;
	}

	static List<Query> rules() {
		return Repository.rules()
			.stream()
			.map((rule) -> new Query("rule " + rule.getOrDefault("alert", rule.get("record")),
					(String) rule.get("expr")))
			.toList();
	}

	/** The names recording rules define. */
	static Set<String> recorded() {
		return Repository.rules()
			.stream()
			.filter((rule) -> rule.containsKey("record"))
			.map((rule) -> (String) rule.get("record"))
			.collect(Collectors.toSet());
	}

	static List<Path> dashboardFiles() {
		Path folder = Repository.GRAFANA.resolve("dashboards");
		return Files.isDirectory(folder) ? Repository.files(folder, ".json") : List.of();
	}

	static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

	static List<Query> dashboards() {
		List<Query> queries = new ArrayList<>();
		for (Path file : dashboardFiles()) {
			JsonNode dashboard = read(file);
			for (JsonNode panel : panels(dashboard)) {
				for (JsonNode target : panel.path("targets")) {
					String type = target.path("datasource")
						.path("type")
						.asString(panel.path("datasource").path("type").asString(""));
					if (target.hasNonNull("expr") && "prometheus".equals(type)) {
						queries.add(new Query(file.getFileName() + " panel \"" + panel.path("title").asString() + "\"",
								target.get("expr").asString()));
					}
				}
			}
		}
		return queries;
	}

	/** The panels of a dashboard, those inside rows too. */
	static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			panels.add(panel);
			panel.path("panels").forEach(panels::add);
		}
		return panels;
	}

}
