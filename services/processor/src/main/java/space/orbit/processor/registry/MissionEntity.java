package space.orbit.processor.registry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import space.orbit.registry.Mission;

/** A row of {@code mission}. */
@Entity
@Table(name = "mission")
class MissionEntity {

	@Id
	private String id;

	private String name;

	private String description;

	@Version
	private Long version;

	private Instant updatedAt;

	protected MissionEntity() {
	}

	MissionEntity(Mission mission, Instant now) {
		this.id = mission.id();
		update(mission, now);
	}

	void update(Mission mission, Instant now) {
		this.name = mission.name();
		this.description = mission.description();
		this.updatedAt = now;
	}

	String id() {
		return this.id;
	}

	Mission toRecord() {
		return new Mission(this.id, this.name, this.description);
	}

	RegistryView<Mission> view() {
		return new RegistryView<>(toRecord(), this.version, this.updatedAt);
	}

}
