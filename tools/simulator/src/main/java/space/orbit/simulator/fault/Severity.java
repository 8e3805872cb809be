package space.orbit.simulator.fault;

/** How bad an expected alert is. */
public enum Severity {

	/** Out of the nominal envelope; look soon. */
	WARNING,
	/** The spacecraft is at risk; act now. */
	CRITICAL

}
