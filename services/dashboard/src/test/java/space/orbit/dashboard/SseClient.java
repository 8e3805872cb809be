package space.orbit.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test client of the stream that reads every event as it comes, on its own thread. */
final class SseClient implements AutoCloseable {

	private final BlockingQueue<Map.Entry<String, JsonNode>> events = new LinkedBlockingQueue<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final JsonMapper json;

	private final Thread reader;

	private volatile Stream<String> lines;

	private SseClient(JsonMapper json, String url) {
		this.json = json;
		this.reader = Thread.ofPlatform().daemon().name("sse-test-client").start(() -> read(url));
	}

	static SseClient open(JsonMapper json, String url) {
		return new SseClient(json, url);
	}

	private void read(String url) {
		try {
			HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
						HttpResponse.BodyHandlers.ofLines());
			this.lines = response.body();
			String[] name = { "message" };
			this.lines.forEach((line) -> {
				if (line.startsWith("event:")) {
					name[0] = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					JsonNode data = this.json.readTree(line.substring(5).strip());
					this.counts.computeIfAbsent(name[0], (n) -> new AtomicInteger()).incrementAndGet();
					this.events.add(Map.entry(name[0], data));
				}
				else if (line.isEmpty()) {
					name[0] = "message";
				}
			});
		}
		catch (Exception ex) {
			// closed
		}
	}

	/** The next event of that name (skipping others), or an AssertionError. */
	JsonNode next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Map.Entry<String, JsonNode> event = this.events.poll(Math.max(0, deadline - System.nanoTime()),
					TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("no '" + name + "' event within " + timeout + "; seen " + this.counts);
			}
			if (event.getKey().equals(name)) {
				return event.getValue();
			}
		}
	}

	/** Whether a points event with {@code value} as a column's max arrives in time. */
	boolean awaitValue(double value, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Map.Entry<String, JsonNode> event = this.events.poll(Math.max(0, deadline - System.nanoTime()),
					TimeUnit.NANOSECONDS);
			if (event != null && event.getKey().equals("points")) {
				for (JsonNode series : event.getValue().get("series")) {
					for (JsonNode max : series.get("max")) {
						if (max.asDouble() == value) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	int seen(String name) {
		AtomicInteger count = this.counts.get(name);
		return (count != null) ? count.get() : 0;
	}

	@Override
	public void close() {
		Stream<String> open = this.lines;
		if (open != null) {
			open.close();
		}
		this.reader.interrupt();
	}

}
