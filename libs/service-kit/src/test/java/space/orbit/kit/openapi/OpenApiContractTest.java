package space.orbit.kit.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation's error answers, completed the same way. */
class OpenApiContractTest {

	@Test
	void anOperationWithABodyAndAPathVariableGetsEveryAnswerItCanGiveAsProblems() {
		Operation put = new Operation().operationId("putRule")
			.requestBody(new RequestBody().content(new Content().addMediaType("application/json", new MediaType())))
			.addParametersItem(new Parameter().name("id").in("path"))
			.responses(new ApiResponses().addApiResponse("200", ok())
				.addApiResponse("409", new ApiResponse().description("Taken").content(anything())));
		OpenAPI api = customised(new PathItem().put(put));

		ApiResponses responses = api.getPaths().get("/rules/{id}").getPut().getResponses();
		assertThat(responses.keySet()).containsExactly("200", "400", "404", "409", "415", "422", "500", "503");
		assertThat(responses.get("200").getContent().keySet()).containsExactly("application/json");
		assertThat(responses.get("409").getDescription()).isEqualTo("Taken");
		responses.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals("200"))
			.forEach((e) -> assertThat(e.getValue().getContent().get("application/problem+json").getSchema().get$ref())
				.as(e.getKey())
				.isEqualTo("#/components/schemas/Problem"));
	}

	@Test
	void aReadWithoutParametersGetsOnly500And503() {
		OpenAPI api = customised(
				new PathItem().get(new Operation().responses(new ApiResponses().addApiResponse("200", ok()))));

		assertThat(api.getPaths().get("/rules/{id}").getGet().getResponses().keySet()).containsExactly("200", "500",
				"503");
	}

	@Test
	void theServerIsFixedAndTheProblemSchemasAreThere() {
		OpenAPI api = customised(new PathItem());

		assertThat(api.getServers()).singleElement()
			.satisfies((s) -> assertThat(s.getUrl()).isEqualTo("http://127.0.0.1:8104"));
		assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "ProblemError");
		assertThat(api.getComponents().getSchemas().get("Problem").getRequired()).contains("type", "status", "detail");
	}

	private static OpenAPI customised(PathItem item) {
		OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/rules/{id}", item));
		new OpenApiContract("http://127.0.0.1:8104").customise(api);
		return api;
	}

	private static ApiResponse ok() {
		return new ApiResponse().description("OK")
			.content(new Content().addMediaType("application/json", new MediaType().schema(new Schema<>())));
	}

	private static Content anything() {
		return new Content().addMediaType("*/*", new MediaType().schema(new Schema<>().type("object")));
	}

}
