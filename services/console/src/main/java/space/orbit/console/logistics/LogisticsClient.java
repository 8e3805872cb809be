package space.orbit.console.logistics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;
import space.orbit.console.logistics.LogisticsRecords.Order;
import space.orbit.console.logistics.LogisticsRecords.StockLevel;
import space.orbit.console.logistics.LogisticsRecords.User;

/**
 * The users ({@code GET /api/users}), orders ({@code GET /api/orders?userId=}) and
 * inventory ({@code GET /api/stock-levels}) APIs, each list read page by page up to
 * {@link #MAX_PAGES} pages.
 */
@Component
class LogisticsClient {

	/** Pages read per list at most: the view says when a list was cut. */
	static final int MAX_PAGES = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ServiceClients clients;

	LogisticsClient(ServiceClients clients) {
		this.clients = clients;
	}

	/** The accounts, newest first. */
	Listed<User> users() {
		Listed<User> users = all(this.clients.users(), "/api/users?limit=200", User.class);
		List<User> newestFirst = new ArrayList<>(users.items());
		newestFirst.sort(Comparator.comparing(User::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Listed<>(newestFirst, users.cut());
	}

	/** A person's orders, newest first. */
	Listed<Order> orders(String userId) {
		Listed<Order> orders = all(this.clients.orders(),
				"/api/orders?limit=500&userId=" + URLEncoder.encode(userId, StandardCharsets.UTF_8), Order.class);
		List<Order> newestFirst = new ArrayList<>(orders.items());
		newestFirst.sort(Comparator.comparing(Order::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Listed<>(newestFirst, orders.cut());
	}

	/** Every depot's stock of every item. */
	Listed<StockLevel> stockLevels() {
		return all(this.clients.inventory(), "/api/stock-levels?limit=1000", StockLevel.class);
	}

	private static <T> Listed<T> all(ServiceClient service, String first, Class<T> type) {
		List<T> items = new ArrayList<>();
		String after = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String path = first + ((after != null) ? "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) : "");
			JsonNode answer = service.get(path);
			for (JsonNode item : answer.path("items")) {
				items.add(JSON.treeToValue(item, type));
			}
			after = answer.path("next").asString(null);
			if (after == null) {
				return new Listed<>(items, false);
			}
		}
		return new Listed<>(items, true);
	}

	/**
	 * A list as read, and whether it was cut at {@link #MAX_PAGES} pages.
	 *
	 * @param items the items
	 * @param cut whether more follow
	 */
	record Listed<T>(List<T> items, boolean cut) {
	}

}
