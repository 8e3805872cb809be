package space.orbit.enricher.archive;

/** The archive API's documentation: operation and parameter descriptions. */
final class ArchiveDocs {

	static final String SAMPLES = "Raw samples of one parameter over [from, to), in time (then sequence) order, "
			+ "`limit` at a time (default 1000, at most orbit.enricher.query.max-raw-samples, 10000). To page a long "
			+ "raw range, pass the answer's `next` as `after` with the same spacecraftId, parameter, from and to (the "
			+ "answer gives them as resolved, so a defaulted `to` stays put); `next` is absent on the last page. "
			+ "The range is the hour before now by default and at most orbit.enricher.query.max-range (31 days) "
			+ "long. To chart a long range, read /api/v1/archive/steps: one call.";

	static final String STEPS = "Count, and the least, greatest and mean engineering value, of the samples in each "
			+ "step of [from, to): steps aligned on `from`, empty ones left out. Without a `step`, about 1000 steps "
			+ "of whole seconds (orbit.enricher.query.default-steps); a step may cut the range into at most 10000 "
			+ "steps (orbit.enricher.query.max-steps). The default `limit` is that maximum, so a whole downsampled "
			+ "range comes in one call; with a smaller `limit` the answer is cut and `next`, passed as `after` with "
			+ "the same spacecraftId, parameter, from, to and step, continues it. The range is the hour before now "
			+ "by default and at most orbit.enricher.query.max-range (31 days) long.";

	static final String BAD_SAMPLES = "A parameter is missing or malformed, the range is longer than the maximum, "
			+ "`limit` is out of range (the maximum in `maximum`) or `after` is not a cursor of this list";

	static final String BAD_STEPS = "A parameter is missing or malformed, the range is longer than the maximum, "
			+ "the step cuts it into more steps than the maximum, `limit` is out of range (the maximum in "
			+ "`maximum`) or `after` is not a cursor of these steps";

	static final String SPACECRAFT = "The spacecraft";

	static final String PARAMETER = "The parameter, raw or derived";

	static final String FROM = "ISO-8601 instant, inclusive; default: an hour before `to`";

	static final String TO = "ISO-8601 instant, exclusive; default: now";

	static final String SAMPLES_LIMIT = "Samples per page: 1 to 10000 (orbit.enricher.query.max-raw-samples); "
			+ "default 1000";

	static final String SAMPLES_AFTER = "The previous page's `next`, unchanged";

	static final String STEP = "A duration such as 10s, 5m, 1h or PT1M; default: about 1000 steps over the range";

	static final String STEPS_LIMIT = "Steps per page: 1 to 10000 (orbit.enricher.query.max-steps), the default";

	static final String STEPS_AFTER = "The previous page's `next`, unchanged (with the same from, to and step)";

	static final String EXPORT = "Up to 8 parameters of one spacecraft over [from, to) as CSV (RFC 4180, UTF-8, "
			+ "CRLF), streamed as it is read: raw samples merged in time order (columns timestamp, spacecraftId, "
			+ "parameter, sequence, raw, calibrated, unit), or with a `step` the downsampled archive (columns from, "
			+ "spacecraftId, parameter, count, min, max, avg, unit: the calibrated values' least, greatest and "
			+ "mean). The header `X-Orbit-Row-Count` gives the rows that follow the header line, counted before "
			+ "the first is sent (samples archived into the range meanwhile may add rows). A raw export has no "
			+ "row limit; the range is at most orbit.enricher.query.max-range (31 days) long, the hour before now "
			+ "by default.";

	static final String BAD_EXPORT = "A parameter is missing, repeated or malformed, more than 8 parameters, the "
			+ "range is longer than the maximum, or the step cuts it into more steps than the maximum";

	static final String EXPORT_PARAMETERS = "The parameters, raw or derived: 1 to 8, repeat the query parameter";

	static final String EXPORT_STEP = "A duration such as 10s, 5m, 1h or PT1M: the downsampled archive; "
			+ "absent: every raw sample";

	private ArchiveDocs() {
	}

}
