package space.orbit.processor.registry;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change of the mission database, as its audit trail shows it.
 *
 * @param id its place in the trail (later changes have greater ids)
 * @param at when the change was made
 * @param actor who made it: the token's subject, a person's e-mail or a client's id
 * @param action CREATED, UPDATED or DELETED
 * @param kind mission, spacecraft or parameter
 * @param entityId the record's id ({@code <missionId>/<name>} for a parameter)
 * @param summary what the record was left as, in words
 * @param before the record before the change (null for a creation, or an entry older than
 * this field)
 * @param after the record as the change left it (null for a deletion, or an entry older
 * than this field)
 */
@Schema(name = "AuditEntry", description = "One change of the mission database: who made it, when, and to what",
		requiredProperties = { "id", "at", "actor", "action", "kind", "entityId", "summary" })
record AuditEntry(@Schema(description = "Its place in the trail; later changes have greater ids") long id,
		@Schema(description = "When the change was made") Instant at,
		@Schema(description = "Who made it: the token's subject (a person's e-mail or a machine client's id); "
				+ "where the service runs without authentication, the X-Orbit-User header the client sent, "
				+ "else 'unauthenticated'", example = "ada@orbit.space") String actor,
		@Schema(description = "What was done to the record") Action action,
		@Schema(description = "What kind of record", allowableValues = {
				"mission", "spacecraft", "parameter" }, example = "spacecraft") String kind,
		@Schema(description = "The record's id; '<missionId>/<name>' for a parameter",
				example = "MR-1") String entityId,
		@Schema(description = "What the record was left as, in words",
				example = "Replaced spacecraft MR-1 'Relay 1' of mission MARS-RELAY, NORAD 99001, with a TLE "
						+ "(version 1)") String summary,
		@Schema(description = "The record before the change, as the mission database's API returns it without "
				+ "its version; absent for a creation and in entries made before the trail kept it",
				types = { "object" }) Map<String, Object> before,
		@Schema(description = "The record as the change left it; absent for a deletion and in entries made "
				+ "before the trail kept it", types = { "object" }) Map<String, Object> after){

	/** What a change did to a record. */
	enum Action {

		CREATED, UPDATED, DELETED

	}

}
