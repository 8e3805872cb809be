package space.orbit.inventory.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.inventory.InventoryTestInfrastructure;
import space.orbit.kit.web.Cursor;
import space.orbit.test.Http;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/stock-levels} on stores of its own: every level once, by item then
 * depot, a page of {@code limit} at a time, keyset-paged, filtered by item or depot; a
 * cursor the list did not make is a 400 naming {@code after}.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StockLevelsListIT {

	static final TestPostgres postgres = TestPostgres.newSchema("inventory_list");

	static final TestMongo mongo = TestMongo.newDatabase("inventory_list");

	static final TestNats nats = TestNats.withUniqueStream("inventory-list");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		InventoryTestInfrastructure.pointAt(registry, postgres, mongo, nats);
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
		postgres.close();
	}

	@Test
	void everyLevelIsListedOnceByItemThenDepotAPageAtATime() {
		for (String level : List.of("water-tank@VAFB", "ration-pack@KSC", "water-tank@KSC", "oxygen-canister@KSC",
				"ration-pack@VAFB")) {
			receive(level.substring(0, level.indexOf('@')), level.substring(level.indexOf('@') + 1));
		}

		List<String> listed = new ArrayList<>();
		JsonNode page = viewer().get("/api/stock-levels?limit=2").json();
		listed.addAll(ids(page));
		for (int pages = 1; page.has("next"); pages++) {
			assertThat(pages).as("pages followed; a cursor that does not advance loops").isLessThan(10);
			assertThat(page.get("items")).hasSize(2);
			page = viewer().get("/api/stock-levels?limit=2&after=" + page.get("next").asString()).json();
			listed.addAll(ids(page));
		}

		assertThat(listed).containsExactly("KSC/oxygen-canister", "KSC/ration-pack", "VAFB/ration-pack",
				"KSC/water-tank", "VAFB/water-tank");
		assertThat(page.properties()).extracting(Map.Entry::getKey).containsExactly("items");
		assertThat(ids(viewer().get("/api/stock-levels?depot=VAFB&limit=1").json()))
			.containsExactly("VAFB/ration-pack");
		assertThat(ids(viewer().get("/api/stock-levels?item=water-tank").json())).containsExactly("KSC/water-tank",
				"VAFB/water-tank");
	}

	@Test
	void aCursorOfAnotherListIsA400NamingAfter() {
		for (String after : List.of("not-a-cursor", Cursor.encode("2026-11-21T10:00:00Z", "x"),
				Cursor.encode("water-tank"))) {
			Http.Response response = viewer().get("/api/stock-levels?after=" + after);

			assertThat(response.status()).as(after).isEqualTo(400);
			assertThat(response.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
			assertThat(response.json().get("errors").get(0).get("parameter").asString()).isEqualTo("after");
		}
	}

	private void receive(String item, String depot) {
		Http.Response response = operator().post("/api/inventory",
				"{\"item\":\"" + item + "\",\"depot\":\"" + depot + "\",\"quantity\":5}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((level) -> ids.add(level.get("id").asString()));
		return ids;
	}

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

}
