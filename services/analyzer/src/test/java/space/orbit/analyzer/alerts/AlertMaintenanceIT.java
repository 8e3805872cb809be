package space.orbit.analyzer.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.analyzer.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to alerts with time, on real brokers and a clock the test moves: beyond
 * the fleet-wide rate, new alerts fold into the fleet's storm alert, which clears once a
 * window passes without one; event ids are remembered for their retention (a duplicate
 * changes nothing), then forgotten.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orbit.analyzer.rules.seed-defaults=false", "orbit.analyzer.alerts.global-max-new-alerts=3",
				"orbit.analyzer.alerts.global-window=1m", "orbit.analyzer.alerts.event-retention=7d" })
class AlertMaintenanceIT extends AnalyzerTestInfrastructure {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private MovableClock clock;

	@Autowired
	private AlertMaintenance maintenance;

	private AlertsClient client;

	@BeforeEach
	void client() {
		this.client = new AlertsClient(this.port, this.kafka, alertsTopic);
	}

	@Test
	void beyondTheFleetRateNewAlertsFoldIntoOneStormAlertThatClearsAfterAQuietWindow() throws Exception {
		this.clock.advance(WINDOW.plusSeconds(1));
		double suppressed = counter("orbit.alerts.suppressed", "scope", "global");
		List<String> fleet = List.of("STORM-1", "STORM-2", "STORM-3", "STORM-4", "STORM-5");
		for (String spacecraft : fleet) {
			this.client.publish(AlertEvents.raised(spacecraft, Severity.WARNING));
		}

		JsonNode storm = this.client.awaitAlert("*", a -> a.get("count").asLong() == 2);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> fleet.stream().filter(id -> !this.client.alerts(id).isEmpty()).count() == 3);
		assertThat(storm.get("parameter").asString()).isEqualTo("*");
		assertThat(storm.get("detector").asString()).isEqualTo("storm");
		assertThat(storm.get("state").asString()).isEqualTo("OPEN");
		assertThat(storm.get("value").asDouble()).isEqualTo(2.0);
		assertThat(storm.get("threshold").asDouble()).isEqualTo(3.0);
		assertThat(counter("orbit.alerts.suppressed", "scope", "global") - suppressed).isEqualTo(2);

		this.clock.advance(WINDOW.plusSeconds(1));
		JsonNode over = this.client.awaitAlert("*", a -> a.get("state").asString().equals("CLEARED"));
		assertThat(over.get("active").asBoolean()).isFalse();
		assertThat(over.get("cleared").get("by").asString()).isEqualTo("analyzer");
		assertThat(over.get("cleared").get("comment").asString()).isEqualTo("fleet alert storm over");

		this.client.publish(AlertEvents.raised("STORM-6", Severity.WARNING));
		assertThat(this.client.awaitAlert("STORM-6", a -> true).get("state").asString()).isEqualTo("OPEN");
		assertThat(counter("orbit.alerts.suppressed", "scope", "global") - suppressed).isEqualTo(2);
	}

	@Test
	void eventIdsAreRememberedForTheirRetentionThenForgotten() throws Exception {
		this.clock.advance(WINDOW.plusSeconds(1));
		AlertEvent old = AlertEvents.raised("RETAIN-1", Severity.WARNING);
		this.client.publish(old);
		this.client.awaitAlert("RETAIN-1", a -> true);
		this.clock.advance(Duration.ofDays(8));
		AlertEvent recent = AlertEvents.raised("RETAIN-2", Severity.WARNING);
		this.client.publish(recent);
		this.client.awaitAlert("RETAIN-2", a -> true);

		this.maintenance.forgetOldEvents();

		assertThat(postgres.queryForLong("SELECT count(*) FROM alert_event WHERE event_id LIKE 'RETAIN-%'"))
			.isEqualTo(1);
		double duplicates = counter("orbit.alert.events.duplicate");
		double recorded = counter("orbit.alert.events.recorded", "change", "RAISED");
		this.client.publish(recent);
		await().atMost(Duration.ofSeconds(30)).until(() -> counter("orbit.alert.events.duplicate") - duplicates == 1);
		this.client.publish(old);
		this.client.awaitAlert("RETAIN-1", a -> a.get("raises").asInt() == 2);
		assertThat(counter("orbit.alert.events.recorded", "change", "RAISED") - recorded).isEqualTo(1);
		assertThat(this.client.alerts("RETAIN-2").get(0).get("raises").asInt()).isEqualTo(1);
	}

	private double counter(String name, String... tags) {
		Counter counter = this.registry.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the analyzer works in UTC");
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockUnderTest {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
