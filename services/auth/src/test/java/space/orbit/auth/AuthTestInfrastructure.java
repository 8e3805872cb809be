package space.orbit.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points an auth service under test at this machine's real PostgreSQL (a schema of its
 * own), a signing key file in a temporary directory, a port chosen beforehand (so the
 * issuer names it), and a {@link UsersServiceStandIn stand-in} of the users service's
 * password check. Machine clients get test secrets; {@code orbit-worker} none, so it must
 * be left out.
 */
public abstract class AuthTestInfrastructure {

	protected static final TestPostgres postgres = TestPostgres.newSchema("auth_it");

	protected static final Path keyDirectory = temporaryDirectory();

	protected static final Path keyFile = keyDirectory.resolve("secrets/auth-signing-key.pem");

	protected static final int port = ServiceProcess.freePort();

	protected static final String issuer = "http://127.0.0.1:" + port;

	protected static final UsersServiceStandIn.Person ada = new UsersServiceStandIn.Person(
			"3f1c2a9e-6d1b-4f57-9a47-0b9b6f1f4c11", "ada@orbit.space", "correct horse battery staple", "Ada Lovelace",
			"operator");

	protected static final UsersServiceStandIn users = UsersServiceStandIn.knowing(ada);

	protected static final String REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/orbit";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/** Everything the service under test is given. */
	protected static Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", Integer.toString(port));
		properties.put("orbit.auth.issuer", issuer);
		properties.put("orbit.auth.key-file", keyFile.toString());
		properties.put("orbit.auth.users-url", users.url());
		properties.put("spring.datasource.url", postgres.url());
		properties.put("orbit.auth.schema", postgres.schema());
		properties.put("logging.structured.format.console", "");
		for (String client : new String[] { "orbit-dashboard", "orbit-console", "orbit-cli-viewer",
				"orbit-cli-operator", "orbit-cli-admin", "orbit-ingest", "orbit-simulator",
				"orbit-dashboard-planner" }) {
			properties.put("orbit.auth.clients." + client + ".secret", secretOf(client));
		}
		properties.put("orbit.auth.clients.orbit-dashboard.redirect-uris", REDIRECT_URI);
		return properties;
	}

	/** Another auth service, on a port of its own, with these settings changed. */
	protected static ConfigurableApplicationContext startAnother(Map<String, String> changes) {
		Map<String, String> properties = new LinkedHashMap<>(properties());
		properties.put("server.port", "0");
		properties.putAll(changes);
		// As arguments: they take precedence over application.yml, as the test's own do.
		return new SpringApplicationBuilder(AuthApplication.class).run(properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new));
	}

	protected static String secretOf(String client) {
		return "it-secret-of-" + client;
	}

	/** A token of a machine client (client credentials), from the service on a port. */
	protected static JsonNode clientCredentials(int port, String client) {
		HttpResponse<String> response = tokenRequest(port, client, secretOf(client), "grant_type=client_credentials");
		assertThat(response.statusCode()).as("token of %s: %s", client, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** The access token of a machine client. */
	protected static String accessToken(String client) {
		return clientCredentials(port, client).get("access_token").asString();
	}

	/** A POST to the token endpoint, authenticated as the client (HTTP Basic). */
	protected static HttpResponse<String> tokenRequest(int port, String client, String secret, String form) {
		String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("orbit-auth-it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void cleanUp() {
		postgres.close();
	}

}
