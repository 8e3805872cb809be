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
import space.orbit.registry.Spacecraft;

/** {@code /api/v1/spacecraft}: spacecraft with their TLEs. */
@RestController
@RequestMapping("/api/v1/spacecraft")
@Tag(name = "Mission database")
class SpacecraftController {

	/** A page of spacecraft. */
	record SpacecraftPage(List<RegistryView<Spacecraft>> spacecraft, int page, int size, Integer next) {
	}

	private final MissionDatabase database;

	SpacecraftController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@Operation(summary = "Spacecraft, by id, of one mission or all, a page at a time")
	SpacecraftPage list(@RequestParam(required = false) String missionId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Paging paging = Paging.of(page, size);
		List<RegistryView<Spacecraft>> craft = this.database.spacecraft(missionId, page, size);
		return new SpacecraftPage(craft, page, size, paging.next(craft));
	}

	@GetMapping("/{id}")
	RegistryView<Spacecraft> get(@PathVariable String id) {
		return this.database.spacecraft(id);
	}

	@PostMapping
	@Operation(summary = "Creates a spacecraft of an existing mission (409 if the id exists)")
	ResponseEntity<RegistryView<Spacecraft>> create(@RequestBody Spacecraft craft) {
		MissionDatabase.Saved<Spacecraft> saved = this.database.putSpacecraft(craft, true);
		return ResponseEntity.created(URI.create("/api/v1/spacecraft/" + craft.id())).body(saved.view());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Creates (201) or replaces (200) a spacecraft, e.g. with a new TLE")
	ResponseEntity<RegistryView<Spacecraft>> put(@PathVariable String id, @RequestBody Spacecraft body) {
		MissionsController.Ids.same(id, body.id(), "/id");
		MissionDatabase.Saved<Spacecraft> saved = this.database
			.putSpacecraft(new Spacecraft(id, body.missionId(), body.name(), body.noradId(), body.tle()), false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.database.deleteSpacecraft(id);
		return ResponseEntity.noContent().build();
	}

}
