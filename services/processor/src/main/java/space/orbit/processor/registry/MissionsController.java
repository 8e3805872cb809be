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
import space.orbit.registry.Mission;

/** {@code /api/v1/missions}: the missions of the mission database. */
@RestController
@RequestMapping("/api/v1/missions")
@Tag(name = "Mission database")
class MissionsController {

	private static final String EXAMPLE = """
			{"id":"MARS-RELAY","name":"Mars relay demonstrator","description":"Relays surface telemetry to Earth"}""";

	private static final String REPLACEMENT = """
			{"name":"Mars relay demonstrator","description":"Relays surface and orbiter telemetry to Earth"}""";

	private final MissionDatabase database;

	MissionsController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listMissions", summary = "Missions, by id, a page at a time")
	Page<RegistryView<Mission>> listMissions(
			@Parameter(description = RegistryApi.LIMIT,
					example = "100") @RequestParam(defaultValue = RegistryApi.DEFAULT_LIMIT) int limit,
			@Parameter(description = RegistryApi.AFTER,
					example = "TUFSUy1SRUxBWQ") @RequestParam(required = false) String after) {
		PageLimit.check(limit, RegistryApi.MAX_LIMIT);
		String afterId = (after != null) ? Cursor.decode(after, 1).get(0) : null;
		return Page.of(this.database.missions(afterId, limit + 1), limit, (view) -> Cursor.encode(view.record().id()));
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getMission", summary = "One mission")
	RegistryView<Mission> getMission(@Parameter(example = "MARS-RELAY") @PathVariable String id) {
		return this.database.mission(id);
	}

	@PostMapping
	@AdminAccess
	@Operation(operationId = "createMission", summary = "Creates a mission",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "mission", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location is its address")
	@ApiResponse(responseCode = "409", description = "The id is taken (conflict, reason already_exists)")
	ResponseEntity<RegistryView<Mission>> createMission(@RequestBody Mission mission) {
		MissionDatabase.Saved<Mission> saved = this.database.putMission(mission, true);
		return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id())).body(saved.view());
	}

	@PutMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "putMission", summary = "Creates or replaces a mission",
			description = "The body's id, if any, must be the path's.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "mission", value = REPLACEMENT))))
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = RegistryApi.CONCURRENT_CHANGE)
	ResponseEntity<RegistryView<Mission>> putMission(@Parameter(example = "MARS-RELAY") @PathVariable String id,
			@RequestBody Mission body) {
		RegistryRefusals.requireSame(id, body.id(), "/id");
		MissionDatabase.Saved<Mission> saved = this.database
			.putMission(new Mission(id, body.name(), body.description()), false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "deleteMission", summary = "Deletes a mission that has no spacecraft or parameters")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409",
			description = "The mission still has spacecraft or parameter definitions (conflict, reason mission_in_use)")
	ResponseEntity<Void> deleteMission(@Parameter(example = "MARS-RELAY") @PathVariable String id) {
		this.database.deleteMission(id);
		return ResponseEntity.noContent().build();
	}

}
