package space.orbit.processor;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The processor's settings refuse what cannot work, naming the setting. */
class ProcessorPropertiesTest {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void theDefaultsAreValid() {
		assertThat(this.validator.validate(TestProperties.with(Map.of()))).isEmpty();
	}

	@Test
	void aRetentionPeriodShorterThanADayIsRefused() {
		assertThat(
				this.validator.validate(new ProcessorProperties.Retention(Duration.ofHours(12), Duration.ofHours(1))))
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.getPropertyPath()).hasToString("period");
				assertThat(violation.getMessage()).isEqualTo("must be at least 1d: a partition holds a day");
			});
	}

}
