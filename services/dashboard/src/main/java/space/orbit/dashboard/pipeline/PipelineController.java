package space.orbit.dashboard.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.ViewerAccess;

/** The pipeline strip's figures, for a viewer. */
@RestController
@ViewerAccess
@RequestMapping("/api/v1")
@Tag(name = "pipeline", description = "How the telemetry pipeline is doing, from the services' own metrics and APIs")
class PipelineController {

	private final PipelineMonitor monitor;

	private final OpenAlerts openAlerts;

	PipelineController(PipelineMonitor monitor, OpenAlerts openAlerts) {
		this.monitor = monitor;
		this.openAlerts = openAlerts;
	}

	@GetMapping("/pipeline")
	@Operation(operationId = "pipeline",
			summary = "The pipeline strip: samples/s accepted, stored and archived, " + "consumer lag, open alerts",
			description = "Rates from the change of ingest's, the processor's and the enricher's counters (their "
					+ "/metrics, read every orbit.dashboard.pipeline.interval), the largest Kafka consumer lag of the "
					+ "enricher and the analyzer, and the analyzer's open alerts (its API, now). A service that did "
					+ "not answer has 'answered' false and no value: never an error")
	@ApiResponse(responseCode = "200", description = "The figures, each with the service it comes from")
	@ApiResponse(responseCode = "406", description = "The Accept header does not take JSON")
	PipelineView pipeline() {
		PipelineView latest = this.monitor.latest();
		List<PipelineView.Figure> figures = new ArrayList<>(latest.figures());
		figures.add(this.openAlerts.count());
		return new PipelineView(latest.at(), figures);
	}

}
