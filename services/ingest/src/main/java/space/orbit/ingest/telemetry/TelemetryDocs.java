package space.orbit.ingest.telemetry;

/** Texts and examples of ingest's OpenAPI document. */
final class TelemetryDocs {

	static final String SUBMIT = "A batch {\"frames\":[...]} or a single frame, validated in one pass: all of it is "
			+ "accepted or none. 202 only once RabbitMQ has confirmed the whole batch on disk. A ground station "
			+ "sends it with its API key (X-API-Key), which names the spacecraft it may send for, or with a "
			+ "token of role ground-station (any spacecraft).";

	static final String UNAUTHORIZED = "No API key or bearer token, an API key unknown or revoked (reason "
			+ "unknown_api_key), or a token that is not valid";

	static final String FORBIDDEN = "A token without the role ground-station, or a frame for a spacecraft the API key "
			+ "may not send for (reason spacecraft_out_of_scope, 'spacecraft' names them): nothing was accepted";

	static final String TOO_MANY_REQUESTS = "More requests from this API key or client than "
			+ "orbit.security.rate-limit allows: retry after Retry-After";

	static final String INVALID = "Invalid frames; nothing was accepted. 'errors' lists the first 100 "
			+ "(pointer, reason, detail), 'errorCount' counts all";

	static final String UNAVAILABLE = "RabbitMQ is down, blocking, refused or did not confirm the batch: "
			+ "nothing was accepted for sure; retry after Retry-After (frames are idempotent)";

	/**
	 * Timestamps must lie within 366 days before receipt: this example is accepted until
	 * 2027-12-06, and the replay of the examples (TelemetryEndpointIT) fails from then
	 * on.
	 */
	/**
	 * Said of an example whose timestamps only show the format: ingest takes timestamps
	 * up to a year old, so a client (and the example replay) moves them to now.
	 */
	static final String RELATIVE_TIMESTAMPS = "relative-to-now";

	static final String BATCH_EXAMPLE = """
			{"frames":[{"spacecraftId":"DEMO-1","timestamp":"2026-12-05T10:00:00.000000Z","sequence":42,
			  "samples":{"EPS.BATTERY.VOLTAGE":28.1,"THERMAL.PANEL.TEMP":-12.5,"AOCS.MODE":"NOMINAL"}},
			 {"spacecraftId":"DEMO-1","timestamp":"2026-12-05T10:00:01.000000Z","sequence":43,
			  "samples":{"EPS.BATTERY.VOLTAGE":28.0,"THERMAL.PANEL.TEMP":-12.4,"EPS.SA.DEPLOYED":true}}]}""";

	static final String FRAME_EXAMPLE = """
			{"spacecraftId":"DEMO-1","timestamp":"2026-12-05T10:00:02.000000Z","sequence":44,
			 "samples":{"EPS.BATTERY.VOLTAGE":27.9,"AOCS.MODE":"SAFE"}}""";

	private TelemetryDocs() {
	}

}
