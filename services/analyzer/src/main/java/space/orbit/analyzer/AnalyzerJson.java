package space.orbit.analyzer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of what the analyzer puts on Kafka (alert events, rules): ISO-8601
 * instants and durations, unknown properties ignored so that readers survive additions.
 */
public final class AnalyzerJson {

	/** Thread-safe; shared. */
	public static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private AnalyzerJson() {
	}

}
