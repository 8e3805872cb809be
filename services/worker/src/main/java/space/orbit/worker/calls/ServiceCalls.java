package space.orbit.worker.calls;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Gives the worker's REST clients its token (ADR 0017): with
 * {@code orbit.security.enabled}, each call carries the worker's own bearer token;
 * without it, none.
 */
@Component
public class ServiceCalls {

	private final ClientHttpRequestInterceptor token;

	ServiceCalls(ObjectProvider<OAuth2ClientHttpRequestInterceptor> clientCredentials) {
		OAuth2ClientHttpRequestInterceptor interceptor = clientCredentials.getIfAvailable();
		this.token = (interceptor != null) ? new TokenOrRefusal(interceptor) : null;
	}

	/** {@code builder}, sending the worker's token when security is on. */
	public RestClient.Builder authenticated(RestClient.Builder builder) {
		return (this.token != null) ? builder.requestInterceptor(this.token) : builder;
	}

	/** Whether the calls carry a token. */
	public boolean authenticating() {
		return this.token != null;
	}

	/**
	 * A token that cannot be had (the auth service unreachable, or refusing the worker's
	 * credentials) fails the call as a {@link NoTokenException}, which the clients treat
	 * as the service being unavailable.
	 */
	private record TokenOrRefusal(ClientHttpRequestInterceptor delegate) implements ClientHttpRequestInterceptor {

		@Override
		public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
				throws IOException {
			try {
				return this.delegate.intercept(request, body, execution);
			}
			catch (OAuth2AuthorizationException ex) {
				throw new NoTokenException("no token to call " + request.getURI().getHost() + ":"
						+ request.getURI().getPort() + " with: " + ex.getMessage(), ex);
			}
		}

	}

	/** The worker could not get its token for a call. */
	public static class NoTokenException extends RestClientException {

		NoTokenException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
