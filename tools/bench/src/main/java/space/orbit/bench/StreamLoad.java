package space.orbit.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import space.orbit.test.BrowserLogin;

/**
 * Part A: the pipeline at one rate, a step without stream clients, the same step with
 * them (all but one reading, one stalled), and one more without them.
 */
final class StreamLoad {

	private final DashboardOptions options;

	StreamLoad(DashboardOptions options) {
		this.options = options;
	}

	StreamFigures run() throws IOException, InterruptedException {
		int rate = this.options.streamRate();
		OrbitStep warmup = new OrbitStep(this.options.pipelineFor(this.options.warmup()));
		OrbitStep step = new OrbitStep(this.options.pipeline());
		URI dashboard = URI.create(this.options.dashboardUrl());
		Bench.say("dashboard A: logging in at %s as %s...", dashboard, this.options.adminEmail());
		BrowserLogin session = DashboardLogin.logIn(dashboard, URI.create(this.options.authUrl()),
				this.options.adminEmail(), this.options.adminPasswordFile());
		// The warm-up has the clients too: the pipeline's and the dashboard's code paths
		// are both compiled before anything is measured.
		Bench.say("dashboard A: warming up at %,d samples/s for %ds with the clients, not measured...", rate,
				this.options.warmup().toSeconds());
		try (StreamClients clients = open(session, dashboard)) {
			warmup.run(rate, 2_000);
		}
		awaitNoClients();
		StreamFigures.Phase without = phase("without clients", step, 2_001, null);
		StreamFigures.Phase with;
		try (StreamClients clients = open(session, dashboard)) {
			Bench.say("dashboard A: %d clients reading, 1 stalled (%s)", clients.readers(), clients.stalledStatus());
			with = phase("with " + this.options.clients() + " clients (1 stalled)", step, 2_002, clients);
		}
		awaitNoClients();
		StreamFigures.Phase again = phase("without clients, again", step, 2_003, null);
		return new StreamFigures(rate, this.options.clients(), without, with, again);
	}

	private StreamClients open(BrowserLogin session, URI dashboard) throws IOException, InterruptedException {
		StreamClients clients = StreamClients.open(session, dashboard, this.options.clients() - 1,
				this.options.pipeline().spacecraft(), this.options.pageParameters(), this.options.allParameters());
		try {
			clients.awaitConnected(Duration.ofSeconds(30));
		}
		catch (RuntimeException ex) {
			clients.close();
			throw ex;
		}
		return clients;
	}

	private StreamFigures.Phase phase(String name, OrbitStep step, int seed, StreamClients clients)
			throws IOException, InterruptedException {
		Bench.say("dashboard A: %s, %,d samples/s for %ds...", name, this.options.streamRate(),
				this.options.pipeline().stepDuration().toSeconds());
		String loadBefore = loadAverage();
		SseTally.Snapshot before = (clients != null) ? clients.snapshot() : null;
		long start = System.nanoTime();
		StepResult result;
		DashboardWatch.Figures figures;
		try (DashboardWatch watch = DashboardWatch.start(this.options.dashboardUrl())) {
			result = step.run(this.options.streamRate(), seed);
			figures = watch.finish();
		}
		// Rates over the sending window (the first accepted batch to the simulator's
		// exit),
		// as the pipeline's own; what came during the drain counts in, which it barely
		// does.
		double sending = (result.acceptedPerSecond() > 0) ? result.accepted() / result.acceptedPerSecond()
				: (System.nanoTime() - start) / 1e9;
		StreamFigures.Readers readers = (clients != null)
				? StreamFigures.Readers.of(clients, clients.snapshot().minus(before), sending) : null;
		Bench.say(
				"  stored p99 %.0f ms, accepted %,.0f/s; dashboard heap max %.0f of %.0f MiB, live %.0f MiB, "
						+ "queued max %d, dropped %,.0f%s",
				result.latencyP99() * 1000, result.acceptedPerSecond(), figures.heapUsedMaxMib(), figures.heapMaxMib(),
				figures.liveDataMaxMib(), figures.queuedMax(), figures.dropped(),
				(readers != null) ? String.format(java.util.Locale.ROOT, "; readers %.1f events/s each (%d failed)",
						readers.eventsPerSecond(), readers.failed()) : "");
		return new StreamFigures.Phase(name, result, figures, readers, loadBefore, loadAverage());
	}

	/** The dashboard notices a closed stream at its next write (at most a heartbeat). */
	private void awaitNoClients() throws InterruptedException {
		URI metrics = URI.create(this.options.dashboardUrl() + "/metrics");
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (Prometheus.scrape(metrics).sum("orbit_dashboard_stream_clients") > 0 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
	}

	/** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
