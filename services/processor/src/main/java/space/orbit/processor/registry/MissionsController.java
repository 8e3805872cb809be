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
import space.orbit.registry.Mission;
import space.orbit.registry.RegistryViolation;

/** {@code /api/v1/missions}: the missions of the mission database. */
@RestController
@RequestMapping("/api/v1/missions")
@Tag(name = "Mission database")
class MissionsController {

	/** A page of missions. */
	record MissionPage(List<RegistryView<Mission>> missions, int page, int size, Integer next) {
	}

	private final MissionDatabase database;

	MissionsController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@Operation(summary = "Missions, by id, a page at a time")
	MissionPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		Paging paging = Paging.of(page, size);
		List<RegistryView<Mission>> missions = this.database.missions(page, size);
		return new MissionPage(missions, page, size, paging.next(missions));
	}

	@GetMapping("/{id}")
	RegistryView<Mission> get(@PathVariable String id) {
		return this.database.mission(id);
	}

	@PostMapping
	@Operation(summary = "Creates a mission (409 if the id exists)")
	ResponseEntity<RegistryView<Mission>> create(@RequestBody Mission mission) {
		MissionDatabase.Saved<Mission> saved = this.database.putMission(mission, true);
		return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id())).body(saved.view());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Creates (201) or replaces (200) a mission; the body's id, if any, is the path's")
	ResponseEntity<RegistryView<Mission>> put(@PathVariable String id, @RequestBody Mission body) {
		Ids.same(id, body.id(), "/id");
		MissionDatabase.Saved<Mission> saved = this.database
			.putMission(new Mission(id, body.name(), body.description()), false);
		return ResponseEntity.status(saved.created() ? 201 : 200).body(saved.view());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a mission without spacecraft or parameters (409 otherwise)")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.database.deleteMission(id);
		return ResponseEntity.noContent().build();
	}

	/** Checks that a body's id, if given, is the path's. */
	static final class Ids {

		private Ids() {
		}

		static void same(String path, String body, String pointer) {
			if (body != null && !body.equals(path)) {
				throw new RegistryExceptions.InvalidRecord(List.of(new RegistryViolation(pointer,
						"The body says " + body + " but the path " + path + ": leave it out or make them equal.")));
			}
		}

	}

}
