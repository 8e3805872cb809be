package space.orbit.analyzer.alerts;

/** Where an alert is in its life. */
public enum AlertState {

	/** Raised and waiting for an operator. */
	OPEN,
	/** An operator has seen it (who, when, comment); it stays until it clears. */
	ACKNOWLEDGED,
	/** Hidden for a while by an operator; it comes back when the shelf expires. */
	SHELVED,
	/** Over: back within limits (unless latching), or cleared by an operator. */
	CLEARED

}
