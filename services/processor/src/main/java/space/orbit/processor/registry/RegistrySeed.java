package space.orbit.processor.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.processor.ProcessorProperties;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Spacecraft;

/**
 * At start: seeds an empty mission database with the simulator's constellation
 * ({@code registry/seed.json}: mission ORBIT-DEMO, ORB-1..ORB-5 with their TLEs, the 42
 * parameters and the derived battery power), then queues every record for publishing, so
 * {@code orbit.registry.v1} holds the whole database even if the topic was lost.
 */
@Component
class RegistrySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistrySeed.class);

	/** The seed file's shape. */
	record Seed(List<Mission> missions, List<Spacecraft> spacecraft, List<ParameterDefinition> parameters) {
	}

	private final MissionDatabase database;

	private final MissionRepository missions;

	private final RegistryOutbox outbox;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final boolean seed;

	RegistrySeed(MissionDatabase database, MissionRepository missions, RegistryOutbox outbox,
			TransactionTemplate transactions, JsonMapper json, ProcessorProperties properties) {
		this.database = database;
		this.missions = missions;
		this.outbox = outbox;
		this.transactions = transactions;
		this.json = json;
		this.seed = properties.registry().seed();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Seed content = read();
		this.transactions.executeWithoutResult((status) -> {
			if (this.seed && this.missions.count() == 0) {
				content.missions().forEach((m) -> this.database.putMission(m, true));
				content.spacecraft().forEach((s) -> this.database.putSpacecraft(s, true));
				content.parameters().forEach((p) -> this.database.putParameter(p, true));
				log.info("Seeded the mission database: {} mission(s), {} spacecraft, {} parameters",
						content.missions().size(), content.spacecraft().size(), content.parameters().size());
			}
			int queued = this.outbox.republishAll();
			log.info("Queued {} mission database records for orbit.registry.v1", queued);
		});
	}

	private Seed read() throws IOException {
		try (InputStream in = new ClassPathResource("registry/seed.json").getInputStream()) {
			return this.json.readValue(in, Seed.class);
		}
	}

}
