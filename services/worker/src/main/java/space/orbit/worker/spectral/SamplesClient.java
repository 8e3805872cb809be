package space.orbit.worker.spectral;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleConsumer;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.JsonNode;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import space.orbit.worker.WorkerProperties;
import space.orbit.worker.calls.ServiceCalls;
import space.orbit.worker.compute.InvalidInputException;
import space.orbit.worker.compute.TransientFailureException;

/**
 * Reads one parameter's history from the processor ({@code GET
 * {samples-url}/api/v1/samples}, 10,000 samples a page, following {@code next}), with the
 * worker's own token when security is on.
 */
@Component
public class SamplesClient {

	static final int PAGE = 10_000;

	private final RestClient client;

	private final URI baseUrl;

	private final int maxSamples;

	public SamplesClient(WorkerProperties properties, ObservationRegistry observations, ServiceCalls calls) {
		this.baseUrl = properties.samplesUrl();
		this.maxSamples = properties.limits().maxSamples();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
		factory.setReadTimeout(Duration.ofSeconds(30));
		this.client = calls.authenticated(RestClient.builder())
			.baseUrl(this.baseUrl.toString())
			.requestFactory(factory)
			.observationRegistry(observations)
			.build();
	}

	/**
	 * The numeric samples of a parameter in [from, to), oldest first; booleans count as 0
	 * and 1, strings are skipped.
	 * @param progress told the fraction of the range read so far
	 */
	public Series read(String spacecraftId, String parameter, Instant from, Instant to, DoubleConsumer progress) {
		Series.Builder series = new Series.Builder(from);
		String after = null;
		double span = Duration.between(from, to).toMillis();
		do {
			JsonNode page = page(spacecraftId, parameter, from, to, after);
			Instant last = from;
			for (JsonNode sample : page.path("items")) {
				last = Instant.parse(sample.path("timestamp").asString());
				JsonNode value = sample.path("value");
				if (value.isNumber()) {
					series.add(last, value.asDouble());
				}
				else if (value.isBoolean()) {
					series.add(last, value.asBoolean() ? 1 : 0);
				}
			}
			if (series.size() > this.maxSamples) {
				throw new InvalidInputException("The range holds more than " + this.maxSamples
						+ " samples (orbit.worker.limits.max-samples): shorten it.");
			}
			progress.accept(Duration.between(from, last).toMillis() / span);
			JsonNode next = page.path("next");
			after = (next.isString() && !next.asString().isEmpty()) ? next.asString() : null;
		}
		while (after != null);
		return series.build();
	}

	private JsonNode page(String spacecraftId, String parameter, Instant from, Instant to, String after) {
		try {
			JsonNode page = this.client.get().uri((uri) -> {
				uri.path("/api/v1/samples")
					.queryParam("spacecraftId", spacecraftId)
					.queryParam("parameter", parameter)
					.queryParam("from", from.toString())
					.queryParam("to", to.toString())
					.queryParam("limit", PAGE);
				if (after != null) {
					uri.queryParam("after", after);
				}
				return uri.build();
			}).retrieve().body(JsonNode.class);
			if (page == null) {
				throw new TransientFailureException("The samples API at " + this.baseUrl + " answered nothing.", null);
			}
			return page;
		}
		catch (HttpClientErrorException ex) {
			throw new InvalidInputException("The samples API refused the query: " + ex.getResponseBodyAsString());
		}
		catch (RestClientException ex) {
			throw new TransientFailureException(
					"The samples API at " + this.baseUrl + " is unavailable: " + ex.getMessage(), ex);
		}
	}

}
