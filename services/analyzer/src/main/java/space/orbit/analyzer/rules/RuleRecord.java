package space.orbit.analyzer.rules;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A rule as stored: its JSON definition (exactly what is published), a version bumped by
 * every change, the version Kafka has, and a tombstone flag (deleted rules stay, so a
 * resync can publish their tombstones).
 */
@Entity
@Table(name = "rule")
class RuleRecord {

	@Id
	String id;

	@JdbcTypeCode(SqlTypes.JSON)
	String definition;

	long version;

	long publishedVersion;

	boolean deleted;

	Instant updatedAt;

	String updatedBy;

	protected RuleRecord() {
	}

	RuleRecord(String id) {
		this.id = id;
	}

	boolean published() {
		return this.publishedVersion >= this.version;
	}

}
