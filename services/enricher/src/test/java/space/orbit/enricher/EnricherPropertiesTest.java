package space.orbit.enricher;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention sweep is an explicit setting: off by default, a boolean or nothing. */
class EnricherPropertiesTest {

	@Test
	void theSweepIsOffUnlessSetAndOnWhenSetTrue() {
		assertThat(bind(Map.of()).archive().sweep()).isFalse();
		assertThat(bind(Map.of("orbit.enricher.archive.sweep", "true")).archive().sweep()).isTrue();
	}

	@Test
	void aSweepThatIsNotABooleanStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> bind(Map.of("orbit.enricher.archive.sweep", "on-the-stand-in")))
			.isInstanceOf(BindException.class)
			.hasMessageContaining("orbit.enricher.archive.sweep");
	}

	private static EnricherProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("orbit.enricher",
				EnricherProperties.class);
	}

}
