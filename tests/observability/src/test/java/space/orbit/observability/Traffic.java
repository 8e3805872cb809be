package space.orbit.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestIssuer;

/**
 * A little of everything, so that the services' counters exist: telemetry through ingest
 * (the exemplar tests send traced readings of their own: TracedReadings), a malformed
 * request, a poison message for the processor, a user (and so a welcome order and a stock
 * reservation), a compute job.
 */
record Traffic(int samplesSent) {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	/**
	 * The services run with security on (ADR 0017), trusting the test issuer: the traffic
	 * carries an admin's token that may also send telemetry as a ground station.
	 */
	private static final String BEARER = "Bearer "
			+ TestIssuer.shared().token("obs@orbit.space", "admin", "ground-station");

	static final String GROUND_TRACK = """
			{"type":"GROUND_TRACK","start":"2026-11-21T00:00:00Z","end":"2026-11-21T00:10:00Z","stepSeconds":60,
			 "tle":{"line1":"1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9990",
			        "line2":"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11"}}""";

	static Traffic drive(LiveStack stack) {
		// A limit the telemetry breaks (EPS.BUS0.VOLTAGE is 28 V in the fixtures): the
		// analyzer alerts.
		HttpResponse<String> rule = put(stack, "analyzer", "/api/v1/rules/obs-bus-voltage",
				"{\"spacecraftId\":\"OBS-1\",\"parameter\":\"EPS.BUS0.VOLTAGE\",\"limits\":{\"warningHigh\":1.0}}");
		if (rule.statusCode() != 200 && rule.statusCode() != 201) {
			throw new IllegalStateException("the analyzer refused the rule: " + rule.statusCode() + " " + rule.body());
		}
		TelemetryFixtures frames = TelemetryFixtures.frames(20)
			.samplesPerFrame(5)
			.spacecraft("OBS-1", "OBS-2")
			.startingAt(Instant.now().minusSeconds(10));
		expect(202, post(stack, "ingest", "/api/v1/telemetry", frames.json(), null));
		expect(400, post(stack, "ingest", "/api/v1/telemetry", "{\"frames\":", null));
		poison(stack);
		expect(201, post(stack, "users", "/api/users",
				"{\"email\":\"obs-" + System.nanoTime() + "@orbit.test\",\"name\":\"Crew\",\"role\":\"CREW\"}", null));
		int job = post(stack, "worker", "/api/v1/jobs", GROUND_TRACK, null).statusCode();
		if (job != 201 && job != 202) {
			throw new IllegalStateException("the worker refused the job: " + job);
		}
		// Later frames: the rule has reached the analyzer's streams
		// by then.
		int samples = frames.sampleCount();
		// Until an open alert (the analyzer also clears alerts by itself) is
		// acknowledged.
		boolean acknowledged = false;
		String answers = "";
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
		for (int round = 1; !acknowledged && System.nanoTime() < deadline; round++) {
			pause();
			TelemetryFixtures later = TelemetryFixtures.frames(20)
				.samplesPerFrame(5)
				.spacecraft("OBS-1", "OBS-2")
				.firstSequence(10L * round)
				.startingAt(Instant.now());
			expect(202, post(stack, "ingest", "/api/v1/telemetry", later.json(), null));
			samples += later.sampleCount();
			java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)")
				.matcher(send(HttpRequest.newBuilder(stack.service("analyzer").uri("/api/v1/alerts?state=OPEN"))
					.header("Accept", "application/json")
					.header("Authorization", BEARER)
					.build()).body());
			while (!acknowledged && id.find()) {
				HttpResponse<String> ack = post(stack, "analyzer", "/api/v1/alerts/" + id.group(1) + "/acknowledge",
						"{\"by\":\"obs\",\"comment\":\"seen\"}", null);
				acknowledged = ack.statusCode() == 200;
				answers = ack.statusCode() + " " + ack.body();
			}
		}
		if (!acknowledged) {
			throw new IllegalStateException("no open alert of rule obs-bus-voltage acknowledged in 90 s: " + answers);
		}
		return new Traffic(samples);
	}

	private static void pause() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> put(LiveStack stack, String service, String path, String body) {
		return send(HttpRequest.newBuilder(stack.service(service).uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", BEARER)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** A message the processor cannot read: it goes to the dead-letter queue. */
	private static void poison(LiveStack stack) {
		try (Channel channel = stack.rabbit.connection().createChannel()) {
			channel.basicPublish(stack.routes.exchange(), stack.routes.routingKey(),
					new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build(),
					"{\"frames\":".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("cannot publish to " + stack.routes.exchange(), ex);
		}
	}

	static HttpResponse<String> post(LiveStack stack, String service, String path, String body, String traceparent) {
		HttpRequest.Builder request = HttpRequest.newBuilder(stack.service(service).uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", BEARER)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return send(request.build());
	}

	static HttpResponse<String> get(URI uri, String accept) {
		return send(HttpRequest.newBuilder(uri).header("Accept", accept).build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
					+ " (expected " + status + "): " + response.body());
		}
	}

}
