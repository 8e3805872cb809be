package space.orbit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A service's OpenAPI document as committed in {@code docs/api/<service>.json} (ADR
 * 0012): what the running service serves must be exactly it, and every request example in
 * it must be accepted by the service.
 */
public final class ApiDocument {

	/**
	 * {@code -Dorbit.api.write=true} (or ORBIT_API_WRITE=true) rewrites the documents.
	 */
	static final String WRITE = "orbit.api.write";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	private ApiDocument() {
	}

	/**
	 * Asserts the service on {@code port} serves, at {@code /v3/api-docs}, the committed
	 * document; with {@code -Dorbit.api.write=true} writes it instead.
	 */
	public static void assertServedAsCommitted(int port, String service) {
		Http.Response response = new Http(port).get("/v3/api-docs");
		assertThat(response.status()).as("GET /v3/api-docs of " + service).isEqualTo(200);
		JsonNode served = JSON.readTree(response.body());
		Path committed = path(service);
		if (writing()) {
			write(committed, served);
			return;
		}
		if (!Files.isRegularFile(committed)) {
			fail(committed + " does not exist: write it with -D" + WRITE + "=true (" + howToWrite(service)
					+ "), read it, and commit it");
		}
		List<String> differences = JsonDifferences.between(read(committed), served);
		if (!differences.isEmpty()) {
			fail("docs/api/" + service + ".json differs from what the service serves at /v3/api-docs ("
					+ differences.size() + " difference(s), first ones below). If the API change is intended, "
					+ howToWrite(service) + " and commit the document:\n  "
					+ String.join("\n  ", differences.subList(0, Math.min(25, differences.size()))));
		}
	}

	/**
	 * Sends every request-body example of the committed document (POST, PUT and PATCH
	 * operations, path and header parameters from their examples), then every GET whose
	 * parameters all have examples, and asserts each is accepted (2xx).
	 * @return what was sent, as "METHOD /path (example)"
	 */
	public static List<String> replayRequestExamples(int port, String service) {
		List<ExampleRequests.Request> requests = ExampleRequests.of(read(path(service)));
		Http http = new Http(port);
		List<String> sent = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (ExampleRequests.Request request : requests) {
			Http.Response response = request.send(http);
			sent.add(request.toString());
			if (response.status() / 100 != 2) {
				refused.add(request + " -> " + response.status() + " " + response.body());
			}
		}
		assertThat(refused).as("examples of docs/api/%s.json that %s refuses", service, service).isEmpty();
		return sent;
	}

	/** The committed document. */
	public static JsonNode committed(String service) {
		return read(path(service));
	}

	static Path path(String service) {
		return repositoryRoot().resolve("docs/api").resolve(service + ".json");
	}

	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException(
					"no repository root (with mvnw and docs/) above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	private static boolean writing() {
		return Boolean.parseBoolean(System.getProperty(WRITE))
				|| Boolean.parseBoolean(System.getenv("ORBIT_API_WRITE"));
	}

	private static String howToWrite(String service) {
		return "run its tests with ORBIT_API_WRITE=true (./mvnw -pl services/" + service + " -am verify -D" + WRITE
				+ "=true)";
	}

	private static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static void write(Path file, JsonNode document) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, JSON.writeValueAsString(document) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}
