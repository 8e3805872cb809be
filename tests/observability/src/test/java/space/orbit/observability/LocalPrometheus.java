package space.orbit.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import space.orbit.test.ServiceProcess;

/**
 * The Prometheus of {@code ./orbit up --observe}, started and stopped by the very
 * functions {@code ./orbit} uses (tools/orbit/lib/observe.sh), with a state folder of its
 * own under target/ and a free port, scraping the given services.
 */
final class LocalPrometheus implements AutoCloseable {

	private static final String PRELUDE = """
			set -euo pipefail
			ORBIT_ROOT=$1
			source "$ORBIT_ROOT/tools/orbit/lib/common.sh"
			source "$ORBIT_ROOT/tools/orbit/lib/infra.sh"
			source "$ORBIT_ROOT/tools/orbit/lib/status.sh"
			ORBIT_STATE=$2 LOG_DIR=$2/logs PID_DIR=$2/pids ORBIT_PROMETHEUS_PORT=$3
			source "$ORBIT_ROOT/tools/orbit/lib/observe.sh"
			ensure_state_dirs
			shift 3
			""";

	private final Path state;

	private final int port;

	private LocalPrometheus(Path state, int port) {
		this.state = state;
		this.port = port;
	}

	/** Starts Prometheus scraping each service (name to port) on 127.0.0.1. */
	static LocalPrometheus start(Map<String, Integer> services) {
		Path state = Path.of("target", "orbit-state-" + System.currentTimeMillis()).toAbsolutePath();
		LocalPrometheus prometheus = new LocalPrometheus(state, ServiceProcess.freePort());
		List<String> targets = new ArrayList<>();
		services.forEach((name, port) -> targets.add(name + "=127.0.0.1:" + port));
		prometheus.bash("start_prometheus \"$@\"", targets);
		return prometheus;
	}

	int port() {
		return this.port;
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	Path renderedConfig() {
		return this.state.resolve("prometheus/prometheus.yml");
	}

	/** The PID ./orbit recorded, or -1 when there is no PID file. */
	long pid() {
		Path file = this.state.resolve("pids/prometheus.pid");
		try {
			return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stops it as {@code ./orbit down} does. */
	@Override
	public void close() {
		bash("stop_prometheus", List.of());
	}

	private String bash(String command, List<String> arguments) {
		List<String> line = new ArrayList<>(List.of("bash", "-c", PRELUDE + command, "bash", Repository.ROOT.toString(),
				this.state.toString(), Integer.toString(this.port)));
		line.addAll(arguments);
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " failed:\n" + output + "\n" + log());
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String log() {
		try {
			Path log = this.state.resolve("logs/prometheus.log");
			return Files.isRegularFile(log) ? Files.readString(log) : "(no log)";
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
	}

}
