package space.orbit.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's {@code promtool} (package prometheus), run on the checkout's files. */
final class Promtool {

	static final Path BINARY = Path.of(System.getProperty("orbit.promtool", "/usr/bin/promtool"));

	private Promtool() {
	}

	/** What a run printed and how it exited. */
	record Result(int exitCode, String output) {
	}

	static Result run(Path directory, String... arguments) {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException(BINARY + " is missing: apt-get install -y prometheus (./orbit test "
					+ "installs it: TEST_APT_PACKAGES), or point -Dorbit.promtool at a promtool");
		}
		List<String> command = new ArrayList<>(List.of(BINARY.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("promtool " + String.join(" ", arguments) + " did not finish");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
