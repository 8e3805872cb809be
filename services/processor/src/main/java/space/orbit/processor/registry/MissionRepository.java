package space.orbit.processor.registry;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Missions, by id. */
interface MissionRepository extends JpaRepository<MissionEntity, String> {

	@Query("select m from MissionEntity m where (:afterId is null or m.id > :afterId) order by m.id")
	List<MissionEntity> page(String afterId, Pageable page);

}
