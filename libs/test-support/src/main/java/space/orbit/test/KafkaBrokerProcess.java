package space.orbit.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.Duration;

/**
 * A real Kafka broker as its own process, as {@code ./orbit up} runs it
 * (tools/kafka-broker: KRaft combined mode, one node), for tests that restart Kafka:
 * unlike the embedded broker of {@link TestKafka}, it can be stopped and started again on
 * the same ports and data.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

	private final int port;

	private final Path properties;

	private final Path log;

	private final String classpath;

	private Process process;

	private KafkaBrokerProcess(int port, Path properties, Path log, String classpath) {
		this.port = port;
		this.properties = properties;
		this.log = log;
		this.classpath = classpath;
	}

	/**
	 * Formats {@code data} and starts a broker on free ports; returns once it accepts
	 * connections.
	 */
	public static KafkaBrokerProcess start(Path data, Path logDirectory) {
		return start(data, logDirectory, 0, 0);
	}

	/**
	 * A broker with a second listener on {@code proxiedPort} that tells its clients to
	 * connect to {@code advertisedPort}: a {@link TcpProxy} there, to that listener, so
	 * that every connection of the clients given the proxy's address (bootstrap and
	 * broker alike) goes through the proxy, while the others' do not.
	 */
	public static KafkaBrokerProcess start(Path data, Path logDirectory, int proxiedPort, int advertisedPort) {
		Path module = MongoStandInProcess.repositoryRoot().resolve("tools/kafka-broker");
		Path classpathFile = module.resolve("target/classpath.txt");
		if (!Files.isRegularFile(classpathFile)) {
			throw new IllegalStateException(classpathFile + " does not exist: build the broker module first "
					+ "(./mvnw -pl tools/kafka-broker package -DskipTests)");
		}
		try {
			int port = ServiceProcess.freePort();
			int controller = ServiceProcess.freePort();
			Files.createDirectories(data);
			Files.createDirectories(logDirectory);
			Path properties = data.resolveSibling(data.getFileName() + ".properties");
			String proxied = (proxiedPort > 0) ? ",PROXIED://127.0.0.1:" + proxiedPort : "";
			String advertised = (proxiedPort > 0) ? ",PROXIED://127.0.0.1:" + advertisedPort : "";
			Files.writeString(properties,
					String.join("\n", "process.roles=broker,controller", "node.id=1",
							"controller.quorum.voters=1@127.0.0.1:" + controller,
							"listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller
									+ proxied,
							"advertised.listeners=PLAINTEXT://127.0.0.1:" + port + advertised,
							"controller.listener.names=CONTROLLER", "inter.broker.listener.name=PLAINTEXT",
							"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,PROXIED:PLAINTEXT",
							"log.dirs=" + data, "num.partitions=6", "auto.create.topics.enable=true",
							"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
							"transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
							"share.coordinator.state.topic.min.isr=1", "default.replication.factor=1",
							"min.insync.replicas=1", "message.max.bytes=16777216", "replica.fetch.max.bytes=16777216",
							"group.initial.rebalance.delay.ms=0", ""));
			String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
			Path log = logDirectory.resolve("kafka-" + port + ".log");
			KafkaBrokerProcess broker = new KafkaBrokerProcess(port, properties, log, classpath);
			broker.run(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", clusterId(), "-c",
					properties.toString()));
			broker.startProcess();
			return broker;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start a Kafka broker", ex);
		}
	}

	/**
	 * A cluster id as Kafka's {@code Uuid.randomUuid()} makes one: URL-safe base64 of a
	 * random UUID, never starting with '-' (the storage tool's argument parser would take
	 * it for an option: one run in 64 failed, "argument --cluster-id/-t: expected one
	 * argument").
	 */
	static String clusterId() {
		String id;
		do {
			id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(uuidBytes());
		}
		while (id.startsWith("-"));
		return id;
	}

	private static byte[] uuidBytes() {
		UUID id = UUID.randomUUID();
		java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
		bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		return bytes.array();
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path log() {
		return this.log;
	}

	/** Stops the broker (SIGTERM, a controlled shutdown), waiting for it to exit. */
	public void stop() {
		this.process.destroy();
		Processes.awaitExit(this.process, 60);
	}

	/** {@code kill -9}: the broker recovers its logs on the next start. */
	public void kill() {
		this.process.destroyForcibly();
		Processes.awaitExit(this.process, 20);
	}

	/**
	 * Starts it again on the same ports and data; returns once it accepts connections.
	 */
	public void startAgain() {
		if (this.process.isAlive()) {
			throw new IllegalStateException("the broker still runs");
		}
		startProcess();
	}

	private void startProcess() {
		List<String> command = new ArrayList<>(List.of(java(), "-Xms256m", "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-Dlogback.configurationFile="
						+ MongoStandInProcess.repositoryRoot().resolve("tools/kafka-broker/logback-broker.xml"),
				"-cp", this.classpath, "kafka.Kafka", this.properties.toString()));
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the Kafka broker", ex);
		}
		Processes.awaitListening(this.process, this.port, Duration.ofSeconds(90), "the Kafka broker", this.log);
	}

	private void run(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(),
				"-Dlogback.configurationFile="
						+ MongoStandInProcess.repositoryRoot().resolve("tools/kafka-broker/logback-tools.xml"),
				"-cp", this.classpath));
		command.addAll(arguments);
		Process tool = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		if (!Processes.awaitExit(tool, 60) || tool.exitValue() != 0) {
			throw new IllegalStateException(arguments.get(0) + " failed; see " + this.log);
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			stop();
		}
	}

}
