package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Runs the topology: waits (in the background) until Kafka answers and the topics exist,
 * then starts Kafka Streams; closes it on shutdown. A failing stream thread is replaced,
 * up to 5 times in 5 minutes; beyond, the client stops and readiness says so.
 */
final class AnalyzerStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AnalyzerStreams.class);

	private final KafkaStreams streams;

	private final KafkaAdmin admin;

	private final Deque<Long> failures = new ArrayDeque<>();

	private volatile boolean running;

	private volatile Thread starter;

	AnalyzerStreams(Topology topology, Properties properties, KafkaAdmin admin, MeterRegistry registry) {
		this.streams = new KafkaStreams(topology, properties);
		this.admin = admin;
		this.streams.setUncaughtExceptionHandler(this::failed);
		this.streams.setStateListener((now, before) -> log.info("Kafka Streams {} -> {}", before, now));
		new KafkaStreamsMetrics(this.streams).bindTo(registry);
	}

	KafkaStreams.State state() {
		return this.streams.state();
	}

	@Override
	public void start() {
		this.running = true;
		this.starter = Thread.ofPlatform().name("analyzer-streams-start").daemon().start(this::startWhenReady);
	}

	private void startWhenReady() {
		long backoff = 500;
		while (this.running && !this.admin.initialize()) {
			log.warn("Kafka is not reachable or the topics are missing; starting detection in {} ms", backoff);
			try {
				Thread.sleep(backoff);
			}
			catch (InterruptedException ex) {
				return;
			}
			backoff = Math.min(backoff * 2, 10_000);
		}
		synchronized (this) {
			if (this.running) {
				this.streams.start();
			}
		}
	}

	private synchronized StreamThreadExceptionResponse failed(Throwable error) {
		long now = System.currentTimeMillis();
		this.failures.addLast(now);
		while (!this.failures.isEmpty() && this.failures.peekFirst() < now - Duration.ofMinutes(5).toMillis()) {
			this.failures.removeFirst();
		}
		if (this.failures.size() > 5) {
			log.error("Detection failed {} times in 5 minutes; stopping it", this.failures.size(), error);
			return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
		}
		log.error("A detection thread failed; replacing it", error);
		return StreamThreadExceptionResponse.REPLACE_THREAD;
	}

	@Override
	public void stop() {
		synchronized (this) {
			this.running = false;
		}
		Thread thread = this.starter;
		if (thread != null) {
			thread.interrupt();
		}
		this.streams.close(Duration.ofSeconds(20));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// after the web server and the listeners are up; stopped before them
		return Integer.MAX_VALUE - 100;
	}

}
