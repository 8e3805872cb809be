package space.orbit.worker.jobs;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/jobs}: submit, follow and cancel compute jobs. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobsController {

	private final SubmitJob submitJob;

	private final JobStore store;

	JobsController(SubmitJob submitJob, JobStore store) {
		this.submitJob = submitJob;
		this.store = store;
	}

	@PostMapping
	@Operation(summary = "Submit a job", description = "Answers 202 with the job (QUEUED) and its Location; "
			+ "the type field selects PASS_PREDICTION, GROUND_TRACK, CONJUNCTION_SCREENING or SPECTRAL_ANALYSIS.")
	ResponseEntity<JobView> submit(@Valid @RequestBody JobRequest request) {
		JobRecord job = this.submitJob.submit(request);
		return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(JobView.of(job, null));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job: its state, progress and, once SUCCEEDED, its result")
	JobView get(@PathVariable UUID id) {
		JobRecord job = this.store.find(id).orElseThrow(() -> new JobNotFoundException(id));
		String result = (job.state() == JobState.SUCCEEDED) ? this.store.result(id).orElse(null) : null;
		return JobView.of(job, result);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel a job that has not ended",
			description = "A running job stops at its next " + "progress report. 409 if it has already ended.")
	JobView cancel(@PathVariable UUID id) {
		boolean cancelled = this.store.cancel(id);
		JobRecord job = this.store.find(id).orElseThrow(() -> new JobNotFoundException(id));
		if (!cancelled) {
			throw new JobFinishedException(job.state());
		}
		return JobView.of(job, null);
	}

}
