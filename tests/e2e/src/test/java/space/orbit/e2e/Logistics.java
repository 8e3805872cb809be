package space.orbit.e2e;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nats.client.JetStreamApiException;
import io.nats.client.api.ConsumerInfo;
import org.bson.Document;

import space.orbit.test.OtlpReceiver;
import space.orbit.test.OtlpReceiver.ReceivedSpan;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The logistics services of one test class: users, orders and inventory as their own JVMs
 * on this machine's PostgreSQL and NATS JetStream (names unique to the class) and on
 * MongoDB (TestMongo), exporting traces to an OTLP receiver.
 */
final class Logistics implements AutoCloseable {

	/**
	 * The exit status of a service halted at a fault-injection point (the service kit's
	 * HaltPoints).
	 */
	static final int HALT_STATUS = 86;

	/** Welcome kits (and badges) in the depot: fewer than the users the tests create. */
	static final int KITS = 20;

	/** The orders service's durable consumer of {@code user.created}. */
	static final String WELCOMES = "orders-user-created";

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	final OtlpReceiver otlp = OtlpReceiver.start();

	final TestPostgres usersPostgres = TestPostgres.newSchema("logistics_e2e");

	final TestPostgres inventoryPostgres = TestPostgres.newSchema("logistics_inv");

	final TestMongo mongo;

	final TestNats nats = TestNats.withUniqueStream("logistics-e2e");

	private final int usersPort = ServiceProcess.freePort();

	private final int ordersPort = ServiceProcess.freePort();

	private final int inventoryPort = ServiceProcess.freePort();

	/** Whether the services check tokens (as they ship); off for the browser suites. */
	private final boolean secured;

	/** Welcome kits and badges in the depot at the start. */
	private final int kits;

	ServiceProcess users;

	ServiceProcess orders;

	ServiceProcess inventory;

	/**
	 * Settings of one service (by name) over the class's: ChaosIT gives orders a NATS
	 * address through a proxy.
	 */
	final Map<String, Map<String, String>> overrides = new HashMap<>();

	/** The services as they ship, with security on. */
	Logistics() {
		this(true);
	}

	private Logistics(boolean secured) {
		this(secured, TestMongo.newDatabase("logistics_e2e"), KITS);
	}

	/**
	 * The services as they ship, on a MongoDB of the caller's (ChaosIT's, restartable)
	 * and with {@code kits} welcome kits and badges in stock.
	 */
	Logistics(String mongoServer, int kits) {
		this(true, TestMongo.newDatabase("logistics_e2e", mongoServer), kits);
	}

	private Logistics(boolean secured, TestMongo mongo, int kits) {
		this.secured = secured;
		this.mongo = mongo;
		this.kits = kits;
	}

	/**
	 * Services that check no token (orbit.security.enabled false), for a browser suite.
	 */
	static Logistics open() {
		return new Logistics(false);
	}

	/**
	 * Starts users; {@code haltAfterCommit} halts its JVM right after a user's
	 * transaction commits, before its event is published.
	 */
	ServiceProcess startUsers(boolean haltAfterCommit) {
		Map<String, String> properties = new HashMap<>(this.nats.properties());
		properties.put("orbit.users.schema", this.usersPostgres.schema());
		properties.put("orbit.users.outbox.lease", "2s");
		properties.put("orbit.users.outbox.sweep-interval", "500ms");
		if (haltAfterCommit) {
			properties.put("orbit.faults.halt-at", "users.after-commit");
		}
		properties.putAll(this.overrides.getOrDefault("users", Map.of()));
		this.users = ServiceProcess.start("users", Spine.jar("users"), this.usersPort, environment(), properties,
				Spine.logs());
		return this.users;
	}

	/**
	 * Starts orders; {@code haltAfterInsert} halts its JVM right after an order's insert
	 * into MongoDB, before its event is published and its cause acknowledged.
	 */
	ServiceProcess startOrders(boolean haltAfterInsert) {
		Map<String, String> properties = new HashMap<>(this.nats.properties());
		properties.put("orbit.nats.ack-wait", "3s");
		if (haltAfterInsert) {
			properties.put("orbit.faults.halt-at", "orders.after-insert");
		}
		properties.putAll(this.overrides.getOrDefault("orders", Map.of()));
		this.orders = ServiceProcess.start("orders", Spine.jar("orders"), this.ordersPort, environment(), properties,
				Spine.logs());
		return this.orders;
	}

