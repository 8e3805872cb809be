package space.orbit.dashboard.stream;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.kit.security.ViewerAccess;

/**
 * The live stream (server-sent events) and what the dashboard has heard of the fleet: the
 * dashboard's own, fed by its Kafka consumers; with a login, for a session of a viewer.
 */
@RestController
@ViewerAccess
@RequestMapping("/api/v1")
@Tag(name = "stream", description = "Live telemetry reduced for the screen, alerts and compute results")
class StreamController {

	private static final Logger log = LoggerFactory.getLogger(StreamController.class);

	private final StreamHub hub;

	private final FleetState fleet;

	private final DashboardProperties.Stream settings;

	private final JsonMapper json;

	StreamController(StreamHub hub, FleetState fleet, DashboardProperties properties, JsonMapper json) {
		this.hub = hub;
		this.fleet = fleet;
		this.settings = properties.stream();
		this.json = json;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "stream", summary = "Subscribe to the live stream",
			description = "Server-sent events: 'hello' (the column width), 'points' (per series, min/max/last/count "
					+ "per pixel column of window/width, aligned to the epoch), 'values' (latest non-numeric values), "
					+ "'contact', 'alert' (the analyzer's alert events), 'compute' (job ends) and 'dropped' (how much "
					+ "this client missed because it did not keep up)")
	@ApiResponse(responseCode = "200", description = "The stream, one event at a time",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
					example = "event: points\ndata: {\"series\":[{\"spacecraftId\":\"ORB-1\",\"parameter\":\"EPS.BATTERY.VOLTAGE\","
							+ "\"t\":[1764928800000],\"min\":[28.1],\"max\":[28.3],\"last\":[28.2],\"count\":[4]}]}\n\n")))
	@ApiResponse(responseCode = "400", description = "A parameter is wrong")
	@ApiResponse(responseCode = "429", description = "Too many clients (orbit.dashboard.stream.max-clients)")
	SseEmitter stream(
			@Parameter(description = "Comma-separated spacecraft; none: all",
					example = "ORB-1") @RequestParam(required = false) String spacecraft,
			@Parameter(description = "Comma-separated parameters to chart",
					example = "EPS.BATTERY.VOLTAGE") @RequestParam(required = false) String parameters,
			@Parameter(description = "The chart's time span, ISO-8601",
					example = "PT5M") @RequestParam(defaultValue = "PT5M") String window,
			@Parameter(description = "The chart's width in pixel columns",
					example = "1000") @RequestParam(defaultValue = "1000") int width) {
		Subscription subscription = Subscription.parse(spacecraft, parameters, window, width, this.settings);
		StreamClient client = this.hub.register(subscription);
		SseEmitter emitter = new SseEmitter(0L);
		Runnable close = () -> this.hub.remove(client);
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError((ex) -> close.run());
		Thread.ofVirtual().name("stream-" + client.id()).start(() -> send(client, emitter));
		return emitter;
	}

	@GetMapping("/fleet")
	@Operation(operationId = "fleet", summary = "Each spacecraft as last heard since the dashboard started",
			description = "Last contact, mode and reported position, from the dashboard's own telemetry consumer")
	@ApiResponse(responseCode = "200", description = "The spacecraft heard, by id")
	@ApiResponse(responseCode = "406", description = "The Accept header does not take JSON")
	FleetPage fleet() {
		return new FleetPage(this.fleet.contacts());
	}

	/**
	 * The spacecraft heard (one page: at most {@link FleetState#MAX_SPACECRAFT}).
	 *
	 * @param items each spacecraft as last heard, by id
	 */
	record FleetPage(List<FleetState.Contact> items) {
	}

	private void send(StreamClient client, SseEmitter emitter) {
		long sequence = 0;
		try {
			emitter.send(SseEmitter.event()
				.name("hello")
				.data(this.json.writeValueAsString(Map.of("clientId", client.id(), "columnMillis",
						client.subscription().columnMillis(), "queueCapacity", client.queue().capacity()))));
			long heartbeat = this.settings.heartbeat().toMillis();
			while (true) {
				StreamEvent event = client.queue().poll(heartbeat);
				long dropped = client.queue().takeDropped();
				if (dropped > 0) {
					emitter.send(SseEmitter.event().name("dropped").data("{\"dropped\":" + dropped + "}"));
				}
				if (event != null) {
					emitter
						.send(SseEmitter.event().id(Long.toString(++sequence)).name(event.name()).data(event.json()));
				}
				else if (dropped == 0) {
					emitter.send(SseEmitter.event().comment("keep-alive"));
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Stream client {} left: {}", client.id(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.hub.remove(client);
			emitter.complete();
		}
	}

}
