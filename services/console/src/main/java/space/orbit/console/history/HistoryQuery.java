package space.orbit.console.history;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What the History view asks the archive: parameters of one spacecraft over
 * {@code [from, to)}, raw ({@code step} null) or reduced by a step such as {@code 1m}.
 *
 * @param spacecraftId the spacecraft
 * @param parameters one or two parameters, compared on one time axis
 * @param from inclusive
 * @param to exclusive
 * @param step the step, or null for raw samples
 */
record HistoryQuery(String spacecraftId, List<String> parameters, Instant from, Instant to, String step) {

	HistoryQuery {
		parameters = List.copyOf(parameters);
	}

	boolean reduced() {
		return this.step != null;
	}

	/** {@code spacecraftId=&from=&to=} of the enricher's archive API. */
	String range() {
		return "spacecraftId=" + encode(this.spacecraftId) + "&from=" + this.from + "&to=" + this.to;
	}

	/**
	 * The query of {@code GET /api/v1/archive/export}: every parameter, the step if any.
	 */
	String export() {
		StringBuilder query = new StringBuilder(range());
		this.parameters.forEach((parameter) -> query.append("&parameter=").append(encode(parameter)));
		if (this.step != null) {
			query.append("&step=").append(encode(this.step));
		}
		return query.toString();
	}

	/** A file name for the export: spacecraft, start, and whether it is reduced. */
	String fileName() {
		String start = this.from.toString().replace(':', '-');
		return this.spacecraftId.replaceAll("[^A-Za-z0-9._-]", "_") + "_" + start + (reduced() ? "_steps" : "")
				+ ".csv";
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
