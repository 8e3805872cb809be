package space.orbit.nats;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * NATS settings ({@code orbit.nats.*}), checked at start-up.
 *
 * @param url the server ({@code ORBIT_NATS_URL})
 * @param stream the JetStream stream holding the logistics events
 * @param subjectPrefix prepended to every subject (empty in production; unique per test)
 * @param duplicateWindow how long JetStream remembers message ids to drop duplicates
 * @param requestTimeout how long a publish or a JetStream API call may take
 * @param ackWait how long a consumed event may stay unacknowledged before JetStream
 * redelivers it
 * @param maxDeliver how often an event is delivered before it is given up (-1: forever)
 * @param batch how many events a consumer holds unacknowledged at most (JetStream's
 * {@code max_ack_pending}) and asks for at a time: they wait in the client, handled one
 * after the other, and JetStream delivers again an event still unacknowledged after
 * {@code ackWait}, so a batch must be handled well within it (JetStream's default of
 * 1,000 made a redelivery storm: see EventSubscriptions)
 */
@Validated
@ConfigurationProperties("orbit.nats")
public record NatsProperties(@DefaultValue("nats://127.0.0.1:4222") @NotBlank String url,
		@DefaultValue("ORBIT_EVENTS") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be a JetStream stream name (letters, digits, _ and -)") String stream,
		@DefaultValue("") @Pattern(regexp = "|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.",
				message = "must be empty or dot-separated tokens ending with a dot") String subjectPrefix,
		@DefaultValue("10m") @NotNull Duration duplicateWindow, @DefaultValue("5s") @NotNull Duration requestTimeout,
		@DefaultValue("30s") @NotNull Duration ackWait, @DefaultValue("-1") int maxDeliver,
		@DefaultValue("16") @Min(1) @Max(500) int batch) {

	/** The full subject of an event type such as {@code user.created}. */
	public String subject(String eventType) {
		return this.subjectPrefix + eventType;
	}

}
