package space.orbit.simulator;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import space.orbit.simulator.fault.Durations;
import space.orbit.simulator.fault.FaultSpecParser;
import space.orbit.simulator.fault.ScenarioFile;
import space.orbit.simulator.model.ParameterCatalog;

/**
 * Turns friendly flags ({@code --rate 5}, {@code --fault stuck:ORB-2:...@+30s}) into
 * Spring properties ({@code --orbit.simulator.rate=5}), checking every value first so a
 * mistake ends the program with a message naming the flag and what it accepts. Flags with
 * a dot ({@code --server.port=0}) pass through as Spring properties.
 */
final class SimulatorCommandLine {

	static final String USAGE = """
			Usage: java -jar orbit-simulator-exec.jar [OPTIONS]   (or ./orbit up, which runs it at the demo rate)
			  --spacecraft N      spacecraft ORB-1..ORB-N (default 5)
			  --rate R            frames per second per spacecraft (default 1)
			  --samples N         samples per frame (default 42, the modelled parameters; more adds AUX channels)
			  --seed S            seed: the same seed gives the same frames (default 42)
			  --target URL        ingest's base URL (default $ORBIT_INGEST_URL or http://127.0.0.1:8100)
			  --batch-frames N    frames per POST (default: one second's worth, spacecraft x rate)
			  --connections N     POSTs in flight at once (default 1)
			  --max-retries N     re-sends of a failing batch before it counts as lost (default 30)
			  --duration D        simulated time to cover, then exit: 30s, 10m, 1h (default: run until stopped)
			  --start TIME        simulated instant of the first frame: ISO-8601, now, or -10m (default now)
			  --speed X           simulated seconds per wall-clock second (default 1; 20 runs 10 min in 30 s)
			  --orbits O          start: TLEs moved to the start (default); published: the demo mission's TLEs
			  --replay-cycle D    benchmarks: model D of simulated time (e.g. 2s), then replay it backward and
			                      forward under new timestamps, faults still at their times (default: model all)
			  --fault SPEC        schedule a fault (repeatable), see below
			  --scenario FILE     a YAML or JSON list of fault specs
			  --report FILE       write a JSON report at the end (sent, accepted, rejected, retries, rates, faults)
			  --help              this text
			Fault specs: """ + FaultSpecParser.FORMS;

	private static final Map<String, String> FLAGS = Map.ofEntries(Map.entry("--spacecraft", "spacecraft"),
			Map.entry("--rate", "rate"), Map.entry("--samples", "samples-per-frame"), Map.entry("--seed", "seed"),
			Map.entry("--target", "target"), Map.entry("--batch-frames", "batch-frames"),
			Map.entry("--connections", "connections"), Map.entry("--max-retries", "max-retries"),
			Map.entry("--duration", "duration"), Map.entry("--start", "start"), Map.entry("--scenario", "scenario"),
			Map.entry("--report", "report"), Map.entry("--speed", "speed"), Map.entry("--orbits", "orbits"),
			Map.entry("--replay-cycle", "replay-cycle"));

	private SimulatorCommandLine() {
	}

	/**
	 * The Spring arguments for these flags, or null for {@code --help}.
	 * @throws IllegalArgumentException naming the flag, the value and what it accepts
	 */
	static String[] translate(String... args) {
		List<String> out = new ArrayList<>();
		List<String> faults = new ArrayList<>();
		int spacecraft = 5;
		int samples = 0;
		Path scenario = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return null;
			}
			int eq = arg.indexOf('=');
			String flag = (eq > 0) ? arg.substring(0, eq) : arg;
			if (!FLAGS.containsKey(flag) && !flag.equals("--fault")) {
				if (arg.startsWith("--") && flag.contains(".")) {
					out.add(arg);
					continue;
				}
				throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
			String value;
			if (eq > 0) {
				value = arg.substring(eq + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(flag + " needs a value");
			}
			switch (flag) {
				case "--fault" -> faults.add(value);
				case "--spacecraft" -> spacecraft = integer(flag, value, 1, 10_000);
				case "--samples" -> samples = integer(flag, value, 1, 2_000);
				case "--scenario" -> scenario = Path.of(value);
				default -> {
				}
			}
			if (!flag.equals("--fault")) {
				out.add("--orbit.simulator." + FLAGS.get(flag) + "=" + check(flag, value));
			}
		}
		ParameterCatalog catalog = ParameterCatalog.forFrame(samples);
		FaultSpecParser parser = new FaultSpecParser(spacecraft, catalog);
		for (int n = 0; n < faults.size(); n++) {
			parse(parser, "--fault ", faults.get(n));
			out.add("--orbit.simulator.faults[" + n + "]=" + faults.get(n).trim());
		}
		if (scenario != null) {
			List<String> specs;
			try {
				specs = ScenarioFile.read(scenario);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("--scenario " + ex.getMessage(), ex);
			}
			for (int n = 0; n < specs.size(); n++) {
				parse(parser, "--scenario " + scenario + ", entry " + (n + 1) + ": ", specs.get(n));
			}
		}
		return out.toArray(String[]::new);
	}

