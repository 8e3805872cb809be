package space.orbit.nats;

import java.io.IOException;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The NATS connection and JetStream context; declares the events stream (subjects
 * {@code user.*}, {@code order.*}, {@code stock.*} under the prefix) and its dead-letter
 * stream ({@code <stream>_DEAD}, subjects {@code user.*.dead}, {@code order.*.dead},
 * {@code stock.*.dead} under the prefix) when they are missing.
 * <p>
 * The dead-letter subjects name the event families, not {@code *.*.dead}: JetStream
 * refuses a stream whose subjects overlap another's, and {@code *.*.dead} takes
 * {@code x.user.dead} from every stream under a one-token prefix (each test's), so
 * {@code ./orbit up}'s streams and the tests' could not live on one server. A dead-letter
 * stream declared with the old subjects is updated to these.
 */
@AutoConfiguration
@EnableConfigurationProperties(NatsProperties.class)
public class NatsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NatsConfiguration.class);

	/** JetStream's "stream name already in use" (a concurrent declaration won). */
	private static final int STREAM_NAME_IN_USE = 10058;

	/** The event families: the first token of every event type. */
	private static final List<String> FAMILIES = List.of("user", "order", "stock");

	@Bean(destroyMethod = "close")
	Connection natsConnection(NatsProperties properties, @Value("${spring.application.name}") String name)
			throws IOException, InterruptedException {
		Options options = new Options.Builder().server(properties.url())
			.connectionName("orbit-" + name)
			.connectionTimeout(properties.requestTimeout())
			.maxReconnects(-1)
			.build();
		try {
			Connection connection = Nats.connect(options);
			declareStream(connection, properties);
			return connection;
		}
		catch (IOException | JetStreamApiException ex) {
			throw new IllegalStateException("NATS JetStream is not usable at " + properties.url()
					+ " (set ORBIT_NATS_URL; the server needs -js): " + ex.getMessage(), ex);
		}
	}

	@Bean
	JetStream jetStream(Connection connection, NatsProperties properties) throws IOException {
		return connection.jetStream(JetStreamOptions.builder().requestTimeout(properties.requestTimeout()).build());
	}

	@Bean
	EventPublisher eventPublisher(JetStream jetStream, NatsProperties properties, ObservationRegistry observations) {
		return new EventPublisher(jetStream, properties, observations);
	}

	@Bean
	DeadLetters deadLetters(JetStream jetStream, MeterRegistry meters) {
		return new DeadLetters(jetStream, meters);
	}

	@Bean
	EventSubscriptions eventSubscriptions(Connection connection, NatsProperties properties,
			ObservationRegistry observations, DeadLetters deadLetters) {
		return new EventSubscriptions(connection, properties, observations, deadLetters);
	}

	@Bean
	NatsHealthIndicator natsHealthIndicator(Connection connection) {
		return new NatsHealthIndicator(connection);
	}

	static void declareStream(Connection connection, NatsProperties properties)
			throws IOException, JetStreamApiException {
		JetStreamManagement management = connection.jetStreamManagement();
		StreamConfiguration stream = StreamConfiguration.builder()
			.name(properties.stream())
			.subjects(FAMILIES.stream().map((family) -> properties.subject(family + ".*")).toList())
			.storageType(StorageType.File)
			.duplicateWindow(properties.duplicateWindow())
			.build();
		StreamConfiguration dead = StreamConfiguration.builder()
			.name(deadLetterStream(properties))
			.subjects(FAMILIES.stream().map((family) -> properties.subject(family + ".*.dead")).toList())
			.storageType(StorageType.File)
			.duplicateWindow(properties.duplicateWindow())
			.build();
		List<String> existing = management.getStreamNames();
		for (StreamConfiguration declared : List.of(stream, dead)) {
			if (!existing.contains(declared.getName())) {
				addStream(management, declared);
			}
		}
		if (existing.contains(dead.getName())) {
			StreamConfiguration current = management.getStreamInfo(dead.getName()).getConfiguration();
			if (!current.getSubjects().equals(dead.getSubjects())) {
				management.updateStream(StreamConfiguration.builder(current).subjects(dead.getSubjects()).build());
				log.info("Changed the subjects of JetStream stream {} from {} to {}", dead.getName(),
						current.getSubjects(), dead.getSubjects());
			}
		}
	}

	/** The stream keeping the copies of unreadable events. */
	public static String deadLetterStream(NatsProperties properties) {
		return properties.stream() + "_DEAD";
	}

	private static void addStream(JetStreamManagement management, StreamConfiguration stream)
			throws IOException, JetStreamApiException {
		try {
			management.addStream(stream);
			log.info("Declared JetStream stream {} with subjects {}", stream.getName(), stream.getSubjects());
		}
		catch (JetStreamApiException ex) {
			if (ex.getApiErrorCode() != STREAM_NAME_IN_USE) {
				throw ex;
			}
		}
	}

}
