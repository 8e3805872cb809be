package space.orbit.orders.welcome;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import space.orbit.test.OtlpReceiver;
import space.orbit.test.OtlpReceiver.ReceivedSpan;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The users, orders and inventory services as their own JVMs on the real PostgreSQL and
 * NATS JetStream and on MongoDB (TestMongo), exporting spans over OTLP: one user's
 * creation is one trace from the HTTP request to the welcome order's insert; each user
 * gets exactly one welcome order even when the orders service is killed mid-stream and
 * restarted; a user whose service died between its commit and its event is still
 * announced; and with users and inventory killed mid-stream, every welcome order is
 * reserved or rejected exactly once against the depot's stock, never oversold.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogisticsEndToEndIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final OtlpReceiver otlp = OtlpReceiver.start();

	private static final TestPostgres postgres = TestPostgres.newSchema("logistics_e2e");

	private static final TestPostgres inventoryPostgres = TestPostgres.newSchema("logistics_inv");

	/** Welcome kits (and badges) in the depot: fewer than the users the tests create. */
	private static final int KITS = 20;

	private static final TestMongo mongo = TestMongo.newDatabase("logistics_e2e");

	private static final TestNats nats = TestNats.withUniqueStream("logistics-e2e");

	private static ServiceProcess users;

	private static ServiceProcess orders;

	private static ServiceProcess inventory;

	private static final int usersPort = ServiceProcess.freePort();

	private static final int ordersPort = ServiceProcess.freePort();

	private static final int inventoryPort = ServiceProcess.freePort();

	@BeforeAll
	static void start() {
		users = startUsers(false);
		orders = startOrders();
		inventory = startInventory();
		users.awaitReady(Duration.ofSeconds(90));
		orders.awaitReady(Duration.ofSeconds(90));
		inventory.awaitReady(Duration.ofSeconds(90));
	}

	/**
	 * @param haltAfterCommit whether the JVM halts right after a user's transaction
	 * commits, before its event is published
	 */
	private static ServiceProcess startUsers(boolean haltAfterCommit) {
		Map<String, String> properties = new HashMap<>(nats.properties());
		properties.put("orbit.users.schema", postgres.schema());
		properties.put("orbit.users.outbox.lease", "2s");
		properties.put("orbit.users.outbox.sweep-interval", "500ms");
		properties.put("orbit.users.chaos.halt-after-commit", Boolean.toString(haltAfterCommit));
		return ServiceProcess.start("users", jar("users"), usersPort, environment(), properties, logs());
	}

	private static ServiceProcess startInventory() {
		Map<String, String> properties = new HashMap<>(nats.properties());
		properties.put("orbit.inventory.schema", inventoryPostgres.schema());
		properties.put("orbit.inventory.opening-stock", "welcome-kit@KSC:" + KITS + ",crew-badge@KSC:" + KITS);
		properties.put("orbit.nats.ack-wait", "3s");
		return ServiceProcess.start("inventory", jar("inventory"), inventoryPort, environment(), properties, logs());
	}

	private static ServiceProcess startOrders() {
		Map<String, String> properties = new HashMap<>(nats.properties());
		properties.put("orbit.nats.ack-wait", "3s");
		return ServiceProcess.start("orders", jar("orders"), ordersPort, environment(), properties, logs());
	}

	@AfterAll
	static void stop() {
		if (inventory != null) {
			inventory.close();
		}
		if (orders != null) {
			orders.close();
		}
		if (users != null) {
			users.close();
		}
		nats.close();
		mongo.close();
		inventoryPostgres.close();
		postgres.close();
		otlp.close();
	}

	@Test
	@Order(1)
	void aUsersCreationIsOneTraceFromTheRequestToTheWelcomeOrdersInsert() throws Exception {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String userId = createUser("trace@orbit.space", "00-" + traceId + "-b7ad6b7169203331-01");
		await().atMost(Duration.ofSeconds(20)).until(() -> welcomeOrders(userId) == 1);

		Map<String, ReceivedSpan> spans = new HashMap<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			spans.put("request", span("users", traceId, s -> s.name().contains("/api/users")));
			spans.put("insert", span("users", traceId, s -> s.name().equals("insert app_user")));
			spans.put("publish", span("users", traceId, s -> s.name().equals("publish user.created")));
			spans.put("process", span("orders", traceId, s -> s.name().equals("process user.created")));
			spans.put("mongo", span("orders", traceId, s -> s.name().equals("insert orders")));
		});

		assertThat(spans.get("request").parentSpanId()).isEqualTo("b7ad6b7169203331");
		assertThat(spans.get("insert").parentSpanId()).isEqualTo(spans.get("request").spanId());
		assertThat(spans.get("publish").parentSpanId()).isEqualTo(spans.get("request").spanId());
		assertThat(spans.get("process").parentSpanId()).isEqualTo(spans.get("publish").spanId());
		assertThat(spans.get("mongo").parentSpanId()).isEqualTo(spans.get("process").spanId());
		assertThat(spans.get("mongo").attributes()).containsEntry("db.system", "mongodb");
		assertThat(spans.get("insert").attributes()).containsEntry("db.system", "postgresql");
	}

	@Test
	@Order(2)
	void everyUserGetsOneWelcomeOrderWhenOrdersIsKilledMidStream() throws Exception {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			created.add(createUser("crew" + i + "@orbit.space", null));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> welcomeOrders(created.get(0)) == 1);
		orders.kill();
		for (int i = 6; i < 12; i++) {
			created.add(createUser("crew" + i + "@orbit.space", null));
		}
		orders = startOrders().awaitReady(Duration.ofSeconds(90));

		await().atMost(Duration.ofSeconds(60)).until(() -> created.stream().allMatch(id -> welcomeOrders(id) == 1));
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(8))
			.until(() -> created.stream().allMatch(id -> welcomeOrders(id) == 1));
		assertThat(mongo.database().getCollection("orders").countDocuments()).isEqualTo(created.size() + 1);
		assertThat(nats.events("order.created")).hasSize(created.size() + 1);
	}

	@Test
	@Order(3)
	void aUserWhoseServiceDiedBetweenItsCommitAndItsEventIsStillAnnounced() throws Exception {
		users.close();
		users = startUsers(true).awaitReady(Duration.ofSeconds(90));

		HttpRequest request = userRequest("halted@orbit.space").build();
		assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
			.as("the JVM halts after the commit, before it answers")
			.isInstanceOf(IOException.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> !users.alive());
		assertThat(nats.events("user.created")).noneMatch((event) -> event.json().contains("halted@orbit.space"));

		users = startUsers(false).awaitReady(Duration.ofSeconds(90));

		List<TestNats.Event> announced = nats.awaitEvents("user.created",
				(events) -> events.stream().anyMatch((event) -> event.json().contains("halted@orbit.space")),
				Duration.ofSeconds(30));
		String userId = announced.stream()
			.filter((event) -> event.json().contains("halted@orbit.space"))
			.map((event) -> userId(event.json()))
			.findFirst()
			.orElseThrow();
		await().atMost(Duration.ofSeconds(30)).until(() -> welcomeOrders(userId) == 1);
		HttpResponse<String> again = HTTP.send(userRequest("halted@orbit.space").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).as("the halted request's user was committed").isEqualTo(409);
	}

	@Test
	@Order(4)
	void withUsersAndInventoryKilledMidStreamEveryWelcomeOrderIsDecidedOnceAndStockIsNeverOversold() throws Exception {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(createUser("load" + i + "@orbit.space", null));
		}
		users.kill();
		inventory.kill();
		users = startUsers(false);
		inventory = startInventory();
		users.awaitReady(Duration.ofSeconds(90));
		for (int i = 5; i < 12; i++) {
			created.add(createUser("load" + i + "@orbit.space", null));
		}
		inventory.awaitReady(Duration.ofSeconds(90));

		// Every user so far has one welcome order, and each is decided: reserved or
		// rejected.
		await().atMost(Duration.ofSeconds(90))
			.until(() -> created.stream().allMatch((id) -> welcomeOrders(id) == 1) && welcomeOrdersIn("PLACED") == 0);
		long all = mongo.database().getCollection("orders").countDocuments(new org.bson.Document("kind", "WELCOME"));
		assertThat(all).as("more users than kits").isGreaterThan(KITS);
		assertThat(welcomeOrdersIn("RESERVED")).isEqualTo(KITS);
		assertThat(welcomeOrdersIn("REJECTED")).isEqualTo(all - KITS);
		for (String item : List.of("welcome-kit", "crew-badge")) {
			HttpResponse<String> levels = HTTP.send(
					HttpRequest.newBuilder(inventory.uri("/api/stock-levels?item=" + item + "&depot=KSC")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(levels.body()).as(item).contains("\"quantity\":0");
		}
		assertThat(nats.events("stock.reserved")).hasSize(KITS);
		assertThat(nats.events("order.rejected")).hasSize((int) (all - KITS));
	}

	private static long welcomeOrdersIn(String status) {
		return mongo.database()
			.getCollection("orders")
			.countDocuments(new org.bson.Document("kind", "WELCOME").append("status", status));
	}

	private static String userId(String json) {
		Matcher id = Pattern.compile("\"userId\":\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(id.find()).as(json).isTrue();
		return id.group(1);
	}

	private static HttpRequest.Builder userRequest(String email) {
		return HttpRequest.newBuilder(users.uri("/api/users"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"name\":\"Crew\",\"role\":\"CREW\"}"));
	}

	private static String createUser(String email, String traceparent) throws Exception {
		HttpRequest.Builder request = userRequest(email);
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher id = ID.matcher(response.body());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static long welcomeOrders(String userId) {
		return mongo.database()
			.getCollection("orders")
			.countDocuments(new org.bson.Document("userId", userId).append("kind", "WELCOME"));
	}

	private static ReceivedSpan span(String service, String traceId, java.util.function.Predicate<ReceivedSpan> which) {
		Optional<ReceivedSpan> span = otlp.spans()
			.stream()
			.filter(s -> service.equals(s.service()) && traceId.equals(s.traceId()) && which.test(s))
			.findFirst();
		assertThat(span).as("a %s span of trace %s among %s", service, traceId, otlp.spans()).isPresent();
		return span.get();
	}

	private static Map<String, String> environment() {
		return Map.of("ORBIT_POSTGRES_URL", TestPostgres.URL, "ORBIT_POSTGRES_USER", TestPostgres.USER,
				"ORBIT_MONGODB_URI", mongo.uri(), "OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms");
	}

	private static Path jar(String service) {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		Path services = Path.of(System.getProperty("orbit.jars", "../../services"));
		Path jar = services.resolve(service)
			.resolve("target")
			.resolve("orbit-" + service + "-" + version + "-exec.jar");
		assertThat(Files.exists(jar)).as("%s (build it: ./mvnw package -pl services/%s)", jar, service).isTrue();
		return jar;
	}

	private static Path logs() {
		return Path.of(System.getProperty("orbit.logs", "target/service-logs"));
	}

}
