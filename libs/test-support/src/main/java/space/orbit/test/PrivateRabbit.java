package space.orbit.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * A RabbitMQ node of one test's own, for outages and resource alarms: this machine's
 * {@code /usr/lib/rabbitmq/bin/rabbitmq-server} as node {@code <unique>@localhost} on
 * free AMQP and distribution ports, its home (and Erlang cookie), database, logs and
 * configuration in a temporary folder, no plugins. {@link #stop()} halts the node
 * ({@code rabbitmqctl stop}) and {@link #start()} boots it again on the same database:
 * durable queues and their persistent messages survive. {@link #memoryAlarm(boolean)}
 * raises or clears a memory alarm. The machine's own RabbitMQ (5672) is never touched,
 * nor the machine's {@code epmd}, which the node registers with and which outlives it.
 */
public final class PrivateRabbit implements AutoCloseable {

	private static final Path BIN = Path.of("/usr/lib/rabbitmq/bin");

	private final Path directory;

	private final String node;

	private final int port;

	private final int distributionPort;

	private Process server;

	private PrivateRabbit(Path directory, String node, int port, int distributionPort) {
		this.directory = directory;
		this.node = node;
		this.port = port;
		this.distributionPort = distributionPort;
	}

	/** A new node, started and accepting AMQP connections. */
	public static PrivateRabbit newNode() {
		PrivateRabbit rabbit;
		try {
			Path directory = Files.createTempDirectory("orbit-rabbit-");
			for (String folder : List.of("home", "mnesia", "log")) {
				Files.createDirectories(directory.resolve(folder));
			}
			Files.writeString(directory.resolve("rabbitmq.conf"), "loopback_users.guest = true\n");
			Files.writeString(directory.resolve("enabled_plugins"), "[].\n");
			String node = TestNames.unique("orbit-test-").replaceAll("[^A-Za-z0-9_-]", "-") + "@localhost";
			rabbit = new PrivateRabbit(directory, node, ServiceProcess.freePort(), ServiceProcess.freePort());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot make a folder for a private RabbitMQ", ex);
		}
		try {
			rabbit.start();
		}
		catch (RuntimeException ex) {
			rabbit.close();
			throw ex;
		}
		return rabbit;
	}

	/** Boots the node (again, after {@link #stop()}): returns once AMQP answers. */
	public synchronized void start() {
		Path log = this.directory.resolve("server-" + System.currentTimeMillis() + ".log");
		ProcessBuilder builder = new ProcessBuilder(BIN.resolve("rabbitmq-server").toString())
			.directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(environment());
		builder.environment()
			.putAll(Map.of("RABBITMQ_NODE_PORT", Integer.toString(this.port), "RABBITMQ_DIST_PORT",
					Integer.toString(this.distributionPort), "RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1",
					"RABBITMQ_MNESIA_BASE", this.directory.resolve("mnesia").toString(), "RABBITMQ_LOG_BASE",
					this.directory.resolve("log").toString(), "RABBITMQ_CONFIG_FILE",
					this.directory.resolve("rabbitmq").toString(), "RABBITMQ_ENABLED_PLUGINS_FILE",
					this.directory.resolve("enabled_plugins").toString()));
		try {
			this.server = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start " + BIN.resolve("rabbitmq-server"), ex);
		}
		Processes.awaitListening(this.server, this.port, Duration.ofSeconds(90), "RabbitMQ node " + this.node, log);
		awaitConnection(Duration.ofSeconds(30));
	}

	/**
	 * {@code rabbitmqctl stop}: the node halts, every connection drops; returns once its
	 * process has ended (killed if it did not within 30 s).
	 */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		try {
			ctl(List.of("stop"), 60);
		}
		finally {
			if (!Processes.awaitExit(this.server, 30)) {
				killBeam();
			}
			this.server = null;
		}
	}

	/**
	 * Raises a memory alarm ({@code set_vm_memory_high_watermark absolute 1MB}: every
	 * publishing connection is blocked) or clears it (the default 0.4 of the memory);
	 * returns once the node reports the alarm raised or cleared.
	 */
	public void memoryAlarm(boolean raised) {
		ctl(raised ? List.of("set_vm_memory_high_watermark", "absolute", "1MB")
				: List.of("set_vm_memory_high_watermark", "0.4"), 60);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (alarmed() != raised) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the memory alarm of " + this.node + " is not "
						+ (raised ? "raised" : "cleared") + " after 30 s");
			}
			Processes.sleep(200);
		}
	}

	private boolean alarmed() {
		return ctl(List.of("eval", "rabbit_alarm:get_alarms()."), 30).contains("memory");
	}

	public int port() {
		return this.port;
	}

	/** Whether the node was started and not stopped since. */
	public synchronized boolean running() {
		return this.server != null && this.server.isAlive();
	}

	/** The AMQP URL services are given ({@code ORBIT_RABBITMQ_URL}). */
	public String url() {
		return "amqp://guest:guest@127.0.0.1:" + this.port;
	}

	/** Messages ready in a queue (not those delivered and not yet acknowledged). */
	public long messageCount(String queue) {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			return channel.queueDeclarePassive(queue).getMessageCount();
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("cannot count messages in " + queue + " on " + this.node, ex);
		}
	}

	private Connection connect() throws IOException, TimeoutException {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(this.port);
		factory.setConnectionTimeout(5_000);
		return factory.newConnection("orbit-test");
	}

	private void awaitConnection(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try (Connection connection = connect()) {
				return;
			}
			catch (IOException | TimeoutException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(this.node + " accepts no AMQP connection on " + this.port, ex);
				}
			}
			Processes.sleep(200);
		}
	}

	/** {@code rabbitmqctl -n node ...} with the node's home (its Erlang cookie). */
	private String ctl(List<String> arguments, int seconds) {
		List<String> command = new ArrayList<>(List.of(BIN.resolve("rabbitmqctl").toString(), "-n", this.node));
		command.addAll(arguments);
		return Processes.run(command, environment(), seconds);
	}

	private Map<String, String> environment() {
		return Map.of("HOME", this.directory.resolve("home").toString(), "RABBITMQ_NODENAME", this.node);
	}

	/** The node's Erlang VM and whatever it started, killed when it would not stop. */
	private void killBeam() {
		this.server.descendants().forEach(ProcessHandle::destroyForcibly);
		this.server.destroyForcibly();
		Processes.awaitExit(this.server, 10);
	}

	@Override
	public synchronized void close() {
		try {
			if (this.server != null && this.server.isAlive()) {
				try {
					stop();
				}
				catch (RuntimeException ex) {
					killBeam();
					this.server = null;
				}
			}
		}
		finally {
			Processes.run(List.of("rm", "-rf", this.directory.toString()), Map.of(), 60);
		}
	}

}
