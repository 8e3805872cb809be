package space.orbit.console.api;

/** A service answered a problem (4xx or 5xx): its detail is what the operator sees. */
public class ServiceProblemException extends RuntimeException {

	private final String service;

	private final Problem problem;

	public ServiceProblemException(String service, Problem problem) {
		super(service + ": " + problem.message());
		this.service = service;
		this.problem = problem;
	}

	public String service() {
		return this.service;
	}

	public Problem problem() {
		return this.problem;
	}

}
