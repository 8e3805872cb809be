package space.orbit.console.flight;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;

/** The worker's jobs API ({@code /api/v1/jobs}) and the spacecraft a job may name. */
@Component
class JobsApi {

	private final ServiceClient worker;

	private final ServiceClient processor;

	JobsApi(ServiceClients clients) {
		this.worker = clients.worker();
		this.processor = clients.processor();
	}

	/** Submits a job; returns its id. */
	String submit(Object request) {
		return this.worker.send("POST", "/api/v1/jobs", request).path("id").asString();
	}

	JsonNode job(String id) {
		return this.worker.get("/api/v1/jobs/" + id);
	}

	void cancel(String id) {
		this.worker.send("DELETE", "/api/v1/jobs/" + id, null);
	}

	/** The mission database's spacecraft ids (first 500). */
	List<String> spacecraftIds() {
		List<String> ids = new ArrayList<>();
		for (JsonNode item : this.processor.get("/api/v1/spacecraft?limit=500").path("items")) {
			ids.add(item.path("id").asString());
		}
		return ids;
	}

}
