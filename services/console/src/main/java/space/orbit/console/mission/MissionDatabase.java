package space.orbit.console.mission;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;
import space.orbit.console.mission.MissionRecords.AuditEntry;
import space.orbit.console.mission.MissionRecords.AuditPage;
import space.orbit.console.mission.MissionRecords.Mission;
import space.orbit.console.mission.MissionRecords.MissionBody;
import space.orbit.console.mission.MissionRecords.Parameter;
import space.orbit.console.mission.MissionRecords.ParameterBody;
import space.orbit.console.mission.MissionRecords.Spacecraft;
import space.orbit.console.mission.MissionRecords.SpacecraftBody;

/**
 * The processor's mission database API ({@code /api/v1/missions, spacecraft, parameters})
 * and its audit trail ({@code /api/v1/registry/audit}).
 */
@Component
class MissionDatabase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int PAGE = 500;

	private final ServiceClient processor;

	MissionDatabase(ServiceClients clients) {
		this.processor = clients.processor();
	}

	List<Mission> missions() {
		return all("/api/v1/missions?", Mission.class);
	}

	List<Spacecraft> spacecraft() {
		return all("/api/v1/spacecraft?", Spacecraft.class);
	}

	List<Parameter> parameters(String missionId) {
		String filter = (missionId != null) ? "missionId=" + encode(missionId) + "&" : "";
		return all("/api/v1/parameters?" + filter, Parameter.class);
	}

	Parameter parameter(String missionId, String name) {
		return this.processor.get("/api/v1/parameters/" + encode(missionId) + "/" + encode(name), Parameter.class);
	}

	Mission put(MissionBody mission) {
		return read(this.processor.send("PUT", "/api/v1/missions/" + encode(mission.id()), mission), Mission.class);
	}

	Spacecraft put(SpacecraftBody spacecraft) {
		return read(this.processor.send("PUT", "/api/v1/spacecraft/" + encode(spacecraft.id()), spacecraft),
				Spacecraft.class);
	}

	Parameter put(ParameterBody parameter) {
		return read(this.processor.send("PUT",
				"/api/v1/parameters/" + encode(parameter.missionId()) + "/" + encode(parameter.name()), parameter),
				Parameter.class);
	}

	/**
	 * One page of the audit trail, newest first, of one kind of record and one record
	 * (nulls: all), after the cursor {@code after} (null: the newest).
	 */
	AuditPage audit(String kind, String entityId, String after, int limit) {
		StringBuilder query = new StringBuilder("/api/v1/registry/audit?limit=").append(limit);
		if (kind != null) {
			query.append("&kind=").append(encode(kind));
		}
		if (entityId != null) {
			query.append("&entityId=").append(encode(entityId));
		}
		if (after != null) {
			query.append("&after=").append(encode(after));
		}
		JsonNode answer = this.processor.get(query.toString());
		List<AuditEntry> items = new ArrayList<>();
		answer.path("items").forEach((item) -> items.add(read(item, AuditEntry.class)));
		return new AuditPage(items, answer.path("next").asString(null));
	}

	private <T> List<T> all(String pathAndFilter, Class<T> type) {
		List<T> items = new ArrayList<>();
		String after = null;
		do {
			String page = pathAndFilter + "limit=" + PAGE + ((after != null) ? "&after=" + encode(after) : "");
			JsonNode answer = this.processor.get(page);
			for (JsonNode item : answer.path("items")) {
				items.add(read(item, type));
			}
			after = answer.path("next").asString(null);
		}
		while (after != null);
		return items;
	}

	private static <T> T read(JsonNode node, Class<T> type) {
		return JSON.treeToValue(node, type);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
