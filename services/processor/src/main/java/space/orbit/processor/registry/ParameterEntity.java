package space.orbit.processor.registry;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import space.orbit.registry.Calibration;
import space.orbit.registry.Limits;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RawType;

/** A row of {@code parameter_definition}; calibration and limits are jsonb. */
@Entity
@Table(name = "parameter_definition")
@IdClass(ParameterEntity.Key.class)
class ParameterEntity {

	@Id
	private String missionId;

	@Id
	private String name;

	private String subsystem;

	private String description;

	private String unit;

	@Enumerated(EnumType.STRING)
	private RawType rawType;

	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String calibration;

	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String limits;

	@Version
	private Long version;

	private Instant updatedAt;

	protected ParameterEntity() {
	}

	ParameterEntity(ParameterDefinition parameter, Instant now) {
		this.missionId = parameter.missionId();
		this.name = parameter.name();
		update(parameter, now);
	}

	void update(ParameterDefinition parameter, Instant now) {
		this.subsystem = parameter.subsystem();
		this.description = parameter.description();
		this.unit = parameter.unit();
		this.rawType = parameter.rawType();
		this.calibration = RegistryJson.write(parameter.calibration());
		this.limits = RegistryJson.write(parameter.limits());
		this.updatedAt = now;
	}

	ParameterDefinition toRecord() {
		return new ParameterDefinition(this.missionId, this.name, this.subsystem, this.description, this.unit,
				this.rawType, RegistryJson.read(this.calibration, Calibration.class),
				RegistryJson.read(this.limits, Limits.class));
	}

	RegistryView<ParameterDefinition> view() {
		return new RegistryView<>(toRecord(), this.version, this.updatedAt);
	}

	/** The primary key: (mission, name). */
	record Key(String missionId, String name) implements Serializable {

		Key() {
			this(null, null);
		}

	}

}
