package space.orbit.processor.telemetry;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import space.orbit.processor.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How long a publish attempt can last, and the refusal of an outbox lease that an attempt
 * could outlast (the sweeper would publish a batch whose first attempt is still on its
 * way).
 */
class EventPublisherTest {

	@Test
	void anAttemptLastsAtMostMaxBlockPlusTheLongerOfPublishTimeoutAndDeliveryTimeout() {
		EventPublisher publisher = new EventPublisher(null, producer("5000", "15000"), TestProperties.with(Map.of()));

		assertThat(publisher.attemptLimit()).isEqualTo(Duration.ofSeconds(5 + 15 + 1));
	}

	@Test
	void refusesALeaseThatAnAttemptCouldOutlast() {
		assertThatThrownBy(() -> new EventPublisher(null, producer("5000", "30000"), TestProperties.with(Map.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("orbit.processor.outbox.lease (PT30S) must be longer than a publish attempt")
			.hasMessageContaining("PT36S");
	}

	private static KafkaProperties producer(String maxBlock, String deliveryTimeout) {
		KafkaProperties kafka = new KafkaProperties();
		kafka.getProducer()
			.getProperties()
			.putAll(Map.of("max.block.ms", maxBlock, "delivery.timeout.ms", deliveryTimeout));
		return kafka;
	}

}
