package space.orbit.processor.registry;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;
import space.orbit.registry.LookupTable;
import space.orbit.registry.Polynomial;

/**
 * What the document cannot learn from libs/registry-model's records: which fields every
 * record the API answers has, and the calibration's discriminator values as the service
 * accepts them ({@code POLYNOMIAL}, {@code LOOKUP}), not its Java names.
 */
@Component
class RegistrySchemas implements OpenApiCustomizer {

	private static final String SCHEMAS = "#/components/schemas/";

	/** The fields every record of the API's answers has. */
	private static final Map<String, List<String>> ANSWERED = Map.of("RegistryViewMission",
			List.of("id", "name", "version", "updatedAt"), "RegistryViewSpacecraft",
			List.of("id", "missionId", "name", "version", "updatedAt"), "RegistryViewParameterDefinition",
			List.of("missionId", "name", "subsystem", "rawType", "version", "updatedAt"));

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		ANSWERED.forEach((name, required) -> {
			if (schemas.containsKey(name)) {
				schemas.get(name).setRequired(required);
			}
		});
		Schema<?> calibration = schemas.get("Calibration");
		if (calibration != null) {
			calibration.setDiscriminator(new Discriminator().propertyName("type")
				.mapping(Polynomial.TYPE, SCHEMAS + "Polynomial")
				.mapping(LookupTable.TYPE, SCHEMAS + "LookupTable"));
			Schema<String> type = calibration.getProperties().get("type");
			type.setEnum(List.of(Polynomial.TYPE, LookupTable.TYPE));
			type.setDescription("POLYNOMIAL: coefficients c0, c1, ... (c0 + c1 raw + ...); LOOKUP: points, "
					+ "interpolated linearly");
		}
	}

}
