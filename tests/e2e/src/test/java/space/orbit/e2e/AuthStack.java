package space.orbit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

/**
 * The real auth service and the users service behind its login page, each its own JVM on
 * this machine's PostgreSQL and NATS (names unique to the class), for the tests that log
 * in (ADR 0017): configure the clients and settings, {@link #start} them with a first
 * administrator, start the services under test with {@link #trust()}, close it last.
 */
final class AuthStack implements AutoCloseable {

	final TestPostgres authPostgres;

	final TestPostgres usersPostgres;

	final TestNats nats;

	private final Path secrets;

	private final int authPort = ServiceProcess.freePort();

	private final int usersPort = ServiceProcess.freePort();

	private final Map<String, String> clientSecrets = new LinkedHashMap<>();

	private final Map<String, String> authEnvironment = new HashMap<>();

	private final Map<String, String> authProperties = new HashMap<>();

	private final Map<String, String> usersProperties = new HashMap<>();

	private ServiceProcess auth;

	private ServiceProcess users;

	/**
	 * @param name this class's part of the schema, stream and directory names
	 */
	AuthStack(String name) {
		this.authPostgres = TestPostgres.newSchema("auth_" + name.replace('-', '_'));
		this.usersPostgres = TestPostgres.newSchema("users_" + name.replace('-', '_'));
		this.nats = TestNats.withUniqueStream("users-" + name.replace('_', '-'));
		try {
			this.secrets = Files.createTempDirectory("orbit-" + name + "-");
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot make a directory for the auth service's key", ex);
		}
	}

	/** The auth service's address: its issuer, as every token's {@code iss}. */
	String url() {
		return "http://127.0.0.1:" + this.authPort;
	}

	String usersUrl() {
		return "http://127.0.0.1:" + this.usersPort;
	}

	/**
	 * The environment of a service that trusts this auth service, security on, on this
	 * machine's PostgreSQL; a new map each time, for the caller to add to.
	 */
	Map<String, String> trust() {
		return new HashMap<>(Map.of("ORBIT_AUTH_ISSUER", url(), "ORBIT_AUTH_JWKS_URI", url() + "/oauth2/jwks",
				"ORBIT_AUTH_TOKEN_URI", url() + "/oauth2/token", "ORBIT_AUTH_URL", url(), "ORBIT_SECURITY_ENABLED",
				"true", "ORBIT_POSTGRES_URL", TestPostgres.URL, "ORBIT_POSTGRES_USER", TestPostgres.USER));
	}

	/**
	 * Registers one of the auth service's configured clients ({@code cli-admin},
	 * {@code console}, …) with a fresh secret, as {@code ./orbit up} does with
	 * {@code ORBIT_AUTH_<CLIENT>_SECRET}; returns the secret.
	 */
	String client(String client) {
		return this.clientSecrets.computeIfAbsent(client, (name) -> "e2e-secret-" + name + "-" + System.nanoTime());
	}

	/** Where the auth service may send {@code client}'s authorization codes. */
	AuthStack redirect(String client, String uri) {
		this.authEnvironment.put("ORBIT_AUTH_" + variable(client) + "_REDIRECT_URIS", uri);
		return this;
	}

	AuthStack authProperty(String name, String value) {
		this.authProperties.put(name, value);
		return this;
	}

	AuthStack usersProperty(String name, String value) {
		this.usersProperties.put(name, value);
		return this;
	}

	/**
	 * Starts both (without waiting: {@link #awaitReady}); the users service ensures the
	 * first administrator with {@code adminPassword} at its start.
	 */
	void start(String adminEmail, String adminPassword) throws IOException {
		Path password = Files.writeString(this.secrets.resolve("admin-password"), adminPassword + "\n");
		Map<String, String> authEnvironment = trust();
		authEnvironment.put("ORBIT_AUTH_KEY_FILE", this.secrets.resolve("signing-key.pem").toString());
		authEnvironment.put("ORBIT_USERS_URL", usersUrl());
		this.clientSecrets
			.forEach((client, secret) -> authEnvironment.put("ORBIT_AUTH_" + variable(client) + "_SECRET", secret));
		authEnvironment.putAll(this.authEnvironment);
		Map<String, String> authProperties = new HashMap<>(this.authProperties);
		authProperties.put("orbit.auth.schema", this.authPostgres.schema());
		this.auth = ServiceProcess.start("auth", Spine.jar("auth"), this.authPort, authEnvironment, authProperties,
				Spine.logs());

		Map<String, String> usersEnvironment = trust();
		usersEnvironment.put("ORBIT_BOOTSTRAP_ADMIN_EMAIL", adminEmail);
		usersEnvironment.put("ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE", password.toString());
		Map<String, String> usersProperties = new HashMap<>(this.nats.properties());
		usersProperties.put("orbit.users.schema", this.usersPostgres.schema());
		usersProperties.putAll(this.usersProperties);
		this.users = ServiceProcess.start("users", Spine.jar("users"), this.usersPort, usersEnvironment,
				usersProperties, Spine.logs());
	}

	/** Waits for both, each up to {@link ServiceProcess#STARTUP}. */
	void awaitReady() {
		this.auth.awaitReady();
		this.users.awaitReady();
	}

	ServiceProcess auth() {
		return this.auth;
	}

	ServiceProcess users() {
		return this.users;
	}

	private static String variable(String client) {
		return client.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	@Override
	public void close() throws IOException {
		for (ServiceProcess service : new ServiceProcess[] { this.users, this.auth }) {
			if (service != null) {
				service.close();
			}
		}
		this.nats.close();
		this.usersPostgres.close();
		this.authPostgres.close();
		try (var files = Files.list(this.secrets)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(this.secrets);
	}

}
