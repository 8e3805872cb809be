package space.orbit.nats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streams the services declare on this machine's NATS (JetStream refuses a stream
 * whose subjects overlap another's): {@code ./orbit up}'s and a test's, whose subjects
 * are the same under one more token, live side by side, whichever came first. Found
 * 2026-12-07: a service run without a prefix declared {@code ORBIT_EVENTS_DEAD} on
 * {@code *.*.dead}, and every end-to-end test after it failed to declare its stream.
 */
class StreamDeclarationIT {

	private static final String URL = System.getProperty("orbit.nats.url", "nats://127.0.0.1:4222");

	private final String run = "sd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final List<String> streams = new ArrayList<>();

	private Connection connection;

	@BeforeEach
	void connect() throws Exception {
		this.connection = Nats.connect(URL);
	}

	@AfterEach
	void deleteStreams() throws Exception {
		JetStreamManagement management = this.connection.jetStreamManagement();
		for (String stream : this.streams) {
			if (management.getStreamNames().contains(stream)) {
				management.deleteStream(stream);
			}
		}
		this.connection.close();
	}

	@ParameterizedTest(name = "the test's first: {0}")
	@ValueSource(booleans = { false, true })
	void aStreamUnderOneMorePrefixTokenIsDeclaredBesideTheOther(boolean testsFirst) throws Exception {
		// "up" plays ./orbit up's streams (prefix p.), "test" a test's (prefix p.t.).
		NatsProperties up = properties(this.run.toUpperCase() + "_UP", this.run + ".");
		NatsProperties test = properties(this.run.toUpperCase() + "_TEST", this.run + ".t.");

		NatsConfiguration.declareStream(this.connection, testsFirst ? test : up);
		NatsConfiguration.declareStream(this.connection, testsFirst ? up : test);

		JetStreamManagement management = this.connection.jetStreamManagement();
		assertThat(management.getStreamNames()).contains(up.stream(), up.stream() + "_DEAD", test.stream(),
				test.stream() + "_DEAD");
		assertThat(subjects(test.stream() + "_DEAD")).containsExactly(this.run + ".t.user.*.dead",
				this.run + ".t.order.*.dead", this.run + ".t.stock.*.dead");
	}

	@Test
	void aDeadLetterStreamOfTheOldSubjectsIsChangedToTheFamilies() throws Exception {
		NatsProperties up = properties(this.run.toUpperCase() + "_UP", this.run + ".");
		this.connection.jetStreamManagement()
			.addStream(StreamConfiguration.builder()
				.name(up.stream() + "_DEAD")
				.subjects(this.run + ".*.*.dead")
				.storageType(StorageType.File)
				.build());

		NatsConfiguration.declareStream(this.connection, up);

		assertThat(subjects(up.stream() + "_DEAD")).containsExactly(this.run + ".user.*.dead",
				this.run + ".order.*.dead", this.run + ".stock.*.dead");
		// and a test's stream now fits beside it
		NatsConfiguration.declareStream(this.connection,
				properties(this.run.toUpperCase() + "_TEST", this.run + ".t."));
	}

	private List<String> subjects(String stream) throws Exception {
		return this.connection.jetStreamManagement().getStreamInfo(stream).getConfiguration().getSubjects();
	}

	private NatsProperties properties(String stream, String prefix) {
		this.streams.add(stream);
		this.streams.add(stream + "_DEAD");
		return new NatsProperties(URL, stream, prefix, Duration.ofMinutes(1), Duration.ofSeconds(5),
				Duration.ofSeconds(30), -1, 16);
	}

}
