package space.orbit.processor.registry;

import java.util.List;

import space.orbit.kit.web.ConflictException;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.ProblemError;
import space.orbit.registry.RegistryViolation;

/**
 * What the mission database refuses, as the service kit's problems (ADR 0012): an invalid
 * record 422 with a pointer per error, an unknown record 404, an id taken or a mission in
 * use 409 {@code conflict} with its reason.
 */
final class RegistryRefusals {

	/** The reason of a 409 for an id that is taken. */
	static final String ALREADY_EXISTS = "already_exists";

	/** The reason of a 409 for a mission that still has spacecraft or parameters. */
	static final String MISSION_IN_USE = "mission_in_use";

	private RegistryRefusals() {
	}

	/** The record breaks the rules of libs/registry-model. */
	static InvalidRequestException invalid(List<RegistryViolation> violations) {
		List<ProblemError> errors = violations.stream().map((v) -> ProblemError.at(v.pointer(), v.message())).toList();
		return new InvalidRequestException(
				violations.size() + " problem(s) with the record: " + violations.get(0).message(), errors);
	}

	/** The record names a mission that does not exist. */
	static InvalidRequestException unknownMission(String missionId) {
		return InvalidRequestException.at("/missionId", "unknown_mission",
				"There is no mission " + missionId + ": create it first (POST /api/v1/missions).");
	}

	/** Refuses a body whose id, when it has one, is not the path's. */
	static void requireSame(String path, String body, String pointer) {
		if (body != null && !body.equals(path)) {
			throw InvalidRequestException.at(pointer, "id_mismatch",
					"The body says " + body + " but the path " + path + ": leave it out or make them equal.");
		}
	}

	static NotFoundException notFound(String what) {
		return new NotFoundException("There is no " + what + ".");
	}

	static ConflictException exists(String what) {
		return new ConflictException(ALREADY_EXISTS,
				"There is already a " + what + ": change it with PUT, or choose another id.");
	}

	static ConflictException missionInUse(String id, long spacecraft, long parameters) {
		return new ConflictException(MISSION_IN_USE,
				"Mission %s still has %d spacecraft and %d parameter definitions: ".formatted(id, spacecraft,
						parameters) + "delete them first (DELETE /api/v1/spacecraft/{id}, DELETE /api/v1/parameters/"
						+ id + "/{name}).");
	}

}
