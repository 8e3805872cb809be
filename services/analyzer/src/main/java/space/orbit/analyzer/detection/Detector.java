package space.orbit.analyzer.detection;

/** The detectors, by the names rules, alerts and the simulator's faults use. */
enum Detector {

	LIMIT("limit"), RATE_OF_CHANGE("rate_of_change"), STUCK("stuck"), STALENESS("staleness"),
	STATISTICAL("statistical");

	private final String tag;

	Detector(String tag) {
		this.tag = tag;
	}

	String tag() {
		return this.tag;
	}

}
