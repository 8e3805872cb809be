package space.orbit.simulator.send;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads ingest's 202 answer, {@code {"frames":1,"samples":3,"batchId":"..."}}. */
final class AcceptedBody {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AcceptedBody() {
	}

	/**
	 * The samples ingest says it accepted, or {@code sent} when the body does not say.
	 */
	static long samples(byte[] body, long sent) {
		try {
			JsonNode samples = JSON.readTree(body).get("samples");
			return (samples != null && samples.canConvertToLong()) ? samples.asLong() : sent;
		}
		catch (JacksonException ex) {
			return sent;
		}
	}

}
