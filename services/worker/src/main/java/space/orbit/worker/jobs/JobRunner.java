package space.orbit.worker.jobs;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import space.orbit.worker.WorkerProperties;
import space.orbit.worker.compute.JobStoppedException;
import space.orbit.worker.compute.Progress;

/**
 * Runs one attempt of a job on a thread of its own, inside a {@code job <TYPE>} span (a
 * child of the message's consume span), within the time limit. Progress is written at
 * most twice a second, and each write tells whether the job was cancelled.
 */
@Component
class JobRunner implements DisposableBean {

	private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

	private final ExecutorService executor = Executors
		.newThreadPerTaskExecutor(Thread.ofPlatform().name("job-", 0).daemon(true).factory());

	private final Computations computations;

	private final JobStore store;

	private final JsonMapper json;

	private final ObservationRegistry observations;

	private final Duration timeLimit;

	JobRunner(Computations computations, JobStore store, JsonMapper json, ObservationRegistry observations,
			WorkerProperties properties) {
		this.computations = computations;
		this.store = store;
		this.json = json;
		this.observations = observations;
		this.timeLimit = properties.timeLimit();
	}

	/** The result as JSON; throws what the computation threw. */
	String run(UUID id, JobRequest request) throws InterruptedException {
		AtomicBoolean timedOut = new AtomicBoolean();
		Progress progress = progress(id, timedOut);
		Observation observation = Observation.createNotStarted("orbit.job", this.observations)
			.contextualName("job " + request.jobType())
			.lowCardinalityKeyValue("job.type", request.jobType().name())
			.highCardinalityKeyValue("job.id", id.toString());
		observation.parentObservation(this.observations.getCurrentObservation()).start();
		Future<String> future = this.executor.submit(
				() -> observation.scoped(() -> this.json.writeValueAsString(this.computations.run(request, progress))));
		try {
			return future.get(this.timeLimit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			timedOut.set(true);
			future.cancel(true);
			observation.error(ex);
			throw new JobTimedOutException(this.timeLimit);
		}
		catch (ExecutionException ex) {
			observation.error(ex.getCause());
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private Progress progress(UUID id, AtomicBoolean timedOut) {
		long[] last = { System.nanoTime() };
		return (fraction) -> {
			if (timedOut.get() || Thread.currentThread().isInterrupted()) {
				throw new JobStoppedException("stopped: time limit");
			}
			long now = System.nanoTime();
			if (now - last[0] >= PROGRESS_INTERVAL_NANOS) {
				last[0] = now;
				if (this.store.progress(id, Math.min(1, Math.max(0, fraction))) == JobState.CANCELLED) {
					throw new JobStoppedException("cancelled");
				}
			}
		};
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
