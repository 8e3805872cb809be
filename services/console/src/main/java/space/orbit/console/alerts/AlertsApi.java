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

	/** The newest alerts in any of these states, filtered, newest first. */
	List<Alert> list(List<String> states, String spacecraftId, String detector) {
		List<Alert> alerts = new ArrayList<>();
		for (String state : states) {
			StringBuilder query = new StringBuilder("/api/v1/alerts?limit=" + MAX + "&state=" + state);
			if (spacecraftId != null && !spacecraftId.isBlank()) {
				query.append("&spacecraftId=").append(encode(spacecraftId.strip()));
			}
			if (detector != null && !detector.isBlank()) {
				query.append("&detector=").append(encode(detector));
			}
			for (JsonNode item : this.analyzer.get(query.toString()).path("items")) {
				alerts.add(JSON.treeToValue(item, Alert.class));
			}
		}
		alerts.sort(Comparator.comparing(Alert::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return alerts;
	}

	Alert act(long id, AlertAction action, ActionBody body) {
		return JSON.treeToValue(this.analyzer.send("POST", "/api/v1/alerts/" + id + "/" + action.path(), body),
				Alert.class);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
