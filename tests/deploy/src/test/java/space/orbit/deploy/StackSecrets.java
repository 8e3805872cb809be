package space.orbit.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets the Compose stack requires (ADR 0017, Deployment): a random secret per
 * OAuth 2 client of the auth service, and the first administrator's password file; as the
 * environment {@code docker-compose} reads, and tokens of those clients.
 */
final class StackSecrets {

	/** The auth service's clients, without {@code orbit-}. */
	static final List<String> CLIENTS = List.of("cli-viewer", "cli-operator", "cli-admin", "ingest", "worker",
			"dashboard", "dashboard-planner", "console", "simulator");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, String> secrets = new HashMap<>();

	private final Path adminPasswordFile;

	private StackSecrets(Path adminPasswordFile) {
		CLIENTS.forEach((client) -> this.secrets.put(client, random()));
		this.adminPasswordFile = adminPasswordFile;
	}

	/**
	 * New random secrets; the administrator's password in {@code folder}/admin-password.
	 * The folder is the owner's only (0700); the file is world-readable (0644) so that
	 * the images' user (10001) reads it where Compose mounts it, /run/secrets.
	 */
	static StackSecrets generate(Path folder) {
		try {
			Files.createDirectories(folder);
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			Path file = folder.resolve("admin-password");
			Files.writeString(file, random() + "\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
			return new StackSecrets(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first administrator's password, as the users service read it. */
	String adminPassword() {
		try {
			return Files.readString(this.adminPasswordFile).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The variables the Compose file requires. */
	Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		this.secrets.forEach((client, secret) -> env.put(variable(client), secret));
		env.put("ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE", this.adminPasswordFile.toString());
		return env;
	}

	/**
	 * A client-credentials token of {@code orbit-<client>} from the auth service on
	 * {@code authPort}.
	 */
	String token(int authPort, String client) {
		String basic = Base64.getEncoder()
			.encodeToString(("orbit-" + client + ":" + this.secrets.get(client)).getBytes(StandardCharsets.UTF_8));
		Http.Response answer = new Http(authPort).withHeader("Authorization", "Basic " + basic)
			.postAs("/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials");
		assertThat(answer.status()).as("token of orbit-%s: %s", client, answer.body()).isEqualTo(200);
		return answer.json().get("access_token").asString();
	}

	/** The auth service's variable for a client's secret: ORBIT_AUTH_CLI_ADMIN_SECRET. */
	static String variable(String client) {
		return "ORBIT_AUTH_" + client.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
