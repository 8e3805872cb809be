package space.orbit.worker.jobs;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.Actor;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.ConflictException;
import space.orbit.kit.web.NotFoundException;

/** {@code /api/v1/jobs}: submit, follow and cancel compute jobs. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Flight-dynamics and signal-analysis jobs, run by the workers")
class JobsController {

	private final SubmitJob submitJob;

	private final JobStore store;

	JobsController(SubmitJob submitJob, JobStore store) {
		this.submitJob = submitJob;
		this.store = store;
	}

	@PostMapping
	@OperatorAccess
	@Operation(operationId = "submitJob", summary = "Submit a job", description = JobDocs.SUBMIT,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = JobRequest.class),
					examples = {
							@ExampleObject(name = "PASS_PREDICTION", summary = "Passes over Kiruna",
									value = JobDocs.PASS_PREDICTION),
							@ExampleObject(name = "GROUND_TRACK", summary = "90 minutes of ground track",
									value = JobDocs.GROUND_TRACK),
							@ExampleObject(name = "CONJUNCTION_SCREENING", summary = "Two objects screened for a day",
									value = JobDocs.CONJUNCTION_SCREENING),
							@ExampleObject(name = "SPECTRAL_ANALYSIS", summary = "The periods of a battery's voltage",
									value = JobDocs.SPECTRAL_ANALYSIS) })))
	@ApiResponse(responseCode = "202", description = "Queued: the job (QUEUED), its URL in Location")
	@ApiResponse(responseCode = "422", description = JobDocs.INVALID)
	@ApiResponse(responseCode = "503", description = JobDocs.UNAVAILABLE)
	ResponseEntity<JobView> submit(@Valid @RequestBody JobRequest request) {
		JobRecord job = this.submitJob.submit(request, Actor.current());
		return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(JobView.of(job, null));
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getJob", summary = "A job: its state, progress and, once SUCCEEDED, its result")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiResponse(responseCode = "404", description = "No job has this id")
	JobView get(@Parameter(description = "The job's id, from its submission") @PathVariable UUID id) {
		JobRecord job = find(id);
		String result = (job.state() == JobState.SUCCEEDED) ? this.store.result(id).orElse(null) : null;
		return JobView.of(job, result);
	}

	@DeleteMapping("/{id}")
	@OperatorAccess
	@Operation(operationId = "cancelJob", summary = "Cancel a job that has not ended",
			description = "A running job stops at its next progress report.")
	@ApiResponse(responseCode = "200", description = "The job, CANCELLED")
	@ApiResponse(responseCode = "404", description = "No job has this id")
	@ApiResponse(responseCode = "409", description = "The job has already ended: conflict, reason job_ended")
	JobView cancel(@Parameter(description = "The job's id, from its submission") @PathVariable UUID id) {
		boolean cancelled = this.store.cancel(id, Actor.current());
		JobRecord job = find(id);
		if (!cancelled) {
			throw new ConflictException("job_ended",
					"The job has already ended (" + job.state() + "); there is nothing to cancel.")
				.with("state", job.state().name());
		}
		return JobView.of(job, null);
	}

	private JobRecord find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("No job has the id " + id + "."));
	}

}
