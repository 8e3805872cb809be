package space.orbit.simulator.send;

import java.net.http.HttpRequest;

/**
 * What the simulator shows an ingest with security on (ADR 0017): a ground station's API
 * key in {@code X-API-Key}, a client-credentials bearer token
 * ({@link ClientCredentialsToken}), or nothing (security off). {@link #toString()} says
 * which, never the secret.
 */
public interface IngestCredentials {

	/** The header ingest reads a ground station's API key from. */
	String API_KEY_HEADER = "X-API-Key";

	/**
	 * Adds the credentials to a request.
	 * @throws TokenUnavailableException when a token is needed and none can be had
	 */
	void addTo(HttpRequest.Builder request);

	/**
	 * Ingest answered 401 or 403 to a request that carried these credentials.
	 * @param status the status
	 */
	default void refused(int status) {
	}

	/** No credentials: an ingest with security off. */
	static IngestCredentials none() {
		return new IngestCredentials() {

			@Override
			public void addTo(HttpRequest.Builder request) {
			}

			@Override
			public String toString() {
				return "no credentials";
			}

		};
	}

	/** A ground station's API key, {@code orbk_<id>_<secret>}, in {@code X-API-Key}. */
	static IngestCredentials apiKey(String key) {
		return new IngestCredentials() {

			@Override
			public void addTo(HttpRequest.Builder request) {
				request.header(API_KEY_HEADER, key);
			}

			@Override
			public String toString() {
				return "an API key in " + API_KEY_HEADER;
			}

		};
	}

}
