package space.orbit.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the checkout's commands ({@code ./orbit}, podman, docker-compose) with this
 * checkout's private podman configuration ({@code .orbit/podman}, as {@code ./orbit}
 * writes it), their output kept in {@code target/deploy-logs}.
 */
final class Commands {

	static final Path ROOT = Path.of(System.getProperty("orbit.root", "../..")).toAbsolutePath().normalize();

	private static final Path PODMAN_DIR = Path
		.of(System.getenv().getOrDefault("ORBIT_PODMAN_DIR", ROOT.resolve(".orbit/podman").toString()));

	private static final Path LOGS = Path.of("target/deploy-logs").toAbsolutePath();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> env = new HashMap<>();

	Commands(Map<String, String> env) {
		this.env.putAll(env);
		this.env.put("CONTAINERS_CONF", PODMAN_DIR.resolve("containers.conf").toString());
		this.env.put("CONTAINERS_STORAGE_CONF", PODMAN_DIR.resolve("storage.conf").toString());
		this.env.put("CONTAINERS_REGISTRIES_CONF", PODMAN_DIR.resolve("registries.conf").toString());
	}

	/** The result of a command: exit code and output (stdout and stderr together). */
	record Result(int exit, String output) {

		Result ok() {
			if (this.exit != 0) {
				throw new AssertionError("exit " + this.exit + ":\n" + tail(this.output));
			}
			return this;
		}

		JsonNode json() {
			return JSON.readTree(this.output);
		}

		List<String> lines() {
			return this.output.lines().filter((line) -> !line.isBlank()).toList();
		}

		private static String tail(String text) {
			List<String> lines = text.lines().toList();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}

	}

	/**
	 * Runs a command in the checkout, at most {@code timeout}; its output also goes to
	 * LOG.
	 */
	Result run(String log, Duration timeout, String... command) {
		try {
			Files.createDirectories(LOGS);
			Path out = LOGS.resolve(log + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(out.toFile());
			builder.environment().putAll(this.env);
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroy();
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
				throw new AssertionError(String.join(" ", command) + " took longer than " + timeout + " (log: " + out
						+ ")\n" + Files.readString(out));
			}
			return new Result(process.exitValue(), Files.readString(out));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** podman with this checkout's configuration. */
	Result podman(String... args) {
		List<String> command = new ArrayList<>(List.of("podman"));
		command.addAll(List.of(args));
		return run("podman", Duration.ofMinutes(2), command.toArray(String[]::new));
	}

	/** The services ./orbit knows (its SERVICES list): one image each. */
	static List<String> orbitServices() {
		try {
			String script = Files.readString(ROOT.resolve("orbit"));
			String list = script.substring(script.indexOf("SERVICES=("),
					script.indexOf(")", script.indexOf("SERVICES=(")));
			return list.lines()
				.map(String::strip)
				.filter((line) -> line.startsWith("\""))
				.map((line) -> line.substring(1, line.indexOf(':')))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
