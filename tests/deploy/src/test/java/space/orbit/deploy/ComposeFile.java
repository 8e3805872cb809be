package space.orbit.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * deploy/compose/compose.yaml read as data: which services a profile runs (docker-compose
 * 1.29's {@code config --services} lists every service whatever the profile).
 */
final class ComposeFile {

	static final String PATH = "deploy/compose/compose.yaml";

	static final String LITE_ENV = "deploy/compose/lite.env";

	private ComposeFile() {
	}

	/**
	 * The services {@code --profile PROFILE} starts: those of no profile and those of it.
	 */
	static List<String> servicesOf(String profile) {
		try {
			JsonNode services = YAMLMapper.builder()
				.build()
				.readTree(Files.readString(Commands.ROOT.resolve(PATH)))
				.get("services");
			return services.propertyStream()
				.filter((service) -> runsWith(service.getValue(), profile))
				.map(Map.Entry::getKey)
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A service's health check command as the engine should hold it: from
	 * {@code docker-compose config} (anchors resolved), {@code $$} unescaped.
	 */
	static JsonNode healthcheck(String service) {
		String config = new Commands(requiredVariables())
			.run("config-resolved", Duration.ofMinutes(1), "docker-compose", "-f", PATH, "config")
			.ok()
			.output();
		JsonNode test = YAMLMapper.builder().build().readTree(config).at("/services/" + service + "/healthcheck/test");
		return YAMLMapper.builder().build().readTree(test.toString().replace("$$", "$"));
	}

	/** deploy/compose/lite.env's variables (the lite profile). */
	static Map<String, String> liteEnv() {
		try {
			Map<String, String> env = new TreeMap<>();
			for (String line : Files.readAllLines(Commands.ROOT.resolve(LITE_ENV))) {
				if (!line.isBlank() && !line.startsWith("#")) {
					env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
				}
			}
			return env;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Values for the variables the file requires (the clients' secrets, the
	 * administrator's password file): enough for {@code docker-compose config}.
	 */
	static Map<String, String> requiredVariables() {
		return StackSecrets.generate(Path.of("target/compose-config-secrets").toAbsolutePath()).environment();
	}

	private static boolean runsWith(JsonNode service, String profile) {
		JsonNode profiles = service.get("profiles");
		if (profiles == null) {
			return true;
		}
		for (JsonNode name : profiles) {
			if (name.asString().equals(profile)) {
				return true;
			}
		}
		return false;
	}

}
