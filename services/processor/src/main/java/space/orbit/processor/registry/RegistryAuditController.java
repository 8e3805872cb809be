package space.orbit.processor.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * {@code GET /api/v1/registry/audit}: who changed the mission database, newest first
 * (read-only; the entries are written by the changes themselves).
 */
@RestController
@RequestMapping("/api/v1/registry/audit")
@Tag(name = "Mission database")
class RegistryAuditController {

	private final MissionDatabase database;

	RegistryAuditController(MissionDatabase database) {
		this.database = database;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listRegistryAudit",
			summary = "Changes of the mission database, newest first: who created, replaced or deleted what, and when",
			description = "Each create, replace and delete of a mission, spacecraft or parameter definition, with "
					+ "the subject of the token that made it. Filter by kind, or by kind and entityId for one "
					+ "record's history.")
	Page<AuditEntry> listRegistryAudit(
			@Parameter(description = "Only changes of this kind of record",
					schema = @Schema(type = "string", allowableValues = { "mission", "spacecraft", "parameter" }),
					example = "spacecraft") @RequestParam(required = false) String kind,
			@Parameter(
					description = "Only changes of the record with this id ('<missionId>/<name>' for a "
							+ "parameter); with kind, one record's history",
					example = "MR-1") @RequestParam(required = false) String entityId,
			@Parameter(description = RegistryApi.LIMIT,
					example = "100") @RequestParam(defaultValue = RegistryApi.DEFAULT_LIMIT) int limit,
			@Parameter(description = RegistryApi.AFTER, example = "MTI") @RequestParam(required = false) String after) {
		PageLimit.check(limit, RegistryApi.MAX_LIMIT);
		if (kind != null && !RegistryAudit.KINDS.contains(kind)) {
			throw new InvalidParameterException("kind",
					"must be one of " + RegistryAudit.KINDS + ", was '" + kind + "'");
		}
		Long beforeId = (after != null) ? entryId(after) : null;
		return Page.of(this.database.audit(kind, entityId, beforeId, limit + 1), limit,
				(entry) -> Cursor.encode(Long.toString(entry.id())));
	}

	private static Long entryId(String after) {
		try {
			return Long.valueOf(Cursor.decode(after, 1).get(0));
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

}
