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

	private ServiceUnavailableException(String service, String message) {
		super(message, null);
		this.service = service;
	}

	/**
	 * The service answered, and said what it lacks (a 503 with a problem's detail, e.g. a
	 * database or another service it needs): its words, not the console's URL setting,
	 * which is right since the console reached it.
	 */
	public static ServiceUnavailableException answered(String service, URI base, int status, String detail) {
		return new ServiceUnavailableException(service,
				"The " + service + " at " + base + " answered HTTP " + status + ": " + detail);
	}

	public String service() {
		return this.service;
	}

}
