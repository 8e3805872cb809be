package space.orbit.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * An Orbit service run as its own JVM from its extracted jar, as {@code ./orbit up} runs
 * it: for end-to-end and crash tests. Its output goes to a log file whose tail is shown
 * when it fails to become ready.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The ports {@link #freePort()} hands out: below the kernel's ephemeral range. */
	private static final int ALL_PORTS_FROM = 20_000;

	private static final int ALL_PORTS = 5_000;

	/**
	 * The test JVMs of one module run at once ({@code orbit.test.forks}, Failsafe's
	 * forkCount): each hands out ports from a slice of its own, by its number
	 * ({@code orbit.test.fork}, 1-based: Failsafe's {@code surefire.forkNumber}), so two
	 * of them never give the same port to services that take a while to bind it.
	 */
	private static final int FORKS = Math.max(1, Integer.getInteger("orbit.test.forks", 1));

	private static final int FORK = Math.floorMod(Integer.getInteger("orbit.test.fork", 1) - 1, FORKS);

	private static final int PORTS = ALL_PORTS / FORKS;

	private static final int FIRST_PORT = ALL_PORTS_FROM + FORK * PORTS;

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	/**
	 * How long {@link #awaitReady()} waits for a service: ten minutes unless
	 * {@code orbit.test.startup-seconds} says otherwise. A guard against a service that
	 * never comes up, not a measure of how fast one does (that is the benchmark's): a
	 * start takes 5 s on a quiet machine and over two minutes on two cores running a
	 * dozen other JVMs, and a test that failed there would have found the machine slow,
	 * not the service broken. A service that exits is reported at once.
	 */
	public static final Duration STARTUP = Duration.ofSeconds(Long.getLong("orbit.test.startup-seconds", 600));

	private final String name;

	private final Process process;

	private final Path log;

	private final int port;

	private ServiceProcess(String name, Process process, Path log, int port) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts {@code java -jar jar} with the given environment and system properties.
	 * @param port the HTTP port the service is told to use ({@code server.port})
	 */
	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
			Map<String, String> properties, Path logDirectory) {
		return start(name, jar, port, environment, properties, logDirectory, List.of());
	}

	/**
	 * Starts {@code java -jar jar} with these JVM options too ({@code -Xmx160m}, say: the
	 * heap is 384 MiB unless they set one).
	 */
	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
			Map<String, String> properties, Path logDirectory, List<String> jvmOptions) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " does not exist: build it first (./mvnw package -DskipTests)");
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		if (jvmOptions.stream().noneMatch((option) -> option.startsWith("-Xmx"))) {
			command.add("-Xmx384m");
		}
		command.addAll(jvmOptions);
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Dserver.port=" + port);
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-jar");
		command.add(ExtractedJars.runnable(jar).toString());
		try {
			Files.createDirectories(logDirectory);
			Path log = logDirectory.resolve(name + "-" + System.currentTimeMillis() + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			if (!environment.containsKey("ORBIT_AUTH_JWKS_URI")) {
				// Unless told otherwise (the real auth service of AuthenticationIT and
				// the
				// login tests), the service trusts this JVM's test issuer, as the tests'
				// tokens come from it, and its machine clients take theirs there too.
				builder.environment().putAll(TestIssuer.shared().environment());
				builder.environment().putAll(TestIssuer.shared().machineClientEnvironment());
			}
			builder.environment().putAll(environment);
			return new ServiceProcess(name, builder.start(), log, port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start " + name, ex);
		}
	}

	public int port() {
		return this.port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * The operating system's id of the service's JVM: a restarted service has another.
	 */
	public long pid() {
		return this.process.pid();
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/**
	 * Waits until {@code /health/readiness} answers 200, up to {@link #STARTUP}; fails at
	 * once if the process exits.
	 */
	public ServiceProcess awaitReady() {
		return awaitReady(STARTUP);
	}

	/** Waits until {@code /health/readiness} answers 200. */
	public ServiceProcess awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ":\n" + tail(40));
			}
			try {
				HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri("/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			Processes.sleep(250);
		}
		throw new IllegalStateException(this.name + " not ready within " + timeout
				+ " (a slower machine: -Dorbit.test.startup-seconds=N); its log " + this.log + " ends:\n" + tail(40));
	}

	/** Waits for the process to exit by itself; returns its status. */
	public int awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(this.name + " still running after " + timeout + ":\n" + tail(20));
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code kill -STOP}: the process stays, but answers nothing (a frozen JVM, a host
	 * that stopped scheduling it) until {@link #thaw()}.
	 */
	public void freeze() {
		signal("STOP");
	}

	/** {@code kill -CONT}: a frozen process runs on. */
	public void thaw() {
		signal("CONT");
	}

	private void signal(String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid()))
				.redirectErrorStream(true)
				.start();
			String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
				throw new IllegalStateException("kill -" + signal + " " + this.name + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot signal " + this.name, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code kill -9}. */
	public void kill() {
		this.process.destroyForcibly();
		awaitQuietly();
	}

	/** The last lines of the service's log. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	public Path log() {
		return this.log;
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
		awaitQuietly();
	}

	private void awaitQuietly() {
		try {
			this.process.waitFor(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A free TCP port for a server a test starts, from 20000-24999, never the same twice
	 * in one JVM. Not one from the kernel's ephemeral range (Linux's
	 * {@code ip_local_port_range}, 32768-60999 unless changed), as a socket bound to port
	 * 0 would give: the kernel hands the ports of that range to every other bind to port
	 * 0 and every outgoing connection, and a service that takes a minute to start on a
	 * loaded machine found its port taken by then (ApiFuzzIT's processor: "Port 43527 was
	 * already in use", bound meanwhile by the test JVM itself). Test JVMs of one module
	 * running side by side each take their own slice of the range.
	 */
	public static int freePort() {
		for (int tries = 0; tries < 500; tries++) {
			int port = FIRST_PORT + ThreadLocalRandom.current().nextInt(PORTS);
			if (HANDED_OUT.add(port) && bindable(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No free TCP port in " + FIRST_PORT + "-" + (FIRST_PORT + PORTS - 1)
				+ " after 500 tries: `ss -ltn` shows what listens there");
	}

	/** Whether a server could listen on every address at this port now. */
	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
