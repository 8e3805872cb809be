package space.orbit.test.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import space.orbit.test.ApiDocument;

/**
 * Fuzzes one running service from its committed OpenAPI document (issue 18): requests of
 * every operation in turn, each with one thing wrong ({@link FuzzCases}), judged by the
 * contract (ADR 0012): never a 5xx, never slower than {@link #SLOW}, every 4xx a problem
 * ({@code application/problem+json}), and a refused request that would change something
 * leaves the service's store as it was ({@link StoreProbe}).
 */
public final class ApiFuzzer {

	/** The longest a service may take to answer anything. */
	public static final Duration SLOW = Duration.ofSeconds(5);

	private final String service;

	private final URI base;

	private final List<Operation> operations;

	private final Random random;

	private final StoreProbe store;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private String authorization;

	private int throttled;

	private ApiFuzzer(String service, int port, long seed, StoreProbe store) {
		this.service = service;
		this.base = URI.create("http://127.0.0.1:" + port);
		this.operations = Operation.all(ApiDocument.committed(service));
		this.random = new Random(seed);
		this.store = store;
		if (this.operations.isEmpty()) {
			throw new IllegalStateException("docs/api/" + service + ".json has no operations");
		}
	}

	/**
	 * @param service the document's name ({@code docs/api/<service>.json})
	 * @param seed the same seed makes the same requests
	 */
	public static ApiFuzzer of(String service, int port, long seed, StoreProbe store) {
		return new ApiFuzzer(service, port, seed, store);
	}

	/** How many operations the document has. */
	public int operations() {
		return this.operations.size();
	}

	/** Sends {@code requests} fuzzed requests, the operations taken in turn. */
	public FuzzReport run(int requests) {
		FuzzReport report = new FuzzReport(this.service);
		long began = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			FuzzRequest request = FuzzCases.next(this.operations.get(i % this.operations.size()), this.random);
			String before = request.mutating() ? this.store.fingerprint() : null;
			long start = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = send(request);
			}
			catch (HttpTimeoutException ex) {
				report.record(request, 0, Duration.ofNanos(System.nanoTime() - start));
				report.violation(request, "no answer within 30 s");
				continue;
			}
			catch (IOException ex) {
				report.record(request, 0, Duration.ofNanos(System.nanoTime() - start));
				report.violation(request, "the connection failed without an answer (" + ex + ")");
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			int status = response.statusCode();
			report.record(request, status, took);
			judge(report, request, response, took, before);
		}
		report.finished(Duration.ofNanos(System.nanoTime() - began), this.throttled);
		return report;
	}

	/**
	 * Sends the request the way a well-behaved client does: a 429 (the service's rate
	 * limit, ADR 0017) is waited out for its Retry-After and sent again, so each fuzzed
	 * request reaches the operation it was made for.
	 */
	private HttpResponse<String> send(FuzzRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(build(request), HttpResponse.BodyHandlers.ofString());
		for (int retry = 0; response.statusCode() == 429 && retry < 10; retry++) {
			this.throttled++;
			long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
			Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
			response = this.http.send(build(request), HttpResponse.BodyHandlers.ofString());
		}
		return response;
	}

	/**
	 * Every request carries {@code authorization} (e.g. {@code Bearer …}) unless its case
	 * sets its own: with the service's security on, an unauthenticated fuzz would only
	 * ever reach the 401.
	 */
	public ApiFuzzer withAuthorization(String authorization) {
		this.authorization = authorization;
		return this;
	}

	private void judge(FuzzReport report, FuzzRequest request, HttpResponse<String> response, Duration took,
			String before) {
		int status = response.statusCode();
		String body = response.body();
		if (status >= 500) {
			report.violation(request, status + " " + abbreviate(body));
		}
		if (took.compareTo(SLOW) > 0) {
			report.violation(request, "answered in " + took.toMillis() + " ms");
		}
		if (status >= 400) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				report.violation(request, status + " as '" + type + "', not a problem: " + abbreviate(body));
			}
		}
		if (before != null && status >= 400 && status < 500) {
			String after = this.store.fingerprint();
			if (!before.equals(after)) {
				report.violation(request,
						"refused with " + status + " but the store changed: " + before + " -> " + after);
			}
		}
	}

	private HttpRequest build(FuzzRequest request) {
		HttpRequest.BodyPublisher body = (request.body() == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body());
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(request.uri()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), body);
		if (request.body() != null) {
			builder.header("Content-Type", request.contentType());
		}
		if (this.authorization != null
				&& request.headers().keySet().stream().noneMatch((name) -> name.equalsIgnoreCase("Authorization"))) {
			builder.header("Authorization", this.authorization);
		}
		request.headers().forEach(builder::header);
		return builder.build();
	}

	private static String abbreviate(String text) {
		String line = (text == null) ? "" : text.replaceAll("\\s+", " ");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
