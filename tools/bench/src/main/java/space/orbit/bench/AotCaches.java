package space.orbit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How each of the stack's JVMs runs with regard to its AOT cache (ADR 0011), read from
 * its command line: a cache recorded by an earlier run (and when), recording one in this
 * run, or none. A bench's CPU figures depend on it (ADR 0032): a cache recorded under
 * load carries the method profiles that let the JIT compile the hot path at once; a
 * recording JVM, or one whose cache was recorded idle, pays the warm-up inside the steps.
 */
final class AotCaches {

	static final String RECORDING = "recording";

	static final String NONE = "none";

	private AotCaches() {
	}

	/** Each running JVM component of the stack: what {@link #of} says of it. */
	static Map<String, String> now(Path pidDirectory) {
		Map<String, String> caches = new TreeMap<>();
		new ProcessStats.Finder(pidDirectory).processes().forEach((name, pids) -> {
			for (long pid : pids) {
				List<String> command = commandLine(pid);
				if (!command.isEmpty() && command.get(0).endsWith("java")) {
					caches.put(name, of(command, AotCaches::modified));
				}
			}
		});
		return caches;
	}

	/**
	 * {@code used <when it was written>} for {@code -XX:AOTCache=FILE},
	 * {@value #RECORDING} for {@code -XX:AOTCacheOutput=FILE}, else {@value #NONE}.
	 */
	static String of(List<String> command, Function<Path, Instant> modified) {
		for (String argument : command) {
			if (argument.startsWith("-XX:AOTCacheOutput=")) {
				return RECORDING;
			}
			if (argument.startsWith("-XX:AOTCache=")) {
				Instant written = modified.apply(Path.of(argument.substring("-XX:AOTCache=".length())));
				return (written != null) ? "used, recorded " + written.truncatedTo(ChronoUnit.MINUTES) : "used";
			}
		}
		return NONE;
	}

	/** One line for the report: the components by state. */
	static String line(Map<String, String> caches) {
		if (caches.isEmpty()) {
			return "AOT caches: not read.";
		}
		Map<String, List<String>> byState = new LinkedHashMap<>();
		caches.forEach((name, state) -> byState.computeIfAbsent(state, (key) -> new ArrayList<>()).add(name));
		List<String> parts = new ArrayList<>();
		byState.forEach((state, names) -> parts.add(state + ": " + String.join(", ", names)));
		String line = "AOT caches (ADR 0011): " + String.join("; ", parts) + ".";
		if (caches.containsValue(RECORDING)) {
			line += " Components recording their cache pay the JIT's warm-up inside the steps: compare with runs "
					+ "whose caches were made the same way (ADR 0032).";
		}
		return line;
	}

	private static List<String> commandLine(long pid) {
		try {
			String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8);
			return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

}
