package space.orbit.processor.registry;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Spacecraft, by id. */
interface SpacecraftRepository extends JpaRepository<SpacecraftEntity, String> {

	@Query("select s from SpacecraftEntity s where (:missionId is null or s.missionId = :missionId) "
			+ "and (:afterId is null or s.id > :afterId) order by s.id")
	List<SpacecraftEntity> page(String missionId, String afterId, Pageable page);

	long countByMissionId(String missionId);

}
