package space.orbit.ingest.security;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;
import space.orbit.kit.security.AccessDocumentation;

/**
 * Writes the API key into ingest's OpenAPI document: the {@value #SCHEME} scheme (header
 * {@code X-API-Key}) as the alternative to a token on every operation a ground station
 * may call. The kit's requirement stays first, so the role an operation declares is read
 * where it always is.
 */
@Component
class ApiKeyDocumentation implements OpenApiCustomizer {

	static final String SCHEME = "orbitApiKey";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		boolean used = false;
		for (var operation : openApi.getPaths()
			.values()
			.stream()
			.flatMap((p) -> p.readOperations().stream())
			.toList()) {
			List<SecurityRequirement> security = operation.getSecurity();
			if (security != null && security.stream()
				.anyMatch((r) -> r.getOrDefault(AccessDocumentation.SCHEME, List.of())
					.contains(ApiKeyAuthentication.GROUND_STATION))) {
				List<SecurityRequirement> either = new ArrayList<>(security);
				either.add(new SecurityRequirement().addList(SCHEME));
				operation.setSecurity(either);
				used = true;
			}
		}
		if (used) {
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name(ApiKeyAuthenticationFilter.HEADER)
				.description("A ground station's API key (orbk_<id>_<secret>), issued by an admin at the auth service; "
						+ "also accepted as 'Authorization: ApiKey <key>'. It may send only for the spacecraft it names."));
			openApi.setComponents(components);
		}
	}

}
