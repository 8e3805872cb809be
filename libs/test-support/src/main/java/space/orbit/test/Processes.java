package space.orbit.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the classes here that start and stop processes share: a pause, a look at whether a
 * local port accepts connections, waiting for a started server to listen, and waiting for
 * a process to end.
 */
final class Processes {

	private Processes() {
	}

	/** Sleeps; an interrupt is kept and ends the wait with an exception. */
	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Whether something accepts TCP connections on 127.0.0.1:{@code port}. */
	static boolean listening(int port, int timeoutMillis) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Waits until the server {@code process} started accepts connections on {@code port}.
	 * A process that exits or does not listen in time fails with its log's last lines;
	 * one that does not listen in time is killed.
	 */
	static void awaitListening(Process process, int port, Duration timeout, String what, Path log) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!listening(port, 200)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						what + " exited with " + process.exitValue() + "; its log " + log + " ends:\n" + tail(log));
			}
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException(what + " did not listen on " + port + " within " + timeout.toSeconds()
						+ " s; its log " + log + " ends:\n" + tail(log));
			}
			sleep(100);
		}
	}

	/**
	 * Waits up to {@code seconds} for {@code process} to end, then kills it; whether it
	 * ended by itself.
	 */
	static boolean awaitExit(Process process, int seconds) {
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				return false;
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Runs a command with these environment variables added, waits up to {@code seconds}
	 * for it, and returns its output; a non-zero exit or a timeout fails with the output.
	 */
	static String run(List<String> command, Map<String, String> environment, int seconds) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(environment);
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish in " + seconds + " s");
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

}
