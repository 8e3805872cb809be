package space.orbit.worker.registry;

/** The mission database has no such spacecraft, or it has no TLE. */
public class UnknownSpacecraftException extends RuntimeException {

	private final String spacecraftId;

	public UnknownSpacecraftException(String spacecraftId, String message) {
		super(message);
		this.spacecraftId = spacecraftId;
	}

	public String spacecraftId() {
		return this.spacecraftId;
	}

}
