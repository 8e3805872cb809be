package space.orbit.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;

import static org.awaitility.Awaitility.await;

/**
 * This machine's real NATS JetStream ({@code ORBIT_TEST_NATS_URL}, default
 * {@code nats://127.0.0.1:4222}) with a stream and a subject prefix unique to one test:
 * the logistics services under test are pointed at them with {@code orbit.nats.stream}
 * and {@code orbit.nats.subject-prefix}. The stream (and the dead-letter stream
 * {@code <stream>_DEAD} the services declare beside it) is deleted on {@link #close()}.
 */
public final class TestNats implements AutoCloseable {

	public static final String URL = TestPostgres.env("ORBIT_TEST_NATS_URL", "nats://127.0.0.1:4222");

	private final Connection connection;

	private final String stream;

	private final String subjectPrefix;

	private TestNats(Connection connection, String stream, String subjectPrefix) {
		this.connection = connection;
		this.stream = stream;
		this.subjectPrefix = subjectPrefix;
	}

	/**
	 * A new stream (subjects {@code user.*}, {@code order.*}, {@code stock.*} under a
	 * unique prefix), declared as the services declare it.
	 */
	public static TestNats withUniqueStream(String prefix) {
		String name = TestNames.unique(prefix.replaceAll("[^A-Za-z0-9]", "_") + "_");
		Connection connection;
		try {
			connection = Nats.connect(new Options.Builder().server(URL).connectionName("orbit-test").build());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("NATS is not reachable at " + URL
					+ ": start it (nats-server -js, see ./orbit up) or set ORBIT_TEST_NATS_URL", ex);
		}
		TestNats nats = new TestNats(connection, name.toUpperCase(), name.replace('_', '-') + ".");
		nats.declare();
		return nats;
	}

	public String url() {
		return URL;
	}

	public String stream() {
		return this.stream;
	}

	/** The prefix of every subject of this test, ending with a dot. */
	public String subjectPrefix() {
		return this.subjectPrefix;
	}

	/** The full subject of an event type such as {@code user.created}. */
	public String subject(String type) {
		return this.subjectPrefix + type;
	}

	/** The properties that point a logistics service at this stream. */
	public Map<String, String> properties() {
		return Map.of("orbit.nats.url", URL, "orbit.nats.stream", this.stream, "orbit.nats.subject-prefix",
				this.subjectPrefix);
	}

	/**
	 * Publishes an event as a service would (JSON, message id, optional extra headers);
	 * true when JetStream stored it, false when it dropped it as a duplicate.
	 */
	public boolean publish(String type, String messageId, String json, Map<String, String> headers) {
		Headers natsHeaders = new Headers();
		natsHeaders.put("Content-Type", "application/json");
		headers.forEach(natsHeaders::put);
		try {
			PublishAck ack = this.connection.jetStream()
				.publish(subject(type), natsHeaders, json.getBytes(StandardCharsets.UTF_8),
						PublishOptions.builder().messageId(messageId).build());
			return !ack.isDuplicate();
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("cannot publish " + type + " to " + this.stream, ex);
		}
	}

	/**
	 * Publishes any bytes (a poison message, say) on an event type's subject, with no
	 * message id; the headers may be null.
	 */
	public void publishRaw(String type, byte[] data, Headers headers) {
		try {
			this.connection.jetStream().publish(subject(type), headers, data);
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("cannot publish " + type + " to " + this.stream, ex);
		}
	}

	/** The dead-letter stream the services declare beside this stream. */
	public String deadLetterStream() {
		return this.stream + "_DEAD";
	}

	/**
	 * The copies of an event type's unreadable events on its dead-letter subject
	 * ({@code <subject>.dead}), in order; none while the dead-letter stream is missing.
	 */
	public List<Event> deadEvents(String type) {
		try {
			if (!this.connection.jetStreamManagement().getStreamNames().contains(deadLetterStream())) {
				return List.of();
			}
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("cannot list the streams", ex);
		}
		return read(deadLetterStream(), subject(type) + ".dead");
	}

	/** Every message of an event type stored in the stream so far, in order. */
	public List<Event> events(String type) {
		return read(this.stream, subject(type));
	}

	private List<Event> read(String stream, String subject) {
		List<Event> events = new ArrayList<>();
		try {
			JetStreamManagement management = this.connection.jetStreamManagement();
			StreamInfo info = management.getStreamInfo(stream);
			long last = info.getStreamState().getLastSequence();
			for (long sequence = info.getStreamState().getFirstSequence(); sequence <= last && last > 0; sequence++) {
				MessageInfo message = management.getMessage(stream, sequence);
				if (subject.equals(message.getSubject())) {
					byte[] data = (message.getData() != null) ? message.getData() : new byte[0];
					events.add(new Event(sequence, new String(data, StandardCharsets.UTF_8),
							headers(message.getHeaders())));
				}
			}
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("cannot read " + subject + " from " + stream, ex);
		}
		return events;
	}

	/** Waits until the events of a type satisfy the condition; returns them. */
	public List<Event> awaitEvents(String type, Predicate<List<Event>> condition, Duration timeout) {
		List<List<Event>> seen = new ArrayList<>(1);
		await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			List<Event> events = events(type);
			seen.clear();
			seen.add(events);
			return condition.test(events);
		});
		return seen.get(0);
	}

	public Connection connection() {
		return this.connection;
	}

	private void declare() {
		try {
			this.connection.jetStreamManagement()
				.addStream(StreamConfiguration.builder()
					.name(this.stream)
					.subjects(subject("user.*"), subject("order.*"), subject("stock.*"))
					.storageType(StorageType.File)
					.duplicateWindow(Duration.ofMinutes(10))
					.build());
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException(
					"cannot declare the test stream " + this.stream + " (is JetStream on? nats-server needs -js)", ex);
		}
	}

	private static Map<String, String> headers(Headers headers) {
		if (headers == null) {
			return Map.of();
		}
		HashMap<String, String> values = new HashMap<>();
		headers.keySet().forEach(key -> values.put(key, headers.getFirst(key)));
		return values;
	}

	@Override
	public void close() {
		try {
			JetStreamManagement management = this.connection.jetStreamManagement();
			if (management.getStreamNames().contains(deadLetterStream())) {
				management.deleteStream(deadLetterStream());
			}
			management.deleteStream(this.stream);
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("cannot delete the test stream " + this.stream, ex);
		}
		finally {
			try {
				this.connection.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * A message read back from the stream.
	 *
	 * @param sequence its stream sequence
	 * @param json its body
	 * @param headers its headers (first value of each)
	 */
	public record Event(long sequence, String json, Map<String, String> headers) {
	}

}
