package space.orbit.console;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The console's settings: where each service's API is, how long to wait for one, and the
 * operator named in requests until a login names one ({@code orbit.console.*}).
 *
 * @param services the base URL of each service's API
 * @param timeout how long a call to a service may take before the console says it is down
 * @param operator the operator named when a request carries no {@code X-Orbit-User}
 * header
 * @param tleStaleAfter how old a TLE's epoch may be before the console warns that it is
 * stale
 */
@Validated
@ConfigurationProperties("orbit.console")
public record ConsoleProperties(@Valid @NotNull Services services, @NotNull Duration timeout, @NotBlank String operator,
		@NotNull Duration tleStaleAfter) {

	/** The base URL of each service's API, e.g. {@code http://127.0.0.1:8101}. */
	public record Services(@NotNull URI processor, @NotNull URI analyzer, @NotNull URI worker, @NotNull URI enricher,
			@NotNull URI users, @NotNull URI orders, @NotNull URI inventory) {
	}

}
