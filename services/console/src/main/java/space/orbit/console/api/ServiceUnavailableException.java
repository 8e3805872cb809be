package space.orbit.console.api;

import java.net.URI;

/**
 * A service did not answer (refused, timed out) or said it is unavailable (503): the
 * console shows that and keeps working with the other services.
 */
public class ServiceUnavailableException extends RuntimeException {

	private final String service;

	public ServiceUnavailableException(String service, URI base, String why, Throwable cause) {
		super("The " + service + " at " + base + " is unavailable (" + why + "); check that it runs, or its URL "
				+ "setting orbit.console.services." + service + ".", cause);
		this.service = service;
	}

	public String service() {
		return this.service;
	}

}
