package space.orbit.console.api;

import java.net.http.HttpRequest;
import java.util.function.Supplier;

/**
 * Who a request to a service is made for: the logged-in person's access token
 * ({@code Authorization: Bearer}), or without a login the operator's name
 * ({@code X-Orbit-User}), as before.
 */
@FunctionalInterface
public interface Credentials {

	/**
	 * Adds the headers to {@code request}.
	 * @throws IllegalStateException when there is no token to send (the login expired)
	 */
	void sign(HttpRequest.Builder request);

	/** The operator's name in {@code X-Orbit-User}: the console without a login. */
	static Credentials operatorHeader(Supplier<String> operator) {
		return (request) -> request.header(ServiceClient.OPERATOR_HEADER, operator.get());
	}

}
