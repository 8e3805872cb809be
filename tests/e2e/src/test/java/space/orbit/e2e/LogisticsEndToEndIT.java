package space.orbit.e2e;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import space.orbit.test.OtlpReceiver.ReceivedSpan;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestNats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static space.orbit.e2e.Logistics.HALT_STATUS;
import static space.orbit.e2e.Logistics.KITS;

/**
 * The users, orders and inventory services as their own JVMs (see {@link Logistics}): one
 * user's creation is one trace from the HTTP request to the welcome order's insert; each
 * user gets exactly one welcome order, told once, even when orders halts between a
 * welcome order's insert and the acknowledgement of its {@code user.created}; a user
 * whose service died between its commit and its event is still announced; and with users
 * and inventory killed mid-stream, every welcome order is reserved or rejected exactly
 * once against the depot's stock, never oversold.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogisticsEndToEndIT {

	private static Logistics logistics;

	@BeforeAll
	static void start() {
		logistics = new Logistics();
		logistics.startUsers(false);
		logistics.startOrders(false);
		logistics.startInventory();
		logistics.users.awaitReady();
		logistics.orders.awaitReady();
		logistics.inventory.awaitReady();
	}

	@AfterAll
	static void stop() {
		logistics.close();
	}

	@Test
	@Order(1)
	void aUsersCreationIsOneTraceFromTheRequestToTheWelcomeOrdersInsert() throws Exception {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String userId = logistics.createUser("trace@orbit.space", "00-" + traceId + "-b7ad6b7169203331-01");
		await().atMost(Duration.ofSeconds(20)).until(() -> logistics.welcomeOrders(userId) == 1);

		Map<String, ReceivedSpan> spans = new HashMap<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			spans.put("request", logistics.span("users", traceId, s -> s.name().contains("/api/users")));
			spans.put("insert", logistics.span("users", traceId, s -> s.name().equals("insert app_user")));
			spans.put("publish", logistics.span("users", traceId, s -> s.name().equals("publish user.created")));
			spans.put("process", logistics.span("orders", traceId, s -> s.name().equals("process user.created")));
			spans.put("mongo", logistics.span("orders", traceId, s -> s.name().equals("insert orders")));
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
	void everyUserGetsOneWelcomeOrderToldOnceWhenOrdersHaltsBetweenTheInsertAndTheAck() throws Exception {
		logistics.orders.close();
		ServiceProcess doomed = logistics.startOrders(true).awaitReady();
		List<String> created = new ArrayList<>();
		created.add(logistics.createUser("crew0@orbit.space", null));

		assertThat(doomed.awaitExit(Duration.ofSeconds(30))).as("orders halted after the insert")
			.isEqualTo(HALT_STATUS);
		Document stored = logistics.welcomeOrder(created.get(0));
		assertThat(stored).as("the welcome order was inserted before the halt").isNotNull();
		assertThat(stored.getBoolean("published")).isFalse();
		assertThat(logistics.orderCreatedFor(created.get(0))).as("nothing was published before the halt").isEmpty();
		for (int i = 1; i < 12; i++) {
			created.add(logistics.createUser("crew" + i + "@orbit.space", null));
		}
		logistics.startOrders(false).awaitReady();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> created.stream().allMatch(id -> logistics.orderCreatedFor(id).size() == 1));
		logistics.awaitConsumed(Logistics.WELCOMES, Duration.ofSeconds(30));
		for (String id : created) {
			assertThat(logistics.welcomeOrders(id)).as("welcome orders of %s", id).isEqualTo(1);
			assertThat(logistics.orderCreatedFor(id)).as("order.created of %s", id)
				.singleElement()
				.satisfies(e -> assertThat(e.headers()).containsEntry("Nats-Msg-Id",
						"order.created:" + logistics.welcomeOrder(id).getString("_id")));
		}
		assertThat(logistics.orders().countDocuments()).isEqualTo(created.size() + 1);
		assertThat(logistics.nats.events("order.created")).hasSize(created.size() + 1);
	}

	@Test
	@Order(3)
	void aUserWhoseServiceDiedBetweenItsCommitAndItsEventIsStillAnnounced() throws Exception {
		logistics.users.close();
		ServiceProcess doomed = logistics.startUsers(true).awaitReady();

		HttpRequest request = logistics.userRequest("halted@orbit.space").build();
		assertThatThrownBy(() -> Spine.HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
			.as("the JVM halts after the commit, before it answers")
			.isInstanceOf(IOException.class);
		assertThat(doomed.awaitExit(Duration.ofSeconds(10))).isEqualTo(HALT_STATUS);
		assertThat(logistics.nats.events("user.created")).noneMatch(e -> e.json().contains("halted@orbit.space"));

		logistics.startUsers(false).awaitReady();

		List<TestNats.Event> announced = logistics.nats.awaitEvents("user.created",
				(events) -> events.stream().anyMatch((event) -> event.json().contains("halted@orbit.space")),
				Duration.ofSeconds(30));
		String userId = announced.stream()
			.filter((event) -> event.json().contains("halted@orbit.space"))
			.map((event) -> userId(event.json()))
			.findFirst()
			.orElseThrow();
		await().atMost(Duration.ofSeconds(30)).until(() -> logistics.welcomeOrders(userId) == 1);
		HttpResponse<String> again = Spine.HTTP.send(logistics.userRequest("halted@orbit.space").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).as("the halted request's user was committed").isEqualTo(409);
	}

	@Test
	@Order(4)
	void withUsersAndInventoryKilledMidStreamEveryWelcomeOrderIsDecidedOnceAndStockIsNeverOversold() throws Exception {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(logistics.createUser("load" + i + "@orbit.space", null));
		}
		logistics.users.kill();
		logistics.inventory.kill();
		logistics.startUsers(false);
		logistics.startInventory();
		logistics.users.awaitReady();
		for (int i = 5; i < 12; i++) {
			created.add(logistics.createUser("load" + i + "@orbit.space", null));
		}
		logistics.inventory.awaitReady();

		// Every user so far has one welcome order, and each is decided: reserved or
		// rejected.
		await().atMost(Duration.ofSeconds(90))
			.until(() -> created.stream().allMatch((id) -> logistics.welcomeOrders(id) == 1)
					&& logistics.welcomeOrdersIn("PLACED") == 0);
		long all = logistics.orders().countDocuments(new Document("kind", "WELCOME"));
		assertThat(all).as("more users than kits").isGreaterThan(KITS);
		assertThat(logistics.welcomeOrdersIn("RESERVED")).isEqualTo(KITS);
		assertThat(logistics.welcomeOrdersIn("REJECTED")).isEqualTo(all - KITS);
		for (String item : List.of("welcome-kit", "crew-badge")) {
			HttpResponse<String> levels = Spine.HTTP
				.send(HttpRequest.newBuilder(logistics.inventory.uri("/api/stock-levels?item=" + item + "&depot=KSC"))
					.header("Authorization", Spine.bearer("viewer"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(levels.body()).as(item).contains("\"quantity\":0");
		}
		assertThat(logistics.nats.events("stock.reserved")).hasSize(KITS);
		assertThat(logistics.nats.events("order.rejected")).hasSize((int) (all - KITS));
	}

	private static String userId(String json) {
		Matcher id = Pattern.compile("\"userId\":\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(id.find()).as(json).isTrue();
		return id.group(1);
	}

}
