package space.orbit.simulator.send;

/**
 * No token could be had from the auth service: unreachable, or it refused the client. The
 * batch waits and is re-sent, as when ingest does not answer.
 */
public class TokenUnavailableException extends RuntimeException {

	TokenUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
