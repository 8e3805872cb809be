package space.orbit.simulator.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.SmartLifecycle;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.send.Batch;
import space.orbit.simulator.send.IngestSender;
import space.orbit.simulator.send.SendStats;
import space.orbit.simulator.stream.FrameSink;
import space.orbit.simulator.stream.FrameSource;
import space.orbit.simulator.stream.ReplayStream;
import space.orbit.simulator.stream.TelemetryStream;
import space.orbit.telemetry.Frame;

/**
 * Runs the simulation in real time: a generator thread takes ticks from the stream, puts
 * each spacecraft's frames in its lane (spacecraft are dealt round-robin over
 * {@code connections} lanes), releases a lane's batch when the wall clock reaches its
 * last frame's simulated time, and queues it; each lane has one sender thread, so a
 * spacecraft's batches are posted one after another, in order, as a ground station would
 * (concurrent posts of one spacecraft could reach ingest out of order). With a duration
 * it writes the report and calls {@code whenDone} at the end. Exit code 0 only when
 * ingest accepted every frame generated.
 */
public class SimulationRunner implements SmartLifecycle, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

	private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final RunPlan plan;

	private final IngestSender sender;

	private final SendStats stats;

	private final Runnable whenDone;

	private final List<BlockingQueue<Batch>> lanes = new ArrayList<>();

	private final Map<String, Integer> laneOf = new HashMap<>();

	private final int samplesPerFrame;

	private final AtomicLong generated = new AtomicLong();

	private final List<Thread> senders = new ArrayList<>();

	private volatile String state = "starting";

	private volatile Instant until;

	private volatile long wallStart;

	private volatile boolean generatorDone;

	private Thread generator;

	public SimulationRunner(RunPlan plan, IngestSender sender, SendStats stats, Runnable whenDone) {
		this.plan = plan;
		this.sender = sender;
		this.stats = stats;
		this.whenDone = whenDone;
		for (int i = 0; i < plan.connections(); i++) {
			this.lanes.add(new ArrayBlockingQueue<>(2));
		}
		this.samplesPerFrame = ParameterCatalog.forFrame(plan.stream().samplesPerFrame()).size();
	}

	@Override
	public synchronized void start() {
		this.wallStart = System.nanoTime();
		this.state = "running";
		for (int i = 0; i < this.plan.connections(); i++) {
			BlockingQueue<Batch> lane = this.lanes.get(i);
			Thread thread = new Thread(() -> post(lane), "simulator-sender-" + (i + 1));
			this.senders.add(thread);
			thread.start();
		}
		this.generator = new Thread(this::generate, "simulator-generator");
		this.generator.start();
		log.info("Simulating {} spacecraft at {} frames/s each ({} samples a frame, seed {}) from {} to {}{}",
				this.plan.stream().spacecraft(), this.plan.stream().rate(), this.samplesPerFrame,
				this.plan.stream().seed(), this.plan.stream().start(), this.sender.endpoint(),
				(this.plan.duration() != null) ? " for " + this.plan.duration() : "");
	}

	@Override
	public synchronized void stop() {
		if (this.generator == null || !isRunning()) {
			return;
		}
		this.state = "stopped";
		this.sender.stopRetrying();
		this.generator.interrupt();
		this.senders.forEach(Thread::interrupt);
		try {
			this.generator.join(TimeUnit.SECONDS.toMillis(15));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.generator != null && this.generator.isAlive();
	}

	@Override
	public int getExitCode() {
		return report().complete() ? 0 : 1;
	}

	/** The report so far. */
	public SimulationReport report() {
		double wall = (this.wallStart == 0) ? 0 : (System.nanoTime() - this.wallStart) / 1e9;
		return SimulationReport.of(this.state, this.sender.endpoint().toString(), this.plan, this.samplesPerFrame,
				this.until, this.generated.get(), wall, this.stats.snapshot());
	}

	private void generate() {
		boolean covered = false;
		try {
			FrameSource stream = source(this.plan);
			long end = this.plan.endTick();
			long nextProgress = System.nanoTime() + PROGRESS_NANOS;
			List<Batch.Builder> pending = new ArrayList<>();
			this.lanes.forEach((lane) -> pending.add(new Batch.Builder(this.plan.batchFrames())));
			FrameSink byLane = new FrameSink() {

				@Override
				public void frame(Frame frame) {
					pending.get(lane(frame.spacecraftId())).frame(frame);
				}

				@Override
				public void encoded(String spacecraftId, Instant timestamp, long sequence, byte[] samplesJson,
						int samples) {
					pending.get(lane(spacecraftId)).encoded(spacecraftId, timestamp, sequence, samplesJson, samples);
				}

			};
			while (stream.tick() < end && !Thread.currentThread().isInterrupted()) {
				long k = stream.tick();
				this.generated.addAndGet(stream.next(byLane));
				this.until = stream.timeOf(k);
				for (int i = 0; i < pending.size(); i++) {
					Batch.Builder batch = pending.get(i);
					if (batch.frames() > 0 && (batch.frames() >= this.plan.batchFrames() || k + 1 == end)) {
						long due = this.wallStart + (long) (stream.secondsAt(k) / this.plan.speed() * 1e9)
								- System.nanoTime();
						TimeUnit.NANOSECONDS.sleep(Math.max(0, due));
						this.lanes.get(i).put(batch.build());
						pending.set(i, new Batch.Builder(this.plan.batchFrames()));
					}
				}
				if (System.nanoTime() > nextProgress) {
					nextProgress += PROGRESS_NANOS;
					log.info("Progress: {}", summary());
				}
			}
			covered = stream.tick() >= end;
		}
		catch (InterruptedException ex) {
			// stopped
		}
		catch (RuntimeException ex) {
			log.error("The simulation failed", ex);
		}
		finish(covered);
	}

	/** The modelled stream, or its replay when the plan asks for one. */
	static FrameSource source(RunPlan plan) {
		TelemetryStream stream = new TelemetryStream(plan.stream());
		return (plan.replayCycle() != null) ? new ReplayStream(stream, plan.replayCycle()) : stream;
	}

	/**
	 * The lane of a spacecraft: dealt round-robin in the order spacecraft first appear.
	 */
	private int lane(String spacecraftId) {
		return this.laneOf.computeIfAbsent(spacecraftId, (id) -> this.laneOf.size() % this.lanes.size());
	}

	private void post(BlockingQueue<Batch> lane) {
		try {
			while (!this.generatorDone || !lane.isEmpty()) {
				Batch batch = lane.poll(200, TimeUnit.MILLISECONDS);
				if (batch != null) {
					this.sender.send(batch);
				}
			}
		}
		catch (InterruptedException ex) {
			// stopped: what is still queued was never sent
		}
	}

	private void finish(boolean covered) {
		this.generatorDone = true;
		for (Thread thread : this.senders) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (covered) {
			this.state = "finished";
		}
		SimulationReport report = report();
		log.info("Simulation {}: {}", this.state, summary());
		if (this.plan.report() != null) {
			report.writeTo(this.plan.report());
			log.info("Report written to {}", this.plan.report().toAbsolutePath());
		}
		if (covered) {
			this.whenDone.run();
		}
	}

	private String summary() {
		SimulationReport r = report();
		return String.format(
				"%d frames generated, %d sent (%d samples), %d accepted (%d samples), rejected %s, %d retries, "
						+ "%d frames lost; %.1f frames/s, %.0f samples/s accepted over %.0f s",
				r.framesGenerated(), r.framesSent(), r.samplesSent(), r.framesAccepted(), r.samplesAccepted(),
				r.framesRejected(), r.retries(), r.framesLost(), r.sentFramesPerSecond(), r.acceptedSamplesPerSecond(),
				r.wallSeconds());
	}

}
