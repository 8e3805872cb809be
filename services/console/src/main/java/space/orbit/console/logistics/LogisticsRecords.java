package space.orbit.console.logistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The logistics services' records as their APIs return them. */
final class LogisticsRecords {

	private LogisticsRecords() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record User(String id, String name, String email, String role, String access, String createdAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrderItem(String item, long quantity) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Order(String id, String userId, String kind, String status, String mission, List<OrderItem> items,
			String placedBy, String reason, String createdAt) {

		/** The items as one line, e.g. {@code 1 x welcome-kit, 1 x badge}. */
		String itemsText() {
			return (this.items == null) ? ""
					: String.join(", ", this.items.stream().map((i) -> i.quantity() + " × " + i.item()).toList());
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record StockLevel(String item, String depot, long quantity, String updatedAt) {
	}

}
