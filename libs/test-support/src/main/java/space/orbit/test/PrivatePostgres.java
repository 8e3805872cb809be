package space.orbit.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test's own, for outages: a cluster made with {@code initdb}
 * in a temporary folder and run on a free port with this machine's binaries
 * ({@code /usr/lib/postgresql/<newest>/bin}), trust authentication, listening on
 * 127.0.0.1 only. {@link #stop()} and {@link #start()} stop it and start it again on the
 * same data and port; {@link #close()} stops it and removes the folder. The machine's own
 * PostgreSQL (5432) is never touched. Debian's server refuses to run as root: as root the
 * commands run as the {@code postgres} user ({@code runuser}), which owns the folder.
 */
public final class PrivatePostgres implements AutoCloseable {

	public static final String USER = "postgres";

	private final Path directory;

	private final Path bin;

	private final int port;

	private volatile boolean running;

	private PrivatePostgres(Path directory, Path bin, int port) {
		this.directory = directory;
		this.bin = bin;
		this.port = port;
	}

	/** A new cluster, started and accepting connections. */
	public static PrivatePostgres newCluster() {
		Path bin = binaries();
		PrivatePostgres postgres;
		try {
			Path directory = Files.createTempDirectory("orbit-pg-");
			postgres = new PrivatePostgres(directory, bin, ServiceProcess.freePort());
			if (asRoot()) {
				Processes.run(List.of("chown", "postgres:postgres", directory.toString()), Map.of(), 10);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot make a folder for a private PostgreSQL", ex);
		}
		try {
			postgres.pg(List.of(bin.resolve("initdb").toString(), "-D", postgres.data(), "-U", USER, "-A", "trust",
					"-E", "UTF8", "--no-sync"), 120);
			postgres.start0();
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return postgres;
	}

	/** Starts the stopped server again on the same data and port. */
	public void start() {
		start0();
	}

	private void start0() {
		pg(List.of(this.bin.resolve("pg_ctl").toString(), "-D", data(), "-l",
				this.directory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.directory + " -c listen_addresses=127.0.0.1", "-w", "-t", "60",
				"start"), 90);
		this.running = true;
		awaitConnection(Duration.ofSeconds(30));
	}

	/**
	 * {@code pg_ctl stop -m fast}: open connections are cut and in-flight transactions
	 * roll back; what was committed stays.
	 */
	public void stop() {
		pg(List.of(this.bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
		this.running = false;
	}

	public int port() {
		return this.port;
	}

	/** Whether the server was started and not stopped since. */
	public boolean running() {
		return this.running;
	}

	/** The JDBC URL of its {@code postgres} database. */
	public String url() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	/** A connection whose search path is {@code schema}. */
	public Connection connect(String schema) throws SQLException {
		Connection connection = DriverManager.getConnection(url(), USER, "");
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO " + schema);
		}
		return connection;
	}

	/** The single number a query in {@code schema} returns. */
	public long queryForLong(String schema, String sql) {
		try (Connection connection = connect(schema)) {
			return TestPostgres.queryForLong(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("query failed: " + sql, ex);
		}
	}

	private void awaitConnection(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try (Connection connection = DriverManager.getConnection(url(), USER, "")) {
				if (connection.isValid(2)) {
					return;
				}
			}
			catch (SQLException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the private PostgreSQL on port " + this.port
							+ " accepts no connection; its log: " + this.directory.resolve("server.log"), ex);
				}
			}
			Processes.sleep(100);
		}
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	/** Runs a PostgreSQL command as the postgres user when this JVM is root. */
	private String pg(List<String> command, int seconds) {
		List<String> full = new ArrayList<>();
		if (asRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		return Processes.run(full, Map.of(), seconds);
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static Path binaries() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.filter((version) -> Files.isExecutable(version.resolve("bin").resolve("pg_ctl")))
				.max((a, b) -> Integer.compare(major(a), major(b)))
				.map((version) -> version.resolve("bin"))
				.orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/pg_ctl"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("no /usr/lib/postgresql: install the postgresql package", ex);
		}
	}

	private static int major(Path version) {
		try {
			return Integer.parseInt(version.getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@Override
	public void close() {
		try {
			if (this.running) {
				stop();
			}
		}
		finally {
			Processes.run(List.of("rm", "-rf", this.directory.toString()), Map.of(), 60);
		}
	}

}
