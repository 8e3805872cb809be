package space.orbit.processor.registry;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Parameter definitions, by (mission, name). */
interface ParameterRepository extends JpaRepository<ParameterEntity, ParameterEntity.Key> {

	@Query("select p from ParameterEntity p where (:missionId is null or p.missionId = :missionId) "
			+ "and (:subsystem is null or p.subsystem = :subsystem) and (:afterMission is null "
			+ "or p.missionId > :afterMission or (p.missionId = :afterMission and p.name > :afterName)) "
			+ "order by p.missionId, p.name")
	List<ParameterEntity> page(String missionId, String subsystem, String afterMission, String afterName,
			Pageable page);

	long countByMissionId(String missionId);

}
