package space.orbit.kit.security;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.method.HandlerMethod;

/**
 * Writes into the OpenAPI document what the access annotations enforce (ADR 0017): the
 * {@code orbit} OAuth 2 scheme, and on each operation the role it needs as the scheme's
 * scope, with its 401 and 403 answers. Read from the same annotations method security
 * reads, so the document cannot say other than what is enforced.
 */
public class AccessDocumentation implements OperationCustomizer, OpenApiCustomizer {

	/** The scheme's name in every document. */
	public static final String SCHEME = "orbit";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final String issuer;

	public AccessDocumentation(String issuer) {
		this.issuer = issuer;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Roles.declaredBy(handler.getMethod()).ifPresent((role) -> {
			operation.setSecurity(List.of(new SecurityRequirement().addList(SCHEME, role)));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			responses.putIfAbsent("401", problem("No valid bearer token (none, expired, or not from the issuer)"));
			responses.putIfAbsent("403", problem("The token's roles do not include '" + role + "'"));
			operation.setResponses(responses);
		});
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		boolean secured = openApi.getPaths() != null && openApi.getPaths()
			.values()
			.stream()
			.flatMap((path) -> path.readOperations().stream())
			.anyMatch((operation) -> operation.getSecurity() != null && !operation.getSecurity().isEmpty());
		if (!secured) {
			return;
		}
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		Scopes scopes = new Scopes();
		scopes.addString(Roles.VIEWER, "Read: every GET of the APIs");
		scopes.addString(Roles.OPERATOR,
				"Act: acknowledge, shelve, comment; submit and cancel jobs; orders (includes viewer)");
		scopes.addString(Roles.ADMIN, "Change the mission database, the rules, users and API keys (includes operator)");
		Map<String, Object> machine = new TreeMap<>();
		openApi.getPaths()
			.values()
			.stream()
			.flatMap((path) -> path.readOperations().stream())
			.filter((operation) -> operation.getSecurity() != null)
			.flatMap((operation) -> operation.getSecurity().stream())
			.flatMap((requirement) -> requirement.getOrDefault(SCHEME, List.of()).stream())
			.filter((role) -> !Roles.PEOPLE.contains(role))
			.forEach((role) -> machine.put(role, role));
		machine.keySet().forEach((role) -> scopes.addString(role, "A machine role; no person's role includes it"));
		components.addSecuritySchemes(SCHEME,
				new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
					.description("A JWT from Orbit's auth service (ADR 0017), sent as 'Authorization: Bearer <token>'. "
							+ "Its 'roles' claim names its roles; a scope here is the role an operation needs.")
					.flows(new OAuthFlows()
						.authorizationCode(new OAuthFlow().authorizationUrl(this.issuer + "/oauth2/authorize")
							.tokenUrl(this.issuer + "/oauth2/token")
							.scopes(scopes))
						.clientCredentials(new OAuthFlow().tokenUrl(this.issuer + "/oauth2/token").scopes(scopes))));
		openApi.setComponents(components);
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

}
