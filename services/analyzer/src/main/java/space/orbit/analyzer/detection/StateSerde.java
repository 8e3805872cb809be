package space.orbit.analyzer.detection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state classes as compact JSON (fields, nulls left out): readable in the changelog,
 * and tolerant of fields added later.
 */
final class StateSerde<T> implements Serde<T> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultVisibility(
				visibility -> visibility.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
					.withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Class<T> type;

	StateSerde(Class<T> type) {
		this.type = type;
	}

	@Override
	public Serializer<T> serializer() {
		return (topic, value) -> (value != null) ? JSON.writeValueAsBytes(value) : null;
	}

	@Override
	public Deserializer<T> deserializer() {
		return (topic, bytes) -> (bytes != null) ? JSON.readValue(bytes, this.type) : null;
	}

}
