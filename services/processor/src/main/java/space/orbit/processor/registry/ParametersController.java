package space.orbit.processor.registry;

import java.net.URI;
import java.util.List;

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
import space.orbit.registry.ParameterDefinition;

/**
 * {@code /api/v1/parameters}: parameter definitions (unit, raw type, calibration, default
 * limits), one per mission and name.
 */
@RestController
@RequestMapping("/api/v1/parameters")
@Tag(name = "Mission database")
class ParametersController {

	private static final String EXAMPLE = """
			{"missionId":"MARS-RELAY","name":"EPS.BATTERY.VOLTAGE","subsystem":"EPS","description":"Battery voltage",\
			"unit":"V","rawType":"INTEGER","calibration":{"type":"POLYNOMIAL","coefficients":[0.0,0.0125]},\
			"limits":{"warningLow":26.0,"warningHigh":33.0,"criticalLow":25.5,"criticalHigh":33.6,"hysteresis":0.05}}""";

	private static final String REPLACEMENT = """
			{"subsystem":"THERMAL","description":"Propellant tank temperature","unit":"degC","rawType":"INTEGER",\
			"calibration":{"type":"LOOKUP","points":[{"raw":0,"value":-40.0},{"raw":4095,"value":85.0}]},\
			"limits":{"warningHigh":60.0,"criticalHigh":70.0}}""";

	private final MissionDatabase database;

	ParametersController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listParameters",
			summary = "Parameter definitions, by mission and name, optionally of one mission or subsystem")
	Page<RegistryView<ParameterDefinition>> listParameters(
			@Parameter(description = "Only this mission's parameters",
					example = "MARS-RELAY") @RequestParam(required = false) String missionId,
			@Parameter(description = "Only this subsystem's parameters",
					example = "EPS") @RequestParam(required = false) String subsystem,
			@Parameter(description = RegistryApi.LIMIT,
					example = "100") @RequestParam(defaultValue = RegistryApi.DEFAULT_LIMIT) int limit,
			@Parameter(description = RegistryApi.AFTER,
					example = "TUFSUy1SRUxBWR9FUFMuQkFUVEVSWS5WT0xUQUdF") @RequestParam(
							required = false) String after) {
		PageLimit.check(limit, RegistryApi.MAX_LIMIT);
		ParameterEntity.Key afterKey = null;
		if (after != null) {
			List<String> parts = Cursor.decode(after, 2);
			afterKey = new ParameterEntity.Key(parts.get(0), parts.get(1));
		}
		return Page.of(this.database.parameters(missionId, subsystem, afterKey, limit + 1), limit,
				(view) -> Cursor.encode(view.record().missionId(), view.record().name()));
	}

	@GetMapping("/{missionId}/{name}")
	@ViewerAccess
	@Operation(operationId = "getParameter", summary = "One parameter definition")
	RegistryView<ParameterDefinition> getParameter(@Parameter(example = "MARS-RELAY") @PathVariable String missionId,
			@Parameter(example = "THERMAL.TANK.TEMP") @PathVariable String name) {
		return this.database.parameter(missionId, name);
	}

	@PostMapping
	@AdminAccess
	@Operation(operationId = "createParameter", summary = "Creates a parameter definition of an existing mission",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "parameter", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created; Location is its address")
	@ApiResponse(responseCode = "409",
			description = "The mission has a parameter of this name (conflict, reason already_exists)")
	ResponseEntity<RegistryView<ParameterDefinition>> createParameter(@RequestBody ParameterDefinition parameter) {
		MissionDatabase.Saved<ParameterDefinition> saved = this.database.putParameter(parameter, true);
		return ResponseEntity
			.created(URI.create("/api/v1/parameters/" + parameter.missionId() + "/" + parameter.name()))
			.body(saved.view());
	}

	@PutMapping("/{missionId}/{name}")
	@AdminAccess
	@Operation(operationId = "putParameter", summary = "Creates or replaces a parameter definition",
			description = "The body's missionId and name, if any, must be the path's.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "parameter", value = REPLACEMENT))))
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = RegistryApi.CONCURRENT_CHANGE)
	ResponseEntity<RegistryView<ParameterDefinition>> putParameter(
			@Parameter(example = "MARS-RELAY") @PathVariable String missionId,
			@Parameter(example = "THERMAL.TANK.TEMP") @PathVariable String name,
			@RequestBody ParameterDefinition body) {
		RegistryRefusals.requireSame(missionId, body.missionId(), "/missionId");
		RegistryRefusals.requireSame(name, body.name(), "/name");
		ParameterDefinition parameter = new ParameterDefinition(missionId, name, body.subsystem(), body.description(),
				body.unit(), body.rawType(), body.calibration(), body.limits());
		MissionDatabase.Saved<ParameterDefinition> saved = this.database.putParameter(parameter, false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{missionId}/{name}")
	@AdminAccess
	@Operation(operationId = "deleteParameter", summary = "Deletes a parameter definition")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> deleteParameter(@Parameter(example = "MARS-RELAY") @PathVariable String missionId,
			@Parameter(example = "THERMAL.TANK.TEMP") @PathVariable String name) {
		this.database.deleteParameter(missionId, name);
		return ResponseEntity.noContent().build();
	}

}
