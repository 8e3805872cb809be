package space.orbit.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restarts of this machine's own PostgreSQL, RabbitMQ and NATS (PLATFORM.md: how each is
 * started), for fault tests. Each restart returns only once the broker accepts
 * connections again, and tries to start it again whatever went wrong: the brokers are
 * shared with everything else on the machine, so an outage is kept to seconds.
 */
public final class MachineBrokers {

	private static final Pattern PID = Pattern.compile("pid=(\\d+)");

	private MachineBrokers() {
	}

	/**
	 * {@code pg_ctlcluster ... restart -m fast}: connections are cut, in-flight
	 * transactions roll back; what was committed stays.
	 */
	public static Duration restartPostgres() {
		long start = System.nanoTime();
		String version = postgresVersion();
		try {
			run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"), 120);
		}
		finally {
			if (!listening(5432)) {
				run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"), 120);
			}
		}
		awaitListening(5432, Duration.ofSeconds(60));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * The RabbitMQ application stopped and started again in its running Erlang node
	 * ({@code rabbitmqctl stop_app; start_app}): every connection is closed, durable
	 * queues and their persistent messages survive, as after a broker restart.
	 */
	public static Duration restartRabbit() {
		long start = System.nanoTime();
		try {
			run(List.of("rabbitmqctl", "stop_app"), 120);
		}
		finally {
			run(List.of("rabbitmqctl", "start_app"), 180);
		}
		awaitListening(5672, Duration.ofSeconds(60));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * The nats-server listening on 4222 stopped (SIGTERM to its PID) and started again
	 * with PLATFORM.md's arguments, with JetStream on its same store.
	 */
	public static Duration restartNats() {
		long start = System.nanoTime();
		long pid = listenerPid(4222);
		try {
			run(List.of("kill", "-TERM", Long.toString(pid)), 10);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
				Processes.sleep(50);
			}
		}
		finally {
			// Started in a session of its own (setsid -f), not through start-stop-daemon
			// --oknodo: that finds any nats-server running (one in a container, say) and
			// then starts none.
			if (!listening(4222)) {
				detach(List.of("setsid", "-f", "/usr/sbin/nats-server", "-a", "127.0.0.1", "-p", "4222", "-js", "-sd",
						"/var/lib/nats-server", "-l", "/var/log/nats-server.log"));
			}
		}
		awaitListening(4222, Duration.ofSeconds(30));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static String postgresVersion() {
		try (var versions = Files.list(Path.of("/etc/postgresql"))) {
			return versions.map((p) -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no /etc/postgresql: not a machine of the kind PLATFORM.md describes", ex);
		}
	}

	/** The PID of the process listening on a TCP port, from {@code ss -ltnpH}. */
	static long listenerPid(int port) {
		String out = run(List.of("ss", "-ltnpH", "sport = :" + port), 10);
		Matcher pid = PID.matcher(out);
		if (!pid.find()) {
			throw new IllegalStateException("nothing listens on " + port + ": " + out);
		}
		return Long.parseLong(pid.group(1));
	}

	public static boolean listening(int port) {
		return Processes.listening(port, 500);
	}

	private static void awaitListening(int port, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!listening(port)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("nothing listens on " + port + " after " + timeout);
			}
			Processes.sleep(100);
		}
	}

	/** Starts a command whose output goes nowhere, and waits for it to return. */
	private static void detach(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(command + " failed");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String run(List<String> command, int seconds) {
		return Processes.run(command, Map.of(), seconds);
	}

}
