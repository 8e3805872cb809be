package space.orbit.simulator.fault;

/** A fault spec that does not follow the grammar or names what this run does not have. */
public class InvalidFaultSpecException extends IllegalArgumentException {

	private final String spec;

	public InvalidFaultSpecException(String spec, String reason) {
		super("'" + spec + "': " + reason);
		this.spec = spec;
	}

	public String spec() {
		return this.spec;
	}

}
