package space.orbit.simulator.send;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import space.orbit.simulator.Streams;
import space.orbit.test.MovableClock;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's credentials against a stand-in ingest with security on, and tokens from
 * the {@link TestIssuer}'s {@code /oauth2/token} (client credentials).
 */
@ExtendWith(OutputCaptureExtension.class)
class IngestCredentialsTest {

	private static final String KEY = "orbk_k1_" + UUID.randomUUID();

	private static final String FIX = "set ORBIT_INGEST_API_KEY or ORBIT_SIMULATOR_CLIENT_SECRET; ./orbit up does it";

	private final String secret = UUID.randomUUID().toString();

	private final URI tokenUri = URI.create(TestIssuer.shared().issuer() + "/oauth2/token");

	private final MovableClock clock = new MovableClock();

	private final List<Duration> pauses = new ArrayList<>();

	private final SendStats stats = new SendStats(new SimpleMeterRegistry());

	private final Batch batch = Batch.of(Streams.stream(2, 1).take(Duration.ofSeconds(3)));

	private SecuredIngestStandIn ingest;

	@BeforeEach
	void start() throws IOException {
		this.ingest = new SecuredIngestStandIn(KEY);
		TestIssuer.shared().registerClient("orbit-simulator", this.secret, "ground-station");
	}

	@AfterEach
	void stop() {
		this.ingest.close();
	}

	@Test
	void sendsTheApiKeyInXApiKey() throws InterruptedException {
		IngestSender sender = sender(IngestCredentials.apiKey(KEY), 0);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		assertThat(this.ingest.apiKeys).containsExactly(KEY);
		assertThat(this.ingest.bearerTokens).containsOnlyNulls();
	}

	@Test
	void sendsNothingWithoutCredentialsAndIsRefused() throws InterruptedException {
		IngestSender sender = sender(IngestCredentials.none(), 3);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.REJECTED);
		assertThat(this.ingest.apiKeys).containsOnlyNulls().hasSize(1);
		assertThat(this.ingest.bearerTokens).containsOnlyNulls();
		assertThat(this.stats.snapshot().framesRejected()).containsExactlyEntriesOf(Map.of("401", 6L));
	}

	@Test
	void logsARefusalOnceAMinuteWithTheFixAndGoesOn(CapturedOutput output) throws InterruptedException {
		IngestSender sender = sender(IngestCredentials.apiKey("orbk_k1_wrong"), 3);
		for (int i = 0; i < 3; i++) {
			assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.REJECTED);
		}
		assertThat(this.pauses).isEmpty();
		assertThat(this.stats.snapshot().requests()).containsExactlyEntriesOf(Map.of("401", 3L));
		assertThat(output.getOut().split(FIX, -1)).hasSize(2);
		assertThat(output.getOut()).contains("an API key in X-API-Key").doesNotContain("orbk_k1_wrong");
	}

	@Test
	void takesATokenOnceAndReusesItUntilShortlyBeforeItExpires() throws InterruptedException {
		ClientCredentialsToken token = token(this.secret);
		IngestSender sender = sender(token, 0);
		for (int i = 0; i < 3; i++) {
			assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		}
		assertThat(this.ingest.bearerTokens).hasSize(3)
			.doesNotContainNull()
			.containsOnly(this.ingest.bearerTokens.get(0));
		// The TestIssuer's tokens live two hours; a minute before that a new one is
		// taken.
		this.clock.advance(Duration.ofHours(2).minus(ClientCredentialsToken.EARLY).minusSeconds(10));
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		List<String> seen = this.ingest.bearerTokens;
		assertThat(seen).hasSize(5);
		assertThat(seen.get(3)).isEqualTo(seen.get(0));
		assertThat(seen.get(4)).isNotNull().isNotEqualTo(seen.get(0));
		assertThat(this.ingest.apiKeys).containsOnlyNulls();
	}

	@Test
	void takesANewTokenAfterIngestRefusedTheCachedOne() throws InterruptedException {
		IngestSender sender = sender(token(this.secret), 0);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		this.ingest.revoke(this.ingest.bearerTokens.get(0));
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.REJECTED);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		assertThat(this.ingest.bearerTokens.get(2)).isNotEqualTo(this.ingest.bearerTokens.get(0));
	}

	@Test
	void waitsOutAnAuthServiceThatRefusesTheClientLikeAnOutage(CapturedOutput output) throws InterruptedException {
		IngestSender sender = sender(token("not-the-secret"), 2);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.LOST);
		assertThat(this.ingest.bearerTokens).isEmpty();
		assertThat(this.pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
		assertThat(this.stats.snapshot().requests()).containsExactlyEntriesOf(Map.of("no_token", 3L));
		assertThat(output.getOut()).contains("no token for orbit-simulator from " + this.tokenUri)
			.doesNotContain("not-the-secret");
	}

	private ClientCredentialsToken token(String secret) {
		return new ClientCredentialsToken("orbit-simulator", secret, this.tokenUri, Duration.ofSeconds(5), this.clock);
	}

	private IngestSender sender(IngestCredentials credentials, int maxRetries) {
		return new IngestSender(IngestSender.defaultClient(), this.ingest.url(), maxRetries, this.stats,
				this.pauses::add, credentials);
	}

}
