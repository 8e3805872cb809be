package space.orbit.worker.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The job request in the document as clients (and openapi-generator) need it: a
 * {@code oneOf} whose discriminator {@code type} maps the names the server accepts
 * ({@code PASS_PREDICTION}...) to plain object schemas, each with its own {@code type}
 * property (one value, required). swagger-core would make each job type {@code allOf} the
 * {@code JobRequest} that is their {@code oneOf}, a cycle, and leave {@code type} out of
 * them.
 */
@Component
class JobRequestSchemas implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema<?> request = schemas.get("JobRequest");
		request.setProperties(null);
		request.setRequired(null);
		request.setType(null);
		request.setTypes(null);
		for (JsonSubTypes.Type type : JobRequest.class.getAnnotation(JsonSubTypes.class).value()) {
			String name = type.value().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name();
			schemas.put(name, flattened(schemas.get(name), type.name()));
		}
	}

	/** The job type's own properties, its {@code type} first, without the cycle. */
	private static Schema<?> flattened(Schema<?> composed, String type) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				new StringSchema()._enum(List.of(type)).description("The job type: " + type).example(type));
		List<String> required = new ArrayList<>(List.of("type"));
		List<Schema> parts = (composed.getAllOf() != null) ? composed.getAllOf() : List.of(composed);
		for (Schema<?> part : parts) {
			if (part.get$ref() == null && part.getProperties() != null) {
				properties.putAll(part.getProperties());
			}
		}
		if (composed.getRequired() != null) {
			required.addAll(composed.getRequired());
		}
		ObjectSchema flat = new ObjectSchema();
		flat.description(composed.getDescription()).properties(properties).required(required);
		return flat;
	}

}
