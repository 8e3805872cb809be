package space.orbit.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TelemetryFixtures;

/**
 * What a client saw while RabbitMQ refused ingest (answers by status, 503s without
 * Retry-After or not problem+json), and ingest's memory before and during it: heap after
 * a full GC, resident set.
 */
record Refusal(String name, Map<String, Long> answers, long withoutRetryAfter, long notProblemJson, double seconds,
		long heapBefore, long heapAfter, long rssBefore, long rssPeak) {

	long heapAfterGcGrowth() {
		return this.heapAfter - this.heapBefore;
	}

	/**
	 * Refuses through {@code fail}, has a client POST for 30 s, measures ingest's memory
	 * before and after, and restores through {@code restore} (always).
	 */
	static Refusal measure(Spine spine, ServiceProcess ingest, String name, Runnable fail, Runnable restore)
			throws Exception {
		long heapBefore = Measured.heapAfterGc(ingest);
		long rssBefore = Measured.rss(ingest);
		try {
			fail.run();
			Map<String, LongAdder> answers = new ConcurrentHashMap<>();
			LongAdder withoutRetryAfter = new LongAdder();
			LongAdder notProblem = new LongAdder();
			AtomicLong rssPeak = new AtomicLong(rssBefore);
			String body = TelemetryFixtures.frames(500).samplesPerFrame(20).spacecraft("LOAD-1").json();
			long start = System.nanoTime();
			long end = start + TimeUnit.SECONDS.toNanos(30);
			List<Thread> clients = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				clients.add(Thread.ofVirtual().start(() -> {
					while (System.nanoTime() < end) {
						try {
							HttpResponse<String> response = spine.post(body, null);
							answers.computeIfAbsent(String.valueOf(response.statusCode()), (s) -> new LongAdder())
								.increment();
							if (response.headers().firstValue("Retry-After").isEmpty()) {
								withoutRetryAfter.increment();
							}
							if (!response.headers()
								.firstValue("Content-Type")
								.orElse("")
								.startsWith("application/problem+json")) {
								notProblem.increment();
							}
							Thread.sleep(100);
						}
						catch (Exception ex) {
							answers.computeIfAbsent(ex.getClass().getSimpleName(), (s) -> new LongAdder()).increment();
						}
					}
				}));
			}
			while (System.nanoTime() < end) {
				rssPeak.accumulateAndGet(Measured.rss(ingest), Math::max);
				Thread.sleep(500);
			}
			for (Thread client : clients) {
				client.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long heapAfter = Measured.heapAfterGc(ingest);
			Map<String, Long> counted = new TreeMap<>();
			answers.forEach((status, count) -> counted.put(status, count.sum()));
			return new Refusal(name, counted, withoutRetryAfter.sum(), notProblem.sum(), seconds, heapBefore, heapAfter,
					rssBefore, rssPeak.get());
		}
		finally {
			restore.run();
		}
	}

}