	private static void parse(FaultSpecParser parser, String where, String spec) {
		try {
			parser.parse(spec);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + ex.getMessage() + "\nAccepted: " + FaultSpecParser.FORMS, ex);
		}
	}

	private static String check(String flag, String value) {
		return switch (flag) {
			case "--spacecraft" -> String.valueOf(integer(flag, value, 1, 10_000));
			case "--samples" -> String.valueOf(integer(flag, value, 1, 2_000));
			case "--batch-frames" -> String.valueOf(integer(flag, value, 1, 20_000));
			case "--connections" -> String.valueOf(integer(flag, value, 1, 64));
			case "--max-retries" -> String.valueOf(integer(flag, value, 0, 1_000_000));
			case "--rate" -> String.valueOf(rate(value));
			case "--speed" -> String.valueOf(speed(value));
			case "--seed" -> parsed(flag, value, "an integer such as 42", (v) -> String.valueOf(Long.parseLong(v)));
			case "--duration" -> duration(value);
			case "--replay-cycle" -> positive(flag, value);
			case "--start" -> parsed(flag, value,
					"'now', a time before now such as -10m, or an ISO-8601 instant such as 2026-11-21T10:00:00Z",
					(v) -> v.equalsIgnoreCase("now") ? v
							: v.startsWith("-") ? "-" + Durations.parse(v.substring(1)) : Instant.parse(v).toString());
			case "--target" -> target(value);
			case "--orbits" -> {
				if (!value.equals("start") && !value.equals("published")) {
					throw new IllegalArgumentException("--orbits '" + value + "': 'start' or 'published'");
				}
				yield value;
			}
			case "--scenario" -> {
				if (!Files.isReadable(Path.of(value))) {
					throw new IllegalArgumentException(
							"--scenario '" + value + "': no such readable file; it must hold " + ScenarioFile.FORM);
				}
				yield value;
			}
			default -> value;
		};
	}

	private static int integer(String flag, String value, int min, int max) {
		int n = parsed(flag, value, "a whole number from " + min + " to " + max, Integer::parseInt);
		if (n < min || n > max) {
			throw new IllegalArgumentException(
					flag + " '" + value + "': expected a whole number from " + min + " to " + max);
		}
		return n;
	}

	private static double rate(String value) {
		double rate = parsed("--rate", value, "frames per second per spacecraft, e.g. 1 or 0.5", Double::parseDouble);
		if (!(rate > 0) || Double.isInfinite(rate)) {
			throw new IllegalArgumentException("--rate '" + value + "': expected frames per second per spacecraft > 0");
		}
		return rate;
	}

	private static double speed(String value) {
		double speed = parsed("--speed", value, "simulated seconds per second, e.g. 1 or 20", Double::parseDouble);
		if (!(speed > 0) || Double.isInfinite(speed)) {
			throw new IllegalArgumentException("--speed '" + value + "': expected simulated seconds per second > 0");
		}
		return speed;
	}

	private static String duration(String value) {
		return positive("--duration", value);
	}

	private static String positive(String flag, String value) {
		String iso = parsed(flag, value, "a duration such as 30s, 10m or 1h30m", (v) -> Durations.parse(v).toString());
		if (iso.equals("PT0S") || iso.startsWith("PT-")) {
			throw new IllegalArgumentException(flag + " '" + value + "': expected a positive duration such as 30s");
		}
		return iso;
	}

	private static String target(String value) {
		URI uri = parsed("--target", value, "an http:// URL such as http://127.0.0.1:8100", URI::create);
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"--target '" + value + "': expected an http:// URL such as http://127.0.0.1:8100");
		}
		return value;
	}

	private static <T> T parsed(String flag, String value, String expected, Function<String, T> parse) {
		try {
			return parse.apply(value.trim());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(flag + " '" + value + "': expected " + expected, ex);
		}
	}

}
