package space.orbit.console.alerts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.console.alerts.AlertRecords.ActionBody;
import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.alerts.AlertRecords.BulkResult;
import space.orbit.console.alerts.AlertRecords.LogEntry;
import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;

/** The analyzer's alerts API ({@code /api/v1/alerts}). */
@Component
class AlertsApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The most alerts one view lists (the API's largest page). */
	static final int MAX = 500;

	private final ServiceClient analyzer;

	AlertsApi(ServiceClients clients) {
		this.analyzer = clients.analyzer();
	}

	/**
	 * The newest alerts in any of these states, filtered (a null or blank filter is
	 * none), newest first.
	 */
	List<Alert> list(List<String> states, Filter filter) {
		List<Alert> alerts = new ArrayList<>();
		for (String state : states) {
			StringBuilder query = new StringBuilder("/api/v1/alerts?limit=" + MAX + "&state=" + state);
			append(query, "spacecraftId", filter.spacecraftId());
			append(query, "severity", filter.severity());
			append(query, "detector", filter.detector());
			append(query, "assignee", filter.assignee());
			append(query, "tag", filter.tag());
			for (JsonNode item : this.analyzer.get(query.toString()).path("items")) {
				alerts.add(JSON.treeToValue(item, Alert.class));
			}
		}
		alerts.sort(Comparator.comparing(Alert::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return alerts;
	}

	/** One action on many alerts: each done or refused on its own. */
	BulkResult act(ActionBody body) {
		return JSON.treeToValue(this.analyzer.send("POST", "/api/v1/alerts/actions", body), BulkResult.class);
	}

	/** The alert's action log, oldest first (its first {@value #MAX} entries). */
	List<LogEntry> log(long id) {
		List<LogEntry> entries = new ArrayList<>();
		for (JsonNode item : this.analyzer.get("/api/v1/alerts/" + id + "/actions?limit=" + MAX).path("items")) {
			entries.add(JSON.treeToValue(item, LogEntry.class));
		}
		return entries;
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.append('&').append(name).append('=').append(encode(value.strip()));
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** What to list; null or blank is no filter. */
	record Filter(String spacecraftId, String severity, String detector, String assignee, String tag) {
	}

}
