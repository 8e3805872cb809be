package space.orbit.processor.registry;

import java.time.Instant;

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
 */
@Schema(name = "AuditEntry", description = "One change of the mission database: who made it, when, and to what",
		requiredProperties = { "id", "at", "actor", "action", "kind", "entityId", "summary" })
record AuditEntry(@Schema(description = "Its place in the trail; later changes have greater ids") long id,
		@Schema(description = "When the change was made") Instant at,
		@Schema(description = "Who made it: the token's subject (a person's e-mail or a machine client's id)",
				example = "ada@orbit.space") String actor,
		@Schema(description = "What was done to the record") Action action,
		@Schema(description = "What kind of record", allowableValues = {
				"mission", "spacecraft", "parameter" }, example = "spacecraft") String kind,
		@Schema(description = "The record's id; '<missionId>/<name>' for a parameter",
				example = "MR-1") String entityId,
		@Schema(description = "What the record was left as, in words",
				example = "Replaced spacecraft MR-1 'Relay 1' of mission MARS-RELAY, NORAD 99001, with a TLE "
						+ "(version 1)") String summary){

	/** What a change did to a record. */
	enum Action {

		CREATED, UPDATED, DELETED

	}

}
