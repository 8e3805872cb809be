package space.orbit.dashboard.pipeline;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The pipeline strip: each figure with the service it comes from.
 *
 * @param at when the services' metrics were last read
 * @param figures accepted, stored, archived, lag, open alerts, in that order
 */
record PipelineView(@Schema(description = "When the services' metrics were last read") Instant at,
		List<Figure> figures) {

	/**
	 * One figure of the strip.
	 *
	 * @param name accepted, stored, archived, lag or openAlerts
	 * @param service the service (or services) it comes from
	 * @param answered whether they answered the last read (the page greys the name when
	 * not)
	 * @param value the figure; absent when they did not answer, or for a rate before two
	 * reads
	 * @param unit samples/s, records or alerts
	 */
	@Schema(name = "PipelineFigure", description = "One figure of the pipeline strip")
	record Figure(
			@Schema(description = "accepted, stored, archived, lag or openAlerts", example = "accepted") String name,
			@Schema(description = "The service (or services) it comes from", example = "ingest") String service,
			@Schema(description = "Whether they answered the last read") boolean answered,
			@Schema(description = "The figure; absent when they did not answer, or for a rate before two reads",
					example = "1250.5") Double value,
			@Schema(description = "samples/s, records or alerts", example = "samples/s") String unit) {

		static Figure silent(String name, String service, String unit) {
			return new Figure(name, service, false, null, unit);
		}

	}

}
