package space.orbit.observability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grafana's provisioning without a Grafana (none runs here): the data sources have their
 * fixed uids and link to each other, and every dashboard is Grafana dashboard JSON of the
 * provisioned schema version whose every data source reference resolves to a provisioned
 * data source of the same type.
 */
class GrafanaProvisioningTest {

	/** The dashboard schema of Grafana 11.0, which the provisioning targets (README). */
	static final int SCHEMA_VERSION = 39;

	static final Set<String> PANEL_TYPES = Set.of("row", "timeseries", "stat", "heatmap", "logs", "nodeGraph", "table",
			"gauge", "bargauge", "text");

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> dataSources() {
		Map<String, Object> file = Repository.yaml(Repository.GRAFANA.resolve("provisioning/datasources/orbit.yml"));
		Map<String, Map<String, Object>> byUid = new HashMap<>();
		for (Map<String, Object> source : (List<Map<String, Object>>) file.get("datasources")) {
			assertThat(byUid.put((String) source.get("uid"), source)).as("uid %s twice", source.get("uid")).isNull();
		}
		return byUid;
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDataSourcesHaveFixedUidsAndLinkBothWays() {
		Map<String, Map<String, Object>> sources = dataSources();
		assertThat(sources).containsOnlyKeys("orbit-prometheus", "orbit-tempo", "orbit-loki", "orbit-elasticsearch");
		Map<String, Object> prometheus = json(sources, "orbit-prometheus");
		Map<String, Object> tempo = json(sources, "orbit-tempo");
		Map<String, Object> loki = json(sources, "orbit-loki");
		Map<String, Object> elasticsearch = json(sources, "orbit-elasticsearch");
		// metric exemplars -> traces
		assertLinks(sources, ((List<Map<String, Object>>) prometheus.get("exemplarTraceIdDestinations")).get(0),
				"tempo");
		// traces -> logs, metrics and the service map
		assertLinks(sources, (Map<String, Object>) tempo.get("tracesToLogsV2"), "loki");
		assertLinks(sources, (Map<String, Object>) tempo.get("tracesToMetrics"), "prometheus");
		assertLinks(sources, (Map<String, Object>) tempo.get("serviceMap"), "prometheus");
		// trace_id in log lines -> traces
		Map<String, Object> derived = ((List<Map<String, Object>>) loki.get("derivedFields")).get(0);
		assertThat(derived).containsEntry("name", "trace_id");
		assertThat("{\"message\":\"stored\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}")
			.containsPattern((String) derived.get("matcherRegex"));
		assertLinks(sources, derived, "tempo");
		Map<String, Object> link = ((List<Map<String, Object>>) elasticsearch.get("dataLinks")).get(0);
		assertThat(link).containsEntry("field", "trace_id");
		assertLinks(sources, link, "tempo");
	}

	@Test
	void everyDashboardIsGrafanaJsonOfTheProvisionedSchemaAndItsDataSourcesResolve() {
		Map<String, Map<String, Object>> sources = dataSources();
		List<Path> files = Queries.dashboardFiles();
		assertThat(files).extracting((f) -> f.getFileName().toString())
			.contains("orbit-overview.json", "orbit-telemetry-pipeline.json", "orbit-alerts.json",
					"orbit-compute-jobs.json", "orbit-logistics.json", "orbit-jvm.json", "orbit-logs.json");
		Set<String> uids = new HashSet<>();
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			JsonNode dashboard = Queries.read(file);
			String name = file.getFileName().toString();
			assertThat(dashboard.path("schemaVersion").asInt()).as(name + " schemaVersion").isEqualTo(SCHEMA_VERSION);
			assertThat(dashboard.path("title").asString()).as(name + " title").isNotBlank();
			assertThat(uids.add(dashboard.path("uid").asString())).as(name + " uid unique").isTrue();
			assertThat(dashboard.path("uid").asString()).as(name + " uid").matches("[a-z0-9-]{1,40}");
			Set<Integer> ids = new HashSet<>();
			for (JsonNode panel : Queries.panels(dashboard)) {
				String where = name + " panel " + panel.path("id").asInt() + " \"" + panel.path("title").asString()
						+ "\"";
				if (!ids.add(panel.path("id").asInt())) {
					problems.add(where + ": id twice");
				}
				if (!PANEL_TYPES.contains(panel.path("type").asString())) {
					problems.add(where + ": unknown type " + panel.path("type"));
				}
				for (String key : List.of("x", "y", "w", "h")) {
					if (!panel.path("gridPos").path(key).isInt()) {
						problems.add(where + ": gridPos." + key + " missing");
					}
				}
				if (!"row".equals(panel.path("type").asString())) {
					resolve(sources, panel.path("datasource"), where, problems);
					if (panel.path("targets").isEmpty()) {
						problems.add(where + ": no targets");
					}
					panel.path("targets").forEach((t) -> resolve(sources, t.path("datasource"), where, problems));
				}
			}
			for (JsonNode variable : dashboard.path("templating").path("list")) {
				if (variable.has("datasource")) {
					resolve(sources, variable.path("datasource"), name + " variable " + variable.path("name"),
							problems);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void resolve(Map<String, Map<String, Object>> sources, JsonNode reference, String where,
			List<String> problems) {
		Map<String, Object> source = sources.get(reference.path("uid").asString());
		if (source == null) {
			problems.add(where + ": data source uid " + reference.path("uid") + " is not provisioned");
		}
		else if (!source.get("type").equals(reference.path("type").asString())) {
			problems.add(where + ": data source " + reference.path("uid") + " is a " + source.get("type") + ", not a "
					+ reference.path("type"));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(Map<String, Map<String, Object>> sources, String uid) {
		return (Map<String, Object>) sources.get(uid).get("jsonData");
	}

	private static void assertLinks(Map<String, Map<String, Object>> sources, Map<String, Object> link, String type) {
		assertThat(link).as("a link to a %s data source", type).isNotNull();
		Map<String, Object> target = sources.get((String) link.get("datasourceUid"));
		assertThat(target).as("data source %s", link.get("datasourceUid")).isNotNull();
		assertThat(target.get("type")).isEqualTo(type);
	}

}
