package space.orbit.processor.registry;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.AdminAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;
import space.orbit.registry.Spacecraft;

/** {@code /api/v1/spacecraft}: spacecraft with their TLEs. */
@RestController
@RequestMapping("/api/v1/spacecraft")
@Tag(name = "Mission database")
class SpacecraftController {

	private static final String TLE = """
			"tle":{"line1":"1 99001U 26042A   26325.00000000  .00000000  00000-0  12000-3 0  9997",\
			"line2":"2 99001  51.6400 246.4427 0006000  90.0000   0.0000 15.48880433    16"}""";

	private static final String EXAMPLE = "{\"id\":\"MR-1\",\"missionId\":\"MARS-RELAY\",\"name\":\"Relay 1\","
			+ "\"noradId\":99001," + TLE + "}";

	private static final String REPLACEMENT = "{\"missionId\":\"MARS-RELAY\",\"name\":\"Relay 1 (re-fitted orbit)\","
			+ "\"noradId\":99001," + TLE + "}";

	private final MissionDatabase database;

	SpacecraftController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listSpacecraft", summary = "Spacecraft, by id, of one mission or all, a page at a time")
	Page<RegistryView<Spacecraft>> listSpacecraft(
			@Parameter(description = "Only this mission's spacecraft",
					example = "MARS-RELAY") @RequestParam(required = false) String missionId,
			@Parameter(description = RegistryApi.LIMIT,
					example = "100") @RequestParam(defaultValue = RegistryApi.DEFAULT_LIMIT) int limit,
			@Parameter(description = RegistryApi.AFTER,
					example = "TVItMQ") @RequestParam(required = false) String after) {
		PageLimit.check(limit, RegistryApi.MAX_LIMIT);
		String afterId = (after != null) ? Cursor.decode(after, 1).get(0) : null;
		return Page.of(this.database.spacecraft(missionId, afterId, limit + 1), limit,
				(view) -> Cursor.encode(view.record().id()));
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getSpacecraft", summary = "One spacecraft, with its TLE")
	RegistryView<Spacecraft> getSpacecraft(@Parameter(example = "MR-1") @PathVariable String id) {
		return this.database.spacecraft(id);
	}

	@PostMapping
	@AdminAccess
	@Operation(operationId = "createSpacecraft", summary = "Creates a spacecraft of an existing mission",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "spacecraft", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location is its address")
	@ApiResponse(responseCode = "409", description = "The id is taken (conflict, reason already_exists)")
	ResponseEntity<RegistryView<Spacecraft>> createSpacecraft(@RequestBody Spacecraft craft) {
		MissionDatabase.Saved<Spacecraft> saved = this.database.putSpacecraft(craft, true);
		return ResponseEntity.created(URI.create("/api/v1/spacecraft/" + craft.id())).body(saved.view());
	}

	@PutMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "putSpacecraft", summary = "Creates or replaces a spacecraft, e.g. with a new TLE",
			description = "The body's id, if any, must be the path's.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "spacecraft", value = REPLACEMENT))))
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = RegistryApi.CONCURRENT_CHANGE)
	ResponseEntity<RegistryView<Spacecraft>> putSpacecraft(@Parameter(example = "MR-1") @PathVariable String id,
			@RequestBody Spacecraft body) {
		RegistryRefusals.requireSame(id, body.id(), "/id");
		MissionDatabase.Saved<Spacecraft> saved = this.database
			.putSpacecraft(new Spacecraft(id, body.missionId(), body.name(), body.noradId(), body.tle()), false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "deleteSpacecraft", summary = "Deletes a spacecraft")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> deleteSpacecraft(@Parameter(example = "MR-1") @PathVariable String id) {
		this.database.deleteSpacecraft(id);
		return ResponseEntity.noContent().build();
	}

}
