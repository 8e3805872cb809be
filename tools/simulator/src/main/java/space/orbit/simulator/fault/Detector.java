package space.orbit.simulator.fault;

/** The analyzer's detectors a fault may be held to, by the name rules use. */
public enum Detector {

	/** A value beyond a warning or critical limit. */
	LIMIT("limit"),
	/** A value changing faster than allowed. */
	RATE_OF_CHANGE("rate_of_change"),
	/** A value that does not change at all over a window. */
	STUCK("stuck"),
	/** A parameter or a whole spacecraft that stopped reporting. */
	STALENESS("staleness"),
	/** A value far from its recent statistics (mean, standard deviation). */
	STATISTICAL("statistical"),
	/** Out-of-order or duplicate frames: counted, not alerted. */
	SEQUENCE("sequence");

	private final String tag;

	Detector(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}
