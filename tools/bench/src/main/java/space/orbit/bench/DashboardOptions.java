package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code ./orbit bench --dashboard} does (issue 13's benchmark).
 *
 * @param pipeline the pipeline's step settings (rate, step, simulator, URLs), shared with
 * {@code ./orbit bench}
 * @param streamRate samples per second offered in part A (stream clients)
 * @param clients stream clients of part A, one of them stalled
 * @param warmup the unmeasured step before part A's first step
 * @param pageRate samples per second offered while the page is measured (part B)
 * @param pageDuration how long the page is measured
 * @param pageWarmup how long the page runs with live charts before the first sample
 * @param sampleEvery how often the page's metrics are read
 * @param stream whether part A runs
 * @param page whether part B runs
 * @param dashboardUrl the dashboard as a browser reaches it
 * @param authUrl the auth service (its login page)
 * @param adminEmail the account that logs in
 * @param adminPasswordFile its password
 * @param spacecraft the page's spacecraft
 * @param pageParameters the page's charts (8: one chart each)
 * @param allParameters every parameter the simulator sends (the stalled client asks for
 * all)
 */
record DashboardOptions(BenchOptions pipeline, int streamRate, int clients, Duration warmup, int pageRate,
		Duration pageDuration, Duration pageWarmup, Duration sampleEvery, boolean stream, boolean page,
		String dashboardUrl, String authUrl, String adminEmail, Path adminPasswordFile, String spacecraft,
		List<String> pageParameters, List<String> allParameters) {

	/** Eight numeric parameters every simulated spacecraft sends: eight live charts. */
	static final List<String> PAGE_PARAMETERS = List.of("EPS.BATTERY.VOLTAGE", "EPS.BATTERY.CURRENT", "EPS.BATTERY.SOC",
			"THERMAL.PANEL.TEMP", "THERMAL.OBC.TEMP", "AOCS.RW1.SPEED", "OBC.CPU.LOAD", "ORBIT.ALTITUDE");

	static final String USAGE = "use --rate 100k --clients 50 --step 30s --warmup 30s --page-rate 25k --page 5m "
			+ "--page-warmup 60s --sample-every 10s --only stream|page --spacecraft 5 --out DIR";

	static DashboardOptions parse(String[] args) {
		int rate = 100_000;
		int clients = 50;
		Duration warmup = null;
		int pageRate = 25_000;
		Duration page = Duration.ofMinutes(5);
		Duration pageWarmup = Duration.ofSeconds(60);
		Duration every = Duration.ofSeconds(10);
		String only = null;
		List<String> passed = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : "";
			switch (args[i]) {
				case "--dashboard" -> {
					continue;
				}
				case "--rate" -> rate = rate(value);
				case "--clients" -> clients = Integer.parseInt(value);
				case "--warmup" -> warmup = duration("--warmup", value);
				case "--page-rate" -> pageRate = rate(value);
				case "--page" -> page = duration("--page", value);
				case "--page-warmup" -> pageWarmup = duration("--page-warmup", value);
				case "--sample-every" -> every = duration("--sample-every", value);
				case "--only" -> only = value;
				case "--step", "--spacecraft", "--out", "--simulator" -> {
					passed.add(args[i]);
					passed.add(value);
				}
				default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
			}
			i++;
		}
		if (clients < 2) {
			throw new IllegalArgumentException("--clients must be 2 or more (one of them is the stalled one)");
		}
		if (only != null && !only.equals("stream") && !only.equals("page")) {
			throw new IllegalArgumentException("--only takes stream or page, not '" + only + "'");
		}
		if (every.compareTo(page) > 0 || every.isZero()) {
			throw new IllegalArgumentException("--sample-every must be positive and at most --page (" + page + ")");
		}
		passed.addAll(List.of("--no-reference", "--rates", Integer.toString(rate)));
		BenchOptions pipeline = BenchOptions.parse(passed.toArray(String[]::new));
		return new DashboardOptions(pipeline, rate, clients, (warmup != null) ? warmup : pipeline.stepDuration(),
				pageRate, page, pageWarmup, every, !"page".equals(only), !"stream".equals(only),
				BenchOptions.env("ORBIT_DASHBOARD_URL", "http://127.0.0.1:8080"),
				BenchOptions.env("ORBIT_AUTH_URL", "http://127.0.0.1:9000"),
				BenchOptions.env("ORBIT_BOOTSTRAP_ADMIN_EMAIL", "admin@orbit.local"),
				Path.of(BenchOptions.env("ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE", ".orbit/secrets/admin-password")),
				"ORB-1", PAGE_PARAMETERS, simulatorParameters(Path.of("tools/orbit/demo/parameters.jsonl")));
	}

	/** {@code 100k}, {@code 25000}. */
	static int rate(String text) {
		return Integer.parseInt(text.trim().toLowerCase(Locale.ROOT).replace("k", "000"));
	}

	/** {@code 30s}, {@code 5m}, {@code 90} (seconds). */
	static Duration duration(String option, String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (t.endsWith("m")) {
				return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
			}
			return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " takes a duration such as 30s or 5m, not '" + text + "'");
		}
	}

	/** The demo mission's parameters that the simulator sends (not the derived ones). */
	static List<String> simulatorParameters(Path file) {
		try {
			List<String> names = new ArrayList<>();
			JsonMapper json = JsonMapper.builder().build();
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank()) {
					JsonNode parameter = json.readTree(line);
					if (!parameter.path("description").asString("").startsWith("derived")) {
						names.add(parameter.get("name").asString());
					}
				}
			}
			return List.copyOf(names);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file + " (the demo mission's parameters); run from the "
					+ "repository's root, as ./orbit bench does", ex);
		}
	}

	/** The pipeline's settings with another step duration (the page's long step). */
	BenchOptions pipelineFor(Duration step) {
		return this.pipeline.withStepDuration(step);
	}

}
