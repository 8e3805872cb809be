package space.orbit.console.history;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;

/**
 * The enricher's archive API ({@code /api/v1/archive/samples, steps, export}) and, to
 * offer names, the processor's spacecraft and parameters.
 */
@Component
class ArchiveClient {

	/** Raw samples the view reads per parameter; the export has no limit. */
	static final int RAW_SHOWN = 5_000;

	private final ServiceClient enricher;

	private final ServiceClient processor;

	ArchiveClient(ServiceClients clients) {
		this.enricher = clients.enricher();
		this.processor = clients.processor();
	}

	/** The spacecraft of the mission database, by id. */
	List<String> spacecraft() {
		List<String> ids = new ArrayList<>();
		this.processor.get("/api/v1/spacecraft?limit=500")
			.path("items")
			.forEach((s) -> ids.add(s.path("id").asString()));
		return ids;
	}

	/**
	 * The parameters of the spacecraft's mission; none for a spacecraft it does not know.
	 */
	List<String> parameters(String spacecraftId) {
		String mission = null;
		for (JsonNode spacecraft : this.processor.get("/api/v1/spacecraft?limit=500").path("items")) {
			if (spacecraft.path("id").asString("").equals(spacecraftId)) {
				mission = spacecraft.path("missionId").asString(null);
			}
		}
		List<String> names = new ArrayList<>();
		if (mission != null) {
			this.processor.get("/api/v1/parameters?limit=500&missionId=" + HistoryQuery.encode(mission))
				.path("items")
				.forEach((p) -> names.add(p.path("name").asString()));
		}
		return names;
	}

	/** The first {@link #RAW_SHOWN} raw samples, or the steps, of one parameter. */
	ArchiveSeries read(HistoryQuery query, String parameter) {
		String common = query.range() + "&parameter=" + HistoryQuery.encode(parameter);
		if (query.reduced()) {
			JsonNode page = this.enricher
				.get("/api/v1/archive/steps?" + common + "&step=" + HistoryQuery.encode(query.step()));
			List<ArchiveSeries.Point> points = new ArrayList<>();
			page.path("items")
				.forEach((step) -> points
					.add(new ArchiveSeries.Point(step.path("from").asString(), null, number(step.get("avg")),
							step.path("count").asLong(), number(step.get("min")), number(step.get("max")))));
			return new ArchiveSeries(parameter, page.path("metadata").path("unit").asString(null), points, false);
		}
		JsonNode page = this.enricher.get("/api/v1/archive/samples?" + common + "&limit=" + RAW_SHOWN);
		List<ArchiveSeries.Point> points = new ArrayList<>();
		page.path("items").forEach((sample) -> {
			JsonNode raw = sample.get("raw");
			points.add(new ArchiveSeries.Point(sample.path("timestamp").asString(),
					(raw != null && !raw.isNull()) ? (raw.isString() ? raw.asString() : raw.toString()) : null,
					number(sample.get("eng")), 1, null, null));
		});
		return new ArchiveSeries(parameter, page.path("metadata").path("unit").asString(null), points,
				page.has("next"));
	}

	/** The export as it streams from the enricher, with its row count in a header. */
	HttpResponse<InputStream> export(HistoryQuery query) {
		return this.enricher.stream("/api/v1/archive/export?" + query.export(), "text/csv");
	}

	private static Double number(JsonNode value) {
		return (value != null && value.isNumber()) ? value.asDouble() : null;
	}

}
