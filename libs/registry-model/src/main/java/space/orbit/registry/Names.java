package space.orbit.registry;

import java.util.regex.Pattern;

/**
 * The shapes of ids and names. Spacecraft ids and parameter names are the telemetry
 * model's ({@link space.orbit.telemetry.Names}) within the frame reader's length limit: a
 * registry entry can describe every name a frame can carry.
 */
final class Names {

	/** Mission ids. */
	static final Pattern MISSION_ID = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

	/**
	 * The longest spacecraft id or parameter name (the telemetry model's
	 * {@code FrameLimits.DEFAULT.maxNameLength}).
	 */
	static final int MAX_NAME_LENGTH = 128;

	private Names() {
	}

	/**
	 * A spacecraft id as frames carry it, at most {@link #MAX_NAME_LENGTH} characters.
	 */
	static boolean isSpacecraftId(String id) {
		return id.length() <= MAX_NAME_LENGTH && space.orbit.telemetry.Names.isSpacecraftId(id);
	}

	/**
	 * A parameter name as frames carry it, at most {@link #MAX_NAME_LENGTH} characters.
	 */
	static boolean isParameterName(String name) {
		return name.length() <= MAX_NAME_LENGTH && space.orbit.telemetry.Names.isParameterName(name);
	}

}
