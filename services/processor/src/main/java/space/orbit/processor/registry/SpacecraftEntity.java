package space.orbit.processor.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import space.orbit.registry.Spacecraft;
import space.orbit.registry.Tle;

/** A row of {@code spacecraft}. */
@Entity
@Table(name = "spacecraft")
class SpacecraftEntity {

	@Id
	private String id;

	private String missionId;

	private String name;

	private Integer noradId;

	@Column(name = "tle_line1")
	private String tleLine1;

	@Column(name = "tle_line2")
	private String tleLine2;

	@Version
	private Long version;

	private Instant updatedAt;

	protected SpacecraftEntity() {
	}

	SpacecraftEntity(Spacecraft spacecraft, Instant now) {
		this.id = spacecraft.id();
		update(spacecraft, now);
	}

	void update(Spacecraft spacecraft, Instant now) {
		this.missionId = spacecraft.missionId();
		this.name = spacecraft.name();
		this.noradId = spacecraft.noradId();
		this.tleLine1 = (spacecraft.tle() != null) ? spacecraft.tle().line1() : null;
		this.tleLine2 = (spacecraft.tle() != null) ? spacecraft.tle().line2() : null;
		this.updatedAt = now;
	}

	Spacecraft toRecord() {
		Tle tle = (this.tleLine1 != null) ? new Tle(this.tleLine1, this.tleLine2) : null;
		return new Spacecraft(this.id, this.missionId, this.name, this.noradId, tle);
	}

	RegistryView<Spacecraft> view() {
		return new RegistryView<>(toRecord(), this.version, this.updatedAt);
	}

}
