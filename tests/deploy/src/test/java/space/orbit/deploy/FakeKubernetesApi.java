package space.orbit.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.StandInAnswers;

/**
 * Just enough of a Kubernetes API for the chart's {@code lookup} of its Secrets:
 * helm-java's template, unlike {@code helm template}, asks the cluster of
 * {@code KUBECONFIG} (the build sets it to target/kubeconfig, which this writes). Serves
 * the core API's discovery and the Secrets it is given; any other Secret is 404, as in a
 * namespace without it.
 */
final class FakeKubernetesApi implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();

	private FakeKubernetesApi(HttpServer server) {
		this.server = server;
	}

	/** Started on a free port, named as the current context of {@code KUBECONFIG}. */
	static FakeKubernetesApi start() {
		String kubeconfig = System.getenv("KUBECONFIG");
		if (kubeconfig == null || kubeconfig.isBlank()) {
			throw new IllegalStateException("KUBECONFIG is not set: tests/deploy/pom.xml sets it for the tests "
					+ "(helm-java's template would look up Secrets in whatever cluster ~/.kube/config names)");
		}
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeKubernetesApi api = new FakeKubernetesApi(server);
			server.createContext("/", api::answer);
			server.start();
			Files.createDirectories(Path.of(kubeconfig).toAbsolutePath().getParent());
			Files.writeString(Path.of(kubeconfig), """
					apiVersion: v1
					kind: Config
					clusters: [{name: fake, cluster: {server: "http://127.0.0.1:%d"}}]
					contexts: [{name: fake, context: {cluster: fake, user: fake}}]
					users: [{name: fake, user: {}}]
					current-context: fake
					""".formatted(server.getAddress().getPort()));
			return api;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Secret in the cluster (any namespace), its values in plain text. */
	void secret(String name, Map<String, String> data) {
		Map<String, String> encoded = new LinkedHashMap<>();
		data.forEach((key, value) -> encoded.put(key,
				Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
		this.secrets.put(name, encoded);
	}

	/** No Secrets: a fresh namespace. */
	void clear() {
		this.secrets.clear();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		Object body;
		int status = 200;
		if (path.equals("/api/v1")) {
			body = Map.of("kind", "APIResourceList", "groupVersion", "v1", "resources",
					java.util.List.of(Map.of("name", "secrets", "singularName", "secret", "namespaced", true, "kind",
							"Secret", "verbs", java.util.List.of("get", "list"))));
		}
		else if (path.matches("/api/v1/namespaces/[^/]+/secrets/[^/]+")
				&& this.secrets.containsKey(path.substring(path.lastIndexOf('/') + 1))) {
			String name = path.substring(path.lastIndexOf('/') + 1);
			body = Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", name), "data",
					this.secrets.get(name));
		}
		else {
			status = 404;
			body = Map.of("apiVersion", "v1", "kind", "Status", "status", "Failure", "reason", "NotFound", "code", 404);
		}
		StandInAnswers.json(exchange, status, JSON.writeValueAsBytes(body));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