	ServiceProcess startInventory() {
		Map<String, String> properties = new HashMap<>(this.nats.properties());
		properties.put("orbit.inventory.schema", this.inventoryPostgres.schema());
		properties.put("orbit.inventory.opening-stock",
				"welcome-kit@KSC:" + this.kits + ",crew-badge@KSC:" + this.kits);
		properties.put("orbit.nats.ack-wait", "3s");
		properties.putAll(this.overrides.getOrDefault("inventory", Map.of()));
		this.inventory = ServiceProcess.start("inventory", Spine.jar("inventory"), this.inventoryPort, environment(),
				properties, Spine.logs());
		return this.inventory;
	}

	HttpRequest.Builder userRequest(String email) {
		return HttpRequest.newBuilder(this.users.uri("/api/users"))
			.header("Content-Type", "application/json")
			.header("Authorization", Spine.bearer("admin"))
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"name\":\"Crew\",\"role\":\"CREW\"}"));
	}

	/** Registers a user (201 expected); returns its id. */
	String createUser(String email, String traceparent) throws IOException, InterruptedException {
		HttpRequest.Builder request = userRequest(email);
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		HttpResponse<String> response = Spine.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher id = ID.matcher(response.body());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	long welcomeOrders(String userId) {
		return orders().countDocuments(new Document("userId", userId).append("kind", "WELCOME"));
	}

	long welcomeOrdersIn(String status) {
		return orders().countDocuments(new Document("kind", "WELCOME").append("status", status));
	}

	/** The user's welcome order as stored, or null. */
	Document welcomeOrder(String userId) {
		return orders().find(new Document("userId", userId).append("kind", "WELCOME")).first();
	}

	com.mongodb.client.MongoCollection<Document> orders() {
		return this.mongo.database().getCollection("orders");
	}

	/** The {@code order.created} events on the stream for this user's orders. */
	List<TestNats.Event> orderCreatedFor(String userId) {
		return this.nats.events("order.created")
			.stream()
			.filter((event) -> event.json().contains("\"userId\":\"" + userId + "\""))
			.toList();
	}

	/**
	 * Waits until a durable consumer has nothing left: no message undelivered and none
	 * delivered but unacknowledged (JetStream's consumer info).
	 */
	void awaitConsumed(String durable, Duration timeout) {
		await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
			ConsumerInfo info = consumer(durable);
			return info.getNumPending() == 0 && info.getNumAckPending() == 0;
		});
	}

	private ConsumerInfo consumer(String durable) throws IOException, JetStreamApiException {
		return this.nats.connection().jetStreamManagement().getConsumerInfo(this.nats.stream(), durable);
	}

	ReceivedSpan span(String service, String traceId, Predicate<ReceivedSpan> which) {
		Optional<ReceivedSpan> span = this.otlp.spans()
			.stream()
			.filter((s) -> service.equals(s.service()) && traceId.equals(s.traceId()) && which.test(s))
			.findFirst();
		assertThat(span).as("a %s span of trace %s among %s", service, traceId, this.otlp.spans()).isPresent();
		return span.get();
	}

	private Map<String, String> environment() {
		return Map.of("ORBIT_POSTGRES_URL", TestPostgres.URL, "ORBIT_POSTGRES_USER", TestPostgres.USER,
				"ORBIT_MONGODB_URI", this.mongo.uri(), "OTEL_EXPORTER_OTLP_ENDPOINT", this.otlp.endpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms", "ORBIT_SECURITY_ENABLED",
				String.valueOf(this.secured));
	}

	@Override
	public void close() {
		for (ServiceProcess service : new ServiceProcess[] { this.inventory, this.orders, this.users }) {
			if (service != null) {
				service.close();
			}
		}
		this.nats.close();
		this.mongo.close();
		this.inventoryPostgres.close();
		this.usersPostgres.close();
		this.otlp.close();
	}

}
