package space.orbit.worker.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import space.orbit.kit.web.DependencyUnavailableException;
import space.orbit.worker.WorkerProperties;
import space.orbit.worker.calls.ServiceCalls;
import space.orbit.worker.orbits.TleLines;

/**
 * The mission database's spacecraft ({@code GET {registry-url}/api/v1/spacecraft/{id}},
 * served by the processor): where a job that names a spacecraft gets its TLE. Called with
 * the worker's own token when security is on.
 */
@Component
public class SpacecraftRegistry {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final RestClient client;

	private final URI baseUrl;

	public SpacecraftRegistry(WorkerProperties properties, ObservationRegistry observations, ServiceCalls calls) {
		this.baseUrl = properties.registryUrl();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(5));
		this.client = calls.authenticated(RestClient.builder())
			.baseUrl(this.baseUrl.toString())
			.requestFactory(factory)
			.observationRegistry(observations)
			.build();
	}

	/** The spacecraft's current TLE. */
	public TleLines tleOf(String spacecraftId) {
		Spacecraft spacecraft;
		try {
			spacecraft = this.client.get()
				.uri("/api/v1/spacecraft/{id}", spacecraftId)
				.retrieve()
				.body(Spacecraft.class);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				throw new UnknownSpacecraftException(spacecraftId,
						"The mission database has no spacecraft '" + spacecraftId + "'.");
			}
			throw unavailable("answered " + ex.getStatusCode().value(), ex);
		}
		catch (ResourceAccessException ex) {
			throw unavailable("is unreachable", ex);
		}
		catch (ServiceCalls.NoTokenException ex) {
			throw unavailable("cannot be called, the worker has " + ex.getMessage(), ex);
		}
		catch (RestClientException ex) {
			throw unavailable("answered unexpectedly (" + ex.getMessage() + ")", ex);
		}
		if (spacecraft == null || spacecraft.tle() == null || spacecraft.tle().line1() == null
				|| spacecraft.tle().line2() == null) {
			throw new UnknownSpacecraftException(spacecraftId,
					"The mission database has no TLE for spacecraft '" + spacecraftId + "'.");
		}
		return spacecraft.tle();
	}

	private DependencyUnavailableException unavailable(String what, Exception cause) {
		return new DependencyUnavailableException("registry",
				"The mission database at " + this.baseUrl + " " + what + "; try again later.", RETRY_AFTER,
				(cause.getCause() instanceof IOException io) ? io : cause);
	}

	/**
	 * The fields of a spacecraft record the worker reads (the processor adds its version
	 * and update time, and may add more).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Spacecraft(String id, String missionId, String name, Long noradId, TleLines tle) {
	}

}
