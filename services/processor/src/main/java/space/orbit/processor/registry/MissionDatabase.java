package space.orbit.processor.registry;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.kit.web.NotFoundException;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RegistryKey;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.RegistryValidator;
import space.orbit.registry.RegistryViolation;
import space.orbit.registry.Spacecraft;

/**
 * Creates, replaces and deletes missions, spacecraft and parameter definitions; each
 * change, its outbox row and its audit entry commit together.
 */
@Service
@Transactional
class MissionDatabase {

	/** Whether a write created the record (201) or replaced it (200). */
	record Saved<T>(RegistryView<T> view, boolean created) {
	}

	private final MissionRepository missions;

	private final SpacecraftRepository spacecraft;

	private final ParameterRepository parameters;

	private final RegistryOutbox outbox;

	private final RegistryAudit audit;

	private final Clock clock;

	MissionDatabase(MissionRepository missions, SpacecraftRepository spacecraft, ParameterRepository parameters,
			RegistryOutbox outbox, RegistryAudit audit, Clock clock) {
		this.missions = missions;
		this.spacecraft = spacecraft;
		this.parameters = parameters;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	// Missions

	Saved<Mission> putMission(Mission mission, boolean mustBeNew) {
		valid(mission);
		MissionEntity row = this.missions.findById(mission.id()).orElse(null);
		refuseDuplicate(row != null && mustBeNew, "mission " + mission.id());
		boolean created = row == null;
		Mission before = created ? null : row.toRecord();
		if (created) {
			row = new MissionEntity(mission, this.clock.instant());
		}
		else {
			row.update(mission, this.clock.instant());
		}
		return saved(this.missions.saveAndFlush(row).view(), before, mission);
	}

	void deleteMission(String id) {
		MissionEntity row = this.missions.findById(id).orElseThrow(() -> notFound("mission " + id));
		long craft = this.spacecraft.countByMissionId(id);
		long definitions = this.parameters.countByMissionId(id);
		if (craft + definitions > 0) {
			throw RegistryRefusals.missionInUse(id, craft, definitions);
		}
		Mission before = row.toRecord();
		this.missions.delete(row);
		deleted(before);
	}

	@Transactional(readOnly = true)
	RegistryView<Mission> mission(String id) {
		return this.missions.findById(id).map(MissionEntity::view).orElseThrow(() -> notFound("mission " + id));
	}

	/**
	 * Up to {@code count} missions after {@code afterId} (null: from the first), by id.
	 */
	@Transactional(readOnly = true)
	List<RegistryView<Mission>> missions(String afterId, int count) {
		return views(this.missions.page(afterId, PageRequest.ofSize(count)), MissionEntity::view);
	}

	// Spacecraft

	Saved<Spacecraft> putSpacecraft(Spacecraft craft, boolean mustBeNew) {
		valid(craft);
		requireMission(craft.missionId());
		SpacecraftEntity row = this.spacecraft.findById(craft.id()).orElse(null);
		refuseDuplicate(row != null && mustBeNew, "spacecraft " + craft.id());
		boolean created = row == null;
		Spacecraft before = created ? null : row.toRecord();
		if (created) {
			row = new SpacecraftEntity(craft, this.clock.instant());
		}
		else {
			row.update(craft, this.clock.instant());
		}
		return saved(this.spacecraft.saveAndFlush(row).view(), before, craft);
	}

	void deleteSpacecraft(String id) {
		SpacecraftEntity row = this.spacecraft.findById(id).orElseThrow(() -> notFound("spacecraft " + id));
		Spacecraft before = row.toRecord();
		this.spacecraft.delete(row);
		deleted(before);
	}

	@Transactional(readOnly = true)
	RegistryView<Spacecraft> spacecraft(String id) {
		return this.spacecraft.findById(id).map(SpacecraftEntity::view).orElseThrow(() -> notFound("spacecraft " + id));
	}

	/**
	 * Up to {@code count} spacecraft (of a mission, or all) after {@code afterId}, by id.
	 */
	@Transactional(readOnly = true)
	List<RegistryView<Spacecraft>> spacecraft(String missionId, String afterId, int count) {
		return views(this.spacecraft.page(missionId, afterId, PageRequest.ofSize(count)), SpacecraftEntity::view);
	}

	// Parameters

	Saved<ParameterDefinition> putParameter(ParameterDefinition parameter, boolean mustBeNew) {
		valid(parameter);
		requireMission(parameter.missionId());
		ParameterEntity.Key key = new ParameterEntity.Key(parameter.missionId(), parameter.name());
		ParameterEntity row = this.parameters.findById(key).orElse(null);
		refuseDuplicate(row != null && mustBeNew, "parameter " + parameter.name() + " in " + parameter.missionId());
		boolean created = row == null;
		ParameterDefinition before = created ? null : row.toRecord();
		if (created) {
			row = new ParameterEntity(parameter, this.clock.instant());
		}
		else {
			row.update(parameter, this.clock.instant());
		}
		return saved(this.parameters.saveAndFlush(row).view(), before, parameter);
	}

	void deleteParameter(String missionId, String name) {
		ParameterEntity row = this.parameters.findById(new ParameterEntity.Key(missionId, name))
			.orElseThrow(() -> notFound("parameter " + name + " in mission " + missionId));
		ParameterDefinition before = row.toRecord();
		this.parameters.delete(row);
		deleted(before);
	}

	@Transactional(readOnly = true)
	RegistryView<ParameterDefinition> parameter(String missionId, String name) {
		return this.parameters.findById(new ParameterEntity.Key(missionId, name))
			.map(ParameterEntity::view)
			.orElseThrow(() -> notFound("parameter " + name + " in mission " + missionId));
	}

	/**
	 * Up to {@code count} parameter definitions (filtered) after {@code after} (null:
	 * from the first), by mission and name.
	 */
	@Transactional(readOnly = true)
	List<RegistryView<ParameterDefinition>> parameters(String missionId, String subsystem, ParameterEntity.Key after,
			int count) {
		String afterMission = (after != null) ? after.missionId() : null;
		String afterName = (after != null) ? after.name() : null;
		return views(this.parameters.page(missionId, subsystem, afterMission, afterName, PageRequest.ofSize(count)),
				ParameterEntity::view);
	}

	/** The current state of a record, null once deleted (what the relay publishes). */
	@Transactional(readOnly = true)
	RegistryRecord current(RegistryKey key) {
		return switch (key) {
			case RegistryKey.MissionKey k -> this.missions.findById(k.id()).map(MissionEntity::toRecord).orElse(null);
			case RegistryKey.SpacecraftKey k ->
				this.spacecraft.findById(k.id()).map(SpacecraftEntity::toRecord).orElse(null);
			case RegistryKey.ParameterKey k ->
				this.parameters.findById(new ParameterEntity.Key(k.missionId(), k.name()))
					.map(ParameterEntity::toRecord)
					.orElse(null);
		};
	}

	private <T extends RegistryRecord> Saved<T> saved(RegistryView<T> view, T before, T record) {
		this.outbox.changed(record.registryKey());
		this.audit.saved(before, view.record(), view.version(), view.updatedAt());
		return new Saved<>(view, before == null);
	}

	private void deleted(RegistryRecord before) {
		this.outbox.changed(before.registryKey());
		this.audit.deleted(before, this.clock.instant());
	}

	/**
	 * Up to {@code count} entries of the audit trail, newest first, before the entry
	 * {@code beforeId} (null: the newest), optionally of one kind or one record.
	 */
	@Transactional(readOnly = true)
	List<AuditEntry> audit(String kind, String entityId, Long beforeId, int count) {
		return this.audit.page(kind, entityId, beforeId, count);
	}

	private void requireMission(String missionId) {
		if (missionId != null && !this.missions.existsById(missionId)) {
			throw RegistryRefusals.unknownMission(missionId);
		}
	}

	private static void valid(RegistryRecord record) {
		List<RegistryViolation> violations = RegistryValidator.validate(record);
		if (!violations.isEmpty()) {
			throw RegistryRefusals.invalid(violations);
		}
	}

	private static void refuseDuplicate(boolean duplicate, String what) {
		if (duplicate) {
			throw RegistryRefusals.exists(what);
		}
	}

	private static NotFoundException notFound(String what) {
		return RegistryRefusals.notFound(what);
	}

	private static <E, V> List<V> views(List<E> rows, Function<E, V> view) {
		return rows.stream().map(view).toList();
	}

}
