package space.orbit.ingest.telemetry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This machine's RabbitMQ driven through {@code rabbitmqctl}, to make the broker itself
 * push back on one named connection or one queue, never on the whole broker (other
 * engineers' tests share it). Every fault undoes itself on the broker after
 * {@link #SAFETY_SECONDS}, should the test JVM die before its {@code finally}.
 */
final class RabbitControl {

	static final int SAFETY_SECONDS = 60;

	private static final Pattern PID = Pattern.compile("\"(<[0-9.]+>)\"");

	private RabbitControl() {
	}

	/**
	 * Raises a memory alarm for one connection only: RabbitMQ's reader sends it
	 * {@code connection.blocked} and stops reading what it publishes, exactly as on a
	 * broker-wide alarm. Returns the reader's pid.
	 */
	static String block(String connectionName) {
		return onConnection(connectionName, "P ! {conserve_resources, memory, true}, " + "timer:send_after("
				+ SAFETY_SECONDS * 1000 + ", P, {conserve_resources, memory, false})");
	}

	/**
	 * Clears the alarm of {@link #block}: RabbitMQ sends {@code connection.unblocked}.
	 */
	static void unblock(String pid) {
		eval("list_to_pid(\"" + pid + "\") ! {conserve_resources, memory, false}.");
	}

	/**
	 * Stalls one connection: its reader process on the broker is suspended, so nothing
	 * the client sends is read, routed or confirmed (a wedged broker or network). Returns
	 * the reader's pid.
	 */
	static String stall(String connectionName) {
		return onConnection(connectionName,
				"sys:suspend(P), " + "spawn(fun() -> timer:sleep(" + SAFETY_SECONDS * 1000 + "), exit(P, kill) end)");
	}

	/**
	 * Ends a connection on the broker's side without reading what it had not read yet:
	 * the reader process is killed, the socket closes.
	 */
	static void kill(String pid) {
		eval("exit(list_to_pid(\"" + pid + "\"), kill).");
	}

	/** Applies a policy (highest priority) to exactly one queue. */
	static void policy(String name, String queue, String definition) {
		run("set_policy", "--apply-to", "queues", "--priority", "999", name, "^" + Pattern.quote(queue) + "$",
				definition);
	}

	static void clearPolicy(String name) {
		run("clear_policy", name);
	}

	/** Runs {@code action} (on {@code P}) for each connection of that client name. */
	private static String onConnection(String connectionName, String action) {
		String output = eval(
				"[begin " + action + ", pid_to_list(P) end " + "|| P <- rabbit_networking:connections_local(), "
						+ "{client_properties, Cp} <- rabbit_reader:info(P, [client_properties]), "
						+ "{<<\"connection_name\">>, longstr, N} <- Cp, N =:= <<\"" + connectionName + "\">>].");
		Matcher pid = PID.matcher(output);
		if (!pid.find()) {
			throw new IllegalStateException("RabbitMQ has no connection named " + connectionName + ": " + output);
		}
		return pid.group(1);
	}

	private static String eval(String expression) {
		return run("eval", expression);
	}

	private static String run(String... arguments) {
		List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("rabbitmqctl is needed to make RabbitMQ push back: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
