package space.orbit.console.mission;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/** The processor's mission database records as its API returns and takes them. */
final class MissionRecords {

	private MissionRecords() {
	}

	/** A mission as read. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Mission(String id, String name, String description, Instant updatedAt, long version) {
	}

	/** A mission as written ({@code PUT /api/v1/missions/{id}}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MissionBody(String id, String name, String description) {
	}

	/** A TLE's two lines. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Tle(String line1, String line2) {
	}

	/** A spacecraft as read. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Spacecraft(String id, String missionId, String name, Integer noradId, Tle tle, Instant updatedAt,
			long version) {
	}

	/** A spacecraft as written ({@code PUT /api/v1/spacecraft/{id}}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SpacecraftBody(String id, String missionId, String name, Integer noradId, Tle tle) {
	}

	/**
	 * Warning and critical limits; any may be absent (one-sided limits). The hysteresis
	 * (optional, ADR 0023) is read with them and sent when set; {@link #empty()} ignores
	 * it (a hysteresis alone is no limit).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Limits(Double criticalLow, Double warningLow, Double warningHigh, Double criticalHigh, Double hysteresis) {

		/** Limits without hysteresis. */
		Limits(Double criticalLow, Double warningLow, Double warningHigh, Double criticalHigh) {
			this(criticalLow, warningLow, warningHigh, criticalHigh, null);
		}

		boolean empty() {
			return this.criticalLow == null && this.warningLow == null && this.warningHigh == null
					&& this.criticalHigh == null;
		}

	}

	/**
	 * A parameter definition as read; the calibration is kept as the processor sent it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Parameter(String missionId, String name, String subsystem, String description, String unit, String rawType,
			JsonNode calibration, Limits limits, Instant updatedAt, long version) {
	}

	/**
	 * A parameter definition as written ({@code PUT
	 * /api/v1/parameters/{missionId}/{name}}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ParameterBody(String missionId, String name, String subsystem, String description, String unit,
			String rawType, JsonNode calibration, Limits limits) {
	}

	/** One change of the mission database from the processor's audit trail. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AuditEntry(long id, Instant at, String actor, String action, String kind, String entityId, String summary,
			JsonNode before, JsonNode after) {
	}

	/** A page of the audit trail, newest first; {@code next} is null on the last one. */
	record AuditPage(java.util.List<AuditEntry> items, String next) {
	}

}
