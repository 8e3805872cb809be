package space.orbit.processor.registry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
import space.orbit.registry.ParameterDefinition;

/**
 * {@code /api/v1/parameters}: parameter definitions (unit, raw type, calibration, default
 * limits), one per mission and name.
 */
@RestController
@RequestMapping("/api/v1/parameters")
@Tag(name = "Mission database")
class ParametersController {

	/** A page of parameter definitions. */
	record ParameterPage(List<RegistryView<ParameterDefinition>> parameters, int page, int size, Integer next) {
	}

	private final MissionDatabase database;

	ParametersController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@Operation(summary = "Parameter definitions, by mission and name, optionally of one subsystem")
	ParameterPage list(@RequestParam(required = false) String missionId,
			@RequestParam(required = false) String subsystem, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Paging paging = Paging.of(page, size);
		List<RegistryView<ParameterDefinition>> parameters = this.database.parameters(missionId, subsystem, page, size);
		return new ParameterPage(parameters, page, size, paging.next(parameters));
	}

	@GetMapping("/{missionId}/{name}")
	RegistryView<ParameterDefinition> get(@PathVariable String missionId, @PathVariable String name) {
		return this.database.parameter(missionId, name);
	}

	@PostMapping
	@Operation(summary = "Creates a parameter definition of an existing mission (409 if it exists)")
	ResponseEntity<RegistryView<ParameterDefinition>> create(@RequestBody ParameterDefinition parameter) {
		MissionDatabase.Saved<ParameterDefinition> saved = this.database.putParameter(parameter, true);
		return ResponseEntity
			.created(URI.create("/api/v1/parameters/" + parameter.missionId() + "/" + parameter.name()))
			.body(saved.view());
	}

	@PutMapping("/{missionId}/{name}")
	@Operation(summary = "Creates (201) or replaces (200) a parameter definition")
	ResponseEntity<RegistryView<ParameterDefinition>> put(@PathVariable String missionId, @PathVariable String name,
			@RequestBody ParameterDefinition body) {
		MissionsController.Ids.same(missionId, body.missionId(), "/missionId");
		MissionsController.Ids.same(name, body.name(), "/name");
		ParameterDefinition parameter = new ParameterDefinition(missionId, name, body.subsystem(), body.description(),
				body.unit(), body.rawType(), body.calibration(), body.limits());
		MissionDatabase.Saved<ParameterDefinition> saved = this.database.putParameter(parameter, false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{missionId}/{name}")
	ResponseEntity<Void> delete(@PathVariable String missionId, @PathVariable String name) {
		this.database.deleteParameter(missionId, name);
		return ResponseEntity.noContent().build();
	}

}
