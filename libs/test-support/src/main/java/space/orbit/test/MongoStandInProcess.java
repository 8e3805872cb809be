package space.orbit.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

/**
 * The MongoDB stand-in (tools/mongo-standin) as its own JVM, as {@code ./orbit up} runs
 * it: in memory, or on an H2 file that survives {@link #kill()} and a new {@link #start}.
 */
public final class MongoStandInProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private MongoStandInProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the stand-in on {@code port} and waits until it accepts connections.
	 * @param data its H2 file, or {@code null} to keep everything in memory
	 */
	public static MongoStandInProcess start(int port, Path data) {
		Path module = repositoryRoot().resolve("tools/mongo-standin/target");
		Path classpathFile = module.resolve("classpath.txt");
		if (!Files.isRegularFile(classpathFile)) {
			throw new IllegalStateException(classpathFile + " does not exist: build the stand-in first "
					+ "(./mvnw -pl tools/mongo-standin -am package -DskipTests)");
		}
		try {
			String classpath = module.resolve("classes") + java.io.File.pathSeparator
					+ Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
			List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
					"-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "space.orbit.mongostandin.MongoStandIn",
					"--port", Integer.toString(port)));
			if (data != null) {
				command.addAll(List.of("--data", data.toString()));
			}
			Path logDirectory = Path.of("target", "service-logs");
			Files.createDirectories(logDirectory);
			Path log = logDirectory.resolve("mongo-standin-" + port + "-" + System.currentTimeMillis() + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			MongoStandInProcess standIn = new MongoStandInProcess(process, port);
			Processes.awaitListening(process, port, Duration.ofSeconds(30), "the MongoDB stand-in", log);
			return standIn;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the MongoDB stand-in", ex);
		}
	}

	public int port() {
		return this.port;
	}

	public String uri(String database) {
		return "mongodb://127.0.0.1:" + this.port + "/" + database;
	}

	/** {@code kill -9}: no shutdown hook runs. */
	public void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	@Override
	public void close() {
		this.process.destroy();
		waitFor();
	}

	private void waitFor() {
		Processes.awaitExit(this.process, 20);
	}

	/**
	 * The checkout's root: the nearest folder up from the working directory with
	 * {@code mvnw}.
	 */
	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException(
					"no mvnw above " + Path.of("").toAbsolutePath() + ": run tests from the checkout");
		}
		return dir;
	}

}
