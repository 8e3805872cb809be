package space.orbit.e2e;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.KafkaBrokerProcess;
import space.orbit.test.MachineBrokers;
import space.orbit.test.MongoStandInProcess;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TcpProxy;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Issue 18's chaos harness (ADR 0026): the telemetry spine (ingest, processor, analyzer,
 * enricher, worker) as their own JVMs on a Kafka broker and a MongoDB stand-in of its own
 * (so that it can restart them) and on this machine's PostgreSQL, RabbitMQ and NATS; the
 * simulator sending telemetry with mission faults throughout; a seeded schedule of
 * faults, each followed by its recovery; then the checks, each an independent read of a
 * store, and a report (JSON and Markdown).
 */
final class Chaos implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The spacecraft of the run, all of the demo mission. */
	private static final int SPACECRAFT = 4;

	private final Duration duration;

	private final long seed;

	private final Path directory;

	private final Instant began = Instant.now();

	private final KafkaBrokerProcess kafka;

	private final int archivePort = ServiceProcess.freePort();

	private final Path archiveData;

	private MongoStandInProcess archive;

	private final String archiveDatabase = TestNames.unique("chaos_archive_").replace('-', '_');

	/** The enricher's archive, through its proxied link. */
	private final String enricherArchiveUri;

	/** Orders' NATS, through its proxied link. */
	private final String ordersNatsUrl;

	private final Spine spine;

	/**
	 * The links the faults cut and slow, each through a proxy: one service's link to each
	 * broker and database (ingest's to RabbitMQ, the processor's to PostgreSQL, the
	 * analyzer's to Kafka, the enricher's to MongoDB, orders' to NATS).
	 */
	private final Map<String, TcpProxy> links = new LinkedHashMap<>();

	private final Path analyzerState;

	private final String enricherGroup = TestNames.unique("chaos-enricher-");

	private final String computeTopic = TestNames.unique("chaos-compute-");

	private Logistics logistics;

	private ChaosClients clients;

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final Map<String, Supplier<ServiceProcess>> starters = new LinkedHashMap<>();

	private final List<Map<String, Object>> timeline = new ArrayList<>();

	private final List<Map<String, Object>> checks = new ArrayList<>();

	private final Map<String, Object> figures = new LinkedHashMap<>();

	private Process simulator;

	/** The reports of the simulator's runs: one, or more when the faults outlast it. */
	private final List<Path> simulatorReports = new ArrayList<>();

	Chaos(Duration duration, long seed, Path directory) throws Exception {
		this.duration = duration;
		this.seed = seed;
		this.directory = directory;
		Files.createDirectories(directory);
		Path state = Files.createTempDirectory("orbit-chaos");
		try (var old = Files.list(directory)) {
			for (Path file : old.filter((f) -> f.getFileName().toString().startsWith("simulator-")).toList()) {
				Files.delete(file);
			}
		}
		TcpProxy ingestRabbit = link("ingest-rabbitmq", 5672);
		TcpProxy processorPostgres = link("processor-postgresql", 5432);
		// Kafka tells its clients where to connect: the analyzer's connections go
		// through the proxy only if the broker names the proxy on the listener it uses.
		int analyzerListener = ServiceProcess.freePort();
		TcpProxy analyzerKafka = link("analyzer-kafka", analyzerListener);
		TcpProxy enricherMongo = link("enricher-mongodb", this.archivePort);
		TcpProxy ordersNats = link("orders-nats", 4222);
		this.enricherArchiveUri = "mongodb://127.0.0.1:" + enricherMongo.port() + "/" + this.archiveDatabase;
		this.ordersNatsUrl = "nats://127.0.0.1:" + ordersNats.port();
		this.kafka = KafkaBrokerProcess.start(state.resolve("kafka"), Spine.logs(), analyzerListener,
				analyzerKafka.port());
		this.archiveData = state.resolve("archive.h2");
		this.archive = MongoStandInProcess.start(this.archivePort, this.archiveData);
		this.analyzerState = state.resolve("analyzer");
		this.spine = new Spine(this.kafka.bootstrapServers());
		this.spine.overrides.put("ingest",
				Map.of("ORBIT_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:" + ingestRabbit.port()));
		this.spine.overrides.put("processor",
				Map.of("ORBIT_POSTGRES_URL", TestPostgres.URL.replace(":5432/", ":" + processorPostgres.port() + "/")));
		this.spine.overrides.put("analyzer", Map.of("ORBIT_KAFKA_BOOTSTRAP", "127.0.0.1:" + analyzerKafka.port()));
	}

	/** Starts every component and waits until all are ready. */
	void start() throws Exception {
		this.starters.put("ingest", this.spine::startIngest);
		this.starters.put("processor", () -> this.spine.startProcessor(Map.of()));
		this.starters.put("analyzer", () -> this.spine.startAnalyzer(this.analyzerState));
		this.starters.put("enricher", this::startEnricher);
		this.starters.put("worker", () -> this.spine.startWorker(this.computeTopic));
		this.logistics = new Logistics("mongodb://127.0.0.1:" + this.archivePort, 1_000_000);
		this.logistics.overrides.put("orders", Map.of("orbit.nats.url", this.ordersNatsUrl));
		this.starters.put("users", () -> this.logistics.startUsers(false));
		this.starters.put("orders", () -> this.logistics.startOrders(false));
		this.starters.put("inventory", this.logistics::startInventory);
		for (String name : List.of("ingest", "processor")) {
			this.services.put(name, this.starters.get(name).get());
		}
		this.services.get("processor").awaitReady(Duration.ofMinutes(5));
		this.spine.seedDemoMission();
		for (String name : List.of("analyzer", "enricher", "worker", "inventory", "orders", "users")) {
			this.services.put(name, this.starters.get(name).get());
		}
		for (ServiceProcess service : this.services.values()) {
			service.awaitReady(Duration.ofMinutes(5));
		}
	}

	private ServiceProcess startEnricher() {
		return ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", this.kafka.bootstrapServers(), "ORBIT_MONGODB_URI",
						this.enricherArchiveUri),
				Map.of("orbit.enricher.telemetry-topic", this.spine.topic, "orbit.enricher.registry-topic",
						this.spine.registryTopic, "orbit.enricher.consumer-group", this.enricherGroup),
				Spine.logs());
	}

	/**
	 * The faults of a run: every kind once, in the seed's order, then again in another
	 * order while a round fits in the run at {@link #FAULT_SECONDS} a fault. A run too
	 * short for a whole round (the one of {@code ./orbit test}) cuts and slows one link
	 * each, drawn by the seed, instead of all five: 16 faults, each kind still at least
	 * once.
	 */
	List<String> schedule() {
		List<String> round = round(0);
		if (this.duration.toSeconds() < round.size() * FAULT_SECONDS) {
			return shortRound(round);
		}
		List<String> faults = new ArrayList<>(round);
		long rounds = Math.max(1, this.duration.toSeconds() / (round.size() * FAULT_SECONDS));
		for (int i = 1; i < rounds; i++) {
			faults.addAll(round(i));
		}
		return faults;
	}

	/** The kinds of fault: what comes before the colon ("kill:ingest" is a kill). */
	static String kind(String fault) {
		return fault.startsWith("restart:") ? fault : fault.split(":")[0];
	}

	private List<String> shortRound(List<String> round) {
		List<String> links = new ArrayList<>(this.links.keySet());
		Random random = new Random(this.seed);
		String cut = "cut:" + links.get(random.nextInt(links.size()));
		String slow = "slow:" + links.get(random.nextInt(links.size()));
		return round.stream()
			.filter((fault) -> !fault.startsWith("cut:") && !fault.startsWith("slow:") || fault.equals(cut)
					|| fault.equals(slow))
			.toList();
	}

	/** Seconds a fault and its recovery take, about, on this 2-core machine. */
	static final long FAULT_SECONDS = 9;

	private List<String> round(int n) {
		List<String> faults = new ArrayList<>();
		for (String service : this.starters.keySet()) {
			faults.add("kill:" + service);
		}
		faults.add("kill-two");
		faults.addAll(
				List.of("restart:kafka", "restart:mongodb", "restart:postgresql", "restart:rabbitmq", "restart:nats"));
		for (String link : this.links.keySet()) {
			faults.add("cut:" + link);
			faults.add("slow:" + link);
		}
		Collections.shuffle(faults, new Random(this.seed + n));
		String only = System.getProperty("orbit.chaos.faults", "");
		if (!only.isBlank()) {
			List<String> chosen = List.of(only.split(","));
			faults.removeIf((fault) -> chosen.stream().noneMatch((c) -> fault.equals(c) || fault.startsWith(c + ":")));
		}
		return faults;
	}

	/** Every kind of fault a round holds. */
	List<String> kinds() {
		return kinds(round(0));
	}

	/** The kinds of these faults, each once, sorted. */
	static List<String> kinds(List<String> faults) {
		return faults.stream().map(Chaos::kind).distinct().sorted().toList();
	}

	/**
	 * Runs the load and the faults, waits until the load has ended and the stores have
	 * taken everything in, then checks them.
	 */
	void run() throws Exception {
		List<String> faults = schedule();
		Random random = new Random(this.seed);
		// The telemetry lasts as long as the faults take, at least.
		long seconds = Math.max(this.duration.toSeconds(), faults.size() * FAULT_SECONDS + 20);
		this.figures.put("loadPlannedSeconds", seconds);
		this.clients = new ChaosClients(() -> this.services.get("users"), () -> this.services.get("worker"));
		List<String> missionFaults = List.of("--fault", "spike:ORB-1:EPS.BATTERY.VOLTAGE@+" + at(random, seconds) + "s",
				"--fault", "undervoltage:ORB-2@+" + at(random, seconds) + "s/4s", "--fault",
				"overspeed:ORB-3@+" + at(random, seconds) + "s/4s", "--fault",
				"stuck:ORB-4:THERMAL.PANEL.TEMP@+" + at(random, seconds) + "s");
		simulate(seconds, missionFaults);
		long start = System.nanoTime();
		this.figures.put("loadBeganAtSeconds", seconds(Duration.between(this.began, Instant.now())));
		// The faults spread over the run's first 80 %: the rest lets the last one's
		// recovery be seen under load.
		long slot = Duration.ofSeconds(seconds).toNanos() * 8 / 10 / faults.size();
		for (int i = 0; i < faults.size(); i++) {
			long due = start + (i + 1) * slot - slot / 2;
			while (System.nanoTime() < due) {
				Thread.sleep(100);
			}
			keepLoad(30);
			inject(faults.get(i), random);
		}
		// The last recovery under load too.
		keepLoad(20);
		if (!this.simulator.waitFor(seconds + 600, java.util.concurrent.TimeUnit.SECONDS)) {
			throw new IllegalStateException("the simulator did not finish");
		}
		this.clients.stop();
		this.figures.put("loadSeconds", Duration.ofNanos(System.nanoTime() - start).toSeconds());
		this.figures.put("simulatorRuns", this.simulatorReports.size());
	}

	/**
	 * Starts the simulator for {@code seconds} of telemetry (4 spacecraft of the demo
	 * mission, 2 frames/s each, re-sending without end what gets no answer or a 503).
	 */
	private void simulate(long seconds, List<String> faults) throws java.io.IOException {
		Path report = this.directory.resolve("simulator-" + this.simulatorReports.size() + ".json");
		List<String> flags = new ArrayList<>(List.of("--spacecraft", Integer.toString(SPACECRAFT), "--rate", "2",
				"--duration", seconds + "s", "--batch-frames", "4", "--connections", "2", "--max-retries", "10000",
				"--seed", Long.toString(this.seed + this.simulatorReports.size())));
		flags.addAll(faults);
		this.simulatorReports.add(report);
		this.simulator = this.spine.startSimulator(report, flags.toArray(String[]::new));
	}

	/**
	 * When the faults outlast the telemetry (a loaded machine starts services slowly), a
	 * further simulator run of {@code seconds}: its frames' timestamps follow the last
	 * run's, so a frame's identity (spacecraft, sequence, timestamp) stays unique.
	 */
	private void keepLoad(long seconds) throws java.io.IOException {
		if (!this.simulator.isAlive()) {
			simulate(seconds, List.of());
		}
	}

	private static long at(Random random, long seconds) {
		return 10 + random.nextLong(Math.max(1, seconds - 40));
	}

	private void inject(String fault, Random random) throws Exception {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("fault", fault);
		event.put("at", Duration.between(this.began, Instant.now()).toMillis() / 1000.0);
		long start = System.nanoTime();
		String[] parts = fault.split(":");
		Map<String, Object> ready = new LinkedHashMap<>();
		switch (parts[0]) {
			case "kill" -> ready.putAll(killAndRestart(List.of(parts[1])));
			case "kill-two" -> {
				List<String> names = new ArrayList<>(this.starters.keySet());
				Collections.shuffle(names, random);
				event.put("services", names.subList(0, 2));
				ready.putAll(killAndRestart(names.subList(0, 2)));
			}
			case "restart" -> {
				Duration outage = switch (parts[1]) {
					case "kafka" -> {
						this.kafka.stop();
						this.kafka.startAgain();
						yield Duration.ofNanos(System.nanoTime() - start);
					}
					case "mongodb" -> {
						this.archive.kill();
						this.archive = MongoStandInProcess.start(this.archivePort, this.archiveData);
						yield Duration.ofNanos(System.nanoTime() - start);
					}
					case "postgresql" -> MachineBrokers.restartPostgres();
					case "rabbitmq" -> MachineBrokers.restartRabbit();
					case "nats" -> MachineBrokers.restartNats();
					default -> throw new IllegalArgumentException(fault);
				};
				event.put("outageSeconds", seconds(outage));
				ready.putAll(awaitAllReady(start));
			}
			case "cut" -> {
				TcpProxy link = link(parts[1]);
				link.cut();
				Thread.sleep(5_000);
				link.restore();
				event.put("outageSeconds", 5.0);
				ready.putAll(awaitAllReady(start));
			}
			case "slow" -> {
				TcpProxy link = link(parts[1]);
				link.slow(Duration.ofMillis(200));
				Thread.sleep(8_000);
				link.restore();
				event.put("slowSeconds", 8.0);
				ready.putAll(awaitAllReady(start));
			}
			default -> throw new IllegalArgumentException(fault);
		}
		event.put("readySeconds", ready);
		event.put("recoveredSeconds", seconds(Duration.ofNanos(System.nanoTime() - start)));
		this.timeline.add(event);
		System.out.println("chaos: " + event);
	}

	/**
	 * {@code kill -9} of the services at once, then each started again as before; the
	 * seconds each took from its kill to ready.
	 */
	private Map<String, Object> killAndRestart(List<String> names) {
		long start = System.nanoTime();
		for (String name : names) {
			this.services.get(name).kill();
		}
		for (String name : names) {
			this.services.put(name, this.starters.get(name).get());
		}
		Map<String, Object> ready = new LinkedHashMap<>();
		for (String name : names) {
			this.services.get(name).awaitReady(Duration.ofMinutes(5));
			ready.put(name, seconds(Duration.ofNanos(System.nanoTime() - start)));
		}
		return ready;
	}

	/** Waits until every service is ready; the seconds each took from {@code start}. */
	private Map<String, Object> awaitAllReady(long start) {
		Map<String, Object> ready = new LinkedHashMap<>();
		for (Map.Entry<String, ServiceProcess> service : this.services.entrySet()) {
			service.getValue().awaitReady(Duration.ofMinutes(5));
			ready.put(service.getKey(), seconds(Duration.ofNanos(System.nanoTime() - start)));
		}
		return ready;
	}

	private static double seconds(Duration duration) {
		return Math.round(duration.toMillis() / 100.0) / 10.0;
	}

	/**
	 * The checks, each an independent read of a store; the names of those that failed.
	 */
	List<String> check() throws Exception {
		long generated = 0;
		long accepted = 0;
		long lost = 0;
		long samples = 0;
		long retries = 0;
		Map<String, Long> requests = new java.util.TreeMap<>();
		JsonNode expectedAlerts = null;
		for (Path file : this.simulatorReports) {
			JsonNode load = JSON.readTree(Files.readString(file));
			generated += load.get("framesGenerated").asLong();
			accepted += load.get("framesAccepted").asLong();
			lost += load.get("framesLost").asLong();
			samples += load.get("samplesAccepted").asLong();
			retries += load.get("retries").asLong();
			load.get("requests")
				.properties()
				.forEach((e) -> requests.merge(e.getKey(), e.getValue().asLong(), Long::sum));
			if (expectedAlerts == null) {
				expectedAlerts = load.get("expectedAlerts");
			}
		}
		this.figures.put("framesGenerated", generated);
		this.figures.put("framesAccepted", accepted);
		this.figures.put("samplesAccepted", samples);
		this.figures.put("simulatorRetries", retries);
		this.figures.put("simulatorRequests", requests);
		this.figures.put("faultsInjected", this.timeline.size());

		check("every frame sent was accepted (none lost by the simulator)", lost == 0 && accepted == generated,
				"framesLost " + lost + ", accepted " + accepted + " of " + generated);
		List<String> fiveHundreds = new ArrayList<>();
		requests.forEach((status, count) -> {
			if (status.startsWith("5") && !status.equals("503")) {
				fiveHundreds.add(status + " x" + count);
			}
		});
		check("no 5xx but 503 (Retry-After, the designed answer while RabbitMQ is away) to the simulator",
				fiveHundreds.isEmpty(), "answers " + requests);

		// PostgreSQL: telemetry_frame, once per frame.
		Map<String, Long> stored = awaitStored(accepted);
		checkOnce("PostgreSQL telemetry_frame", stored, accepted);

		// Kafka: the telemetry topic read back by a plain consumer, to its end.
		Map<String, Long> published = new HashMap<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		do {
			published = published();
			if (published.size() >= accepted) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		checkOnce("Kafka " + this.spine.topic, published, accepted);
		check("Kafka holds the frames PostgreSQL holds", published.keySet().equals(stored.keySet()),
				"differing: " + difference(published, stored));

		// The archive: the enricher's segments on the MongoDB stand-in, official driver.
		Map<String, Long> archived = new HashMap<>();
		long duplicateSamples = 0;
		deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		do {
			Map<String, Long> archivedSamples = archivedSamples();
			archived = new HashMap<>();
			duplicateSamples = 0;
			for (Map.Entry<String, Long> sample : archivedSamples.entrySet()) {
				String frame = sample.getKey().substring(0, sample.getKey().lastIndexOf('|'));
				archived.merge(frame, 1L, Long::sum);
				duplicateSamples += sample.getValue() - 1;
			}
			if (archived.size() >= accepted) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		check("archive (MongoDB stand-in): every accepted frame",
				archived.size() == accepted && archived.keySet().equals(stored.keySet()),
				archived.size() + " frames of " + accepted + "; differing: " + difference(archived, stored));
		check("archive: no sample stored twice", duplicateSamples == 0, duplicateSamples + " duplicate samples");

		checkAlerts(expectedAlerts);

		checkClients();
		checkUsers();
		checkJobs();

		long deadLettered = this.spine.rabbit.messageCount(this.spine.routes.deadLetterQueue());
		check("telemetry dead-letter queue empty (no poison was sent)", deadLettered == 0,
				deadLettered + " message(s)");
		String computeDlq = this.spine.rabbit.prefix() + "compute.jobs.dlq";
		long jobsDeadLettered = this.spine.rabbit.messageCount(computeDlq);
		check("compute dead-letter queue empty (no poison was sent)", jobsDeadLettered == 0,
				jobsDeadLettered + " message(s)");
		long natsDead = Stream.of("user.created", "order.created", "stock.reserved", "order.rejected")
			.mapToLong((type) -> this.logistics.nats.deadEvents(type).size())
			.sum();
		check("NATS dead-letter subjects empty (no poison was sent)", natsDead == 0, natsDead + " event(s)");
		List<String> failed = this.checks.stream()
			.filter((c) -> !(Boolean) c.get("passed"))
			.map((c) -> (String) c.get("check"))
			.toList();
		return failed;
	}

	private void checkClients() {
		Map<String, Long> answers = new java.util.TreeMap<>();
		this.clients.answers.forEach((k, v) -> answers.put(k, v.get()));
		this.figures.put("apiAnswers", answers);
		this.figures.put("usersAccepted", this.clients.acceptedUsers.size());
		this.figures.put("jobsAccepted", this.clients.acceptedJobs.size());
		check("users and worker APIs: no 5xx but 503, no unexpected refusal", this.clients.violations.isEmpty(),
				this.clients.violations.stream().limit(10).toList().toString());
	}

	/**
	 * Every user the users service holds (accepted or not: a POST whose answer was lost
	 * may have created one) has one welcome order, and inventory reserved its stock once.
	 */
	private void checkUsers() throws Exception {
		String usersSchema = this.logistics.usersPostgres.schema();
		Map<String, String> users = new HashMap<>();
		try (Connection connection = this.logistics.usersPostgres.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, email FROM " + usersSchema + ".app_user")) {
			while (rows.next()) {
				users.put(rows.getString(2), rows.getString(1));
			}
		}
		List<String> missingUsers = this.clients.acceptedUsers.stream().filter((e) -> !users.containsKey(e)).toList();
		check("users (PostgreSQL): every accepted user stored", missingUsers.isEmpty() && !users.isEmpty(),
				users.size() + " stored, " + this.clients.acceptedUsers.size() + " accepted; missing " + missingUsers);
		this.figures.put("usersStored", users.size());
		var orders = this.logistics.mongo.database().getCollection("orders");
		Map<String, Long> welcomes = new HashMap<>();
		Map<String, String> orderIds = new HashMap<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		do {
			welcomes.clear();
			for (Document order : orders.find(new Document("kind", "WELCOME"))) {
				welcomes.merge(order.getString("userId"), 1L, Long::sum);
				orderIds.put(order.get("_id").toString(), order.getString("userId"));
			}
			if (users.values().stream().allMatch(welcomes::containsKey)) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		long without = users.values().stream().filter((id) -> !welcomes.containsKey(id)).count();
		long twice = welcomes.values().stream().filter((n) -> n > 1).count();
		check("orders (MongoDB): one welcome order per user", without == 0 && twice == 0,
				without + " users without one, " + twice + " with more than one");
		String inventory = this.logistics.inventoryPostgres.schema();
		Set<String> reserved = new java.util.HashSet<>();
		List<String> twiceReserved = new ArrayList<>();
		deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		do {
			reserved.clear();
			twiceReserved.clear();
			try (Connection connection = this.logistics.inventoryPostgres.connect();
					Statement statement = connection.createStatement()) {
				try (ResultSet rows = statement
					.executeQuery("SELECT order_id FROM " + inventory + ".reservation WHERE status <> 'PENDING'")) {
					while (rows.next()) {
						reserved.add(rows.getString(1));
					}
				}
				try (ResultSet rows = statement.executeQuery("SELECT order_id, item, count(*) FROM " + inventory
						+ ".stock_movement WHERE order_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1")) {
					while (rows.next()) {
						twiceReserved.add(rows.getString(1) + "/" + rows.getString(2) + " x" + rows.getLong(3));
					}
				}
			}
			if (reserved.containsAll(orderIds.keySet())) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		long unreserved = orderIds.keySet().stream().filter((id) -> !reserved.contains(id)).count();
		check("inventory (PostgreSQL): every welcome order answered, its stock moved once",
				unreserved == 0 && twiceReserved.isEmpty(),
				unreserved + " of " + orderIds.size() + " orders unanswered; moved twice: " + twiceReserved);
	}

	/**
	 * Every accepted job succeeded, its result stored once and its completion on the
	 * compute topic once.
	 */
	private void checkJobs() throws Exception {
		String schema = this.spine.postgres.schema() + "_wk";
		Set<String> accepted = this.clients.acceptedJobs;
		Map<String, String> states = new HashMap<>();
		Map<String, Long> results = new HashMap<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		do {
			states.clear();
			results.clear();
			try (Connection connection = this.spine.postgres.connect();
					Statement statement = connection.createStatement()) {
				try (ResultSet rows = statement.executeQuery("SELECT id, state FROM " + schema + ".job")) {
					while (rows.next()) {
						states.put(rows.getString(1), rows.getString(2));
					}
				}
				try (ResultSet rows = statement
					.executeQuery("SELECT job_id, count(*) FROM " + schema + ".job_result GROUP BY 1")) {
					while (rows.next()) {
						results.put(rows.getString(1), rows.getLong(2));
					}
				}
			}
			if (accepted.stream().allMatch((id) -> "SUCCEEDED".equals(states.get(id)))) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		List<String> unfinished = accepted.stream()
			.filter((id) -> !"SUCCEEDED".equals(states.get(id)))
			.map((id) -> id + "=" + states.get(id))
			.toList();
		List<String> resultsNotOnce = accepted.stream()
			.filter((id) -> results.getOrDefault(id, 0L) != 1)
			.map((id) -> id + " x" + results.getOrDefault(id, 0L))
			.toList();
		check("worker (PostgreSQL): every accepted job succeeded, its result stored once",
				!accepted.isEmpty() && unfinished.isEmpty() && resultsNotOnce.isEmpty(),
				accepted.size() + " accepted; unfinished " + unfinished + "; results not once " + resultsNotOnce);
		Map<String, Long> completions = new HashMap<>();
		deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		do {
			completions.clear();
			for (ConsumerRecord<String, byte[]> record : TestKafka.readToEnd(this.kafka.bootstrapServers(),
					this.computeTopic, Duration.ofSeconds(60))) {
				completions.merge(record.key(), 1L, Long::sum);
			}
			if (completions.keySet().containsAll(accepted)) {
				break;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		List<String> notOnce = accepted.stream()
			.filter((id) -> completions.getOrDefault(id, 0L) != 1)
			.map((id) -> id + " x" + completions.getOrDefault(id, 0L))
			.toList();
		check("Kafka " + this.computeTopic + ": every accepted job's completion once", notOnce.isEmpty(),
				notOnce.size() + " not once: " + notOnce.stream().limit(10).toList());
	}

	private void checkAlerts(JsonNode expected) throws SQLException, InterruptedException {
		String schema = this.spine.postgres.schema() + "_an";
		int raised = 0;
		int expectedCount = 0;
		List<String> missing = new ArrayList<>();
		long awaitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (JsonNode fault : expected) {
			if (!"alert".equals(fault.get("outcome").asString())) {
				continue;
			}
			expectedCount++;
			String parameter = fault.get("parameter").isNull() ? "*" : fault.get("parameter").asString();
			String sql = "SELECT count(*) FROM " + schema + ".alert WHERE spacecraft_id = '"
					+ fault.get("spacecraftId").asString() + "' AND parameter = '" + parameter + "' AND detector = '"
					+ fault.get("detector").asString() + "' AND first_seen >= '" + fault.get("from").asString() + "'";
			long found = this.spine.postgres.queryForLong(sql);
			while (found == 0 && System.nanoTime() < awaitUntil) {
				Thread.sleep(1_000);
				found = this.spine.postgres.queryForLong(sql);
			}
			if (found > 0) {
				raised++;
			}
			else {
				missing.add(fault.get("fault").asString());
			}
		}
		this.figures.put("missionFaults", expectedCount);
		check("every injected mission fault raised its alert", missing.isEmpty() && expectedCount > 0,
				raised + " of " + expectedCount + " raised; missing: " + missing);
		List<String> duplicates = new ArrayList<>();
		try (Connection connection = this.spine.postgres.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT spacecraft_id, parameter, detector, first_seen, count(*)" + " FROM " + schema
							+ ".alert GROUP BY 1, 2, 3, 4 HAVING count(*) > 1")) {
			while (rows.next()) {
				duplicates.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + "@"
						+ rows.getString(4) + " x" + rows.getLong(5));
			}
		}
		long alerts = this.spine.postgres.queryForLong("SELECT count(*) FROM " + schema + ".alert");
		this.figures.put("alertsStored", alerts);
		check("no alert stored twice (same spacecraft, parameter, detector, first seen)", duplicates.isEmpty(),
				alerts + " alerts; duplicated: " + duplicates);
	}

	/**
	 * Frames in telemetry_frame by identity (spacecraft, sequence, timestamp in µs), once
	 * as many as accepted.
	 */
	private Map<String, Long> awaitStored(long accepted) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		Map<String, Long> stored;
		do {
			stored = new HashMap<>();
			try (Connection connection = this.spine.postgres.connect();
					Statement statement = connection.createStatement();
					ResultSet rows = statement
						.executeQuery("SELECT spacecraft_id, sequence, (extract(epoch FROM ts) * 1000000)::bigint,"
								+ " count(*) FROM telemetry_frame GROUP BY 1, 2, 3")) {
				while (rows.next()) {
					stored.put(rows.getString(1) + "|" + rows.getLong(2) + "|" + rows.getLong(3), rows.getLong(4));
				}
			}
			if (stored.size() >= accepted) {
				return stored;
			}
			Thread.sleep(1_000);
		}
		while (System.nanoTime() < deadline);
		return stored;
	}

	/**
	 * Frames on the telemetry topic by (spacecraft, sequence, timestamp in µs), read from
	 * the v2 records' bytes by {@link RecordKeys}, not by the services' codec.
	 */
	private Map<String, Long> published() {
		Map<String, Long> frames = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : TestKafka.readToEnd(this.kafka.bootstrapServers(),
				this.spine.topic, Duration.ofSeconds(120))) {
			String contentType = TestKafka.header(record, "content-type");
			if (!RecordKeys.CONTENT_TYPE.equals(contentType)) {
				throw new IllegalStateException("a record on " + this.spine.topic + " of content type " + contentType);
			}
			RecordKeys keys = RecordKeys.read(record.value());
			if (!keys.spacecraftId().equals(record.key())) {
				throw new IllegalStateException("a record of " + keys.spacecraftId() + " under key " + record.key());
			}
			for (String frame : keys.frames()) {
				frames.merge(frame, 1L, Long::sum);
			}
		}
		return frames;
	}

	/**
	 * Samples in the archive by (spacecraft, sequence, timestamp in µs, parameter): the
	 * segments' identities, read from their {@code cols} (the enricher's layout: version
	 * byte, int32 count, count x int64 t, count x int64 q, little-endian, then the
	 * values), and any bucket an earlier version wrote.
	 */
	private Map<String, Long> archivedSamples() {
		Map<String, Long> samples = new HashMap<>();
		try (MongoClient client = MongoClients.create(this.archive.uri(this.archiveDatabase))) {
			for (Document segment : client.getDatabase(this.archiveDatabase)
				.getCollection("telemetry_segments")
				.find()) {
				String spacecraft = segment.getString("spacecraftId");
				String parameter = segment.getString("parameter");
				ByteBuffer cols = ByteBuffer.wrap(segment.get("cols", Binary.class).getData())
					.order(ByteOrder.LITTLE_ENDIAN);
				if (cols.get() != 1) {
					throw new IllegalStateException("segment " + segment.get("_id") + ": unknown cols version");
				}
				int count = cols.getInt();
				for (int i = 0; i < count; i++) {
					samples.merge(spacecraft + "|" + cols.getLong(1 + 4 + 8 * (count + i)) + "|"
							+ cols.getLong(1 + 4 + 8 * i) + "|" + parameter, 1L, Long::sum);
				}
			}
			for (Document bucket : client.getDatabase(this.archiveDatabase).getCollection("telemetry_buckets").find()) {
				String spacecraft = bucket.getString("spacecraftId");
				String parameter = bucket.getString("parameter");
				List<Object> sequences = bucket.getList("q", Object.class);
				List<Object> times = bucket.getList("t", Object.class);
				for (int i = 0; i < sequences.size(); i++) {
					samples.merge(spacecraft + "|" + ((Number) sequences.get(i)).longValue() + "|"
							+ ((Number) times.get(i)).longValue() + "|" + parameter, 1L, Long::sum);
				}
			}
		}
		return samples;
	}

	private void checkOnce(String store, Map<String, Long> frames, long accepted) {
		long duplicated = frames.values().stream().filter((n) -> n > 1).count();
		this.figures.put(store.split(" ")[0] + "Frames", frames.size());
		check(store + ": every accepted frame", frames.size() == accepted,
				frames.size() + " distinct frames of " + accepted + " accepted");
		check(store + ": no frame twice", duplicated == 0, duplicated + " frames more than once");
	}

	private static String difference(Map<String, Long> a, Map<String, Long> b) {
		List<String> only = new ArrayList<>();
		a.keySet().stream().filter((k) -> !b.containsKey(k)).limit(5).forEach((k) -> only.add("+" + k));
		b.keySet().stream().filter((k) -> !a.containsKey(k)).limit(5).forEach((k) -> only.add("-" + k));
		return only.toString();
	}

	private void check(String name, boolean passed, String detail) {
		Map<String, Object> check = new LinkedHashMap<>();
		check.put("check", name);
		check.put("passed", passed);
		check.put("detail", detail);
		this.checks.add(check);
		System.out.println("chaos check " + (passed ? "PASS " : "FAIL ") + name + ": " + detail);
	}

	/** Writes chaos-report.json and chaos-report.md; returns the Markdown's path. */
	Path report() throws Exception {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("began", this.began.toString());
		report.put("wallSeconds", seconds(Duration.between(this.began, Instant.now())));
		report.put("durationSeconds", this.duration.toSeconds());
		report.put("seed", this.seed);
		report.put("figures", this.figures);
		report.put("timeline", this.timeline);
		report.put("checks", this.checks);
		Files.writeString(this.directory.resolve("chaos-report.json"),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
		StringBuilder md = new StringBuilder();
		md.append("# Chaos run ").append(this.began).append("\n\n");
		md.append("Seed ")
			.append(this.seed)
			.append(", load ")
			.append(this.duration.toSeconds())
			.append(" s, wall ")
			.append(report.get("wallSeconds"))
			.append(" s.\n\n## Figures\n\n");
		this.figures.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append("\n## Faults\n\n| at (s) | fault | outage (s) | ready again (s, from the fault) | recovered (s) |\n");
		md.append("|---|---|---|---|---|\n");
		for (Map<String, Object> event : this.timeline) {
			md.append("| ")
				.append(event.get("at"))
				.append(" | ")
				.append(event.get("fault"))
				.append(event.containsKey("services") ? " " + event.get("services") : "")
				.append(" | ")
				.append(event.getOrDefault("outageSeconds", event.getOrDefault("slowSeconds", "-")))
				.append(" | ")
				.append(event.get("readySeconds"))
				.append(" | ")
				.append(event.get("recoveredSeconds"))
				.append(" |\n");
		}
		md.append("\n## Checks\n\n| check | result | detail |\n|---|---|---|\n");
		for (Map<String, Object> check : this.checks) {
			md.append("| ")
				.append(check.get("check"))
				.append(" | ")
				.append((Boolean) check.get("passed") ? "pass" : "**FAIL**")
				.append(" | ")
				.append(String.valueOf(check.get("detail")).replace("|", "/"))
				.append(" |\n");
		}
		Path markdown = this.directory.resolve("chaos-report.md");
		Files.writeString(markdown, md.toString());
		return markdown;
	}

	private TcpProxy link(String name, int targetPort) {
		TcpProxy proxy = TcpProxy.to(targetPort);
		this.links.put(name, proxy);
		return proxy;
	}

	private TcpProxy link(String name) {
		TcpProxy link = this.links.get(name);
		if (link == null) {
			throw new IllegalArgumentException("no link " + name + "; the links are " + this.links.keySet());
		}
		return link;
	}

	@Override
	public void close() {
		if (this.simulator != null && this.simulator.isAlive()) {
			this.simulator.destroyForcibly();
		}
		if (this.clients != null) {
			try {
				this.clients.stop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		for (ServiceProcess service : this.services.values()) {
			service.close();
		}
		this.spine.close();
		if (this.logistics != null) {
			this.logistics.close();
		}
		this.archive.close();
		this.kafka.close();
		this.links.values().forEach(TcpProxy::close);
	}

}
