package space.orbit.console.logistics;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.Count;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.logistics.LogisticsRecords.Order;
import space.orbit.console.logistics.LogisticsRecords.StockLevel;
import space.orbit.console.logistics.LogisticsRecords.User;

/**
 * Logistics: the accounts (newest first), the orders of the one selected (its welcome
 * order among them), and the stock levels. Each list has its own notice: one service down
 * leaves the others shown.
 */
@Route(value = "logistics", layout = MainLayout.class)
@PermitAll
@PageTitle("Logistics · Orbit console")
public class LogisticsView extends VerticalLayout {

	private final LogisticsClient logistics;

	private final Grid<User> users = new Grid<>();

	private final Grid<Order> orders = new Grid<>();

	private final Grid<StockLevel> stock = new Grid<>();

	private final ServiceNotice usersNotice = new ServiceNotice("users-notice");

	private final ServiceNotice ordersNotice = new ServiceNotice("orders-notice");

	private final ServiceNotice stockNotice = new ServiceNotice("stock-notice");

	private final Span usersCount = new Span();

	private final Span ordersOf = new Span("Select an account to see its orders.");

	public LogisticsView(LogisticsClient logistics) {
		this.logistics = logistics;
		this.users.setId("users");
		this.users.addColumn(User::name).setHeader("Name").setAutoWidth(true);
		this.users.addColumn(User::email).setHeader("E-mail").setAutoWidth(true);
		this.users.addColumn(User::role).setHeader("Role").setAutoWidth(true);
		this.users.addColumn(User::access).setHeader("Access").setAutoWidth(true);
		this.users.addColumn(User::createdAt).setHeader("Created").setAutoWidth(true);
		this.users.setHeight("16em");
		this.users.asSingleSelect().addValueChangeListener((change) -> showOrders(change.getValue()));
		this.usersCount.setId("users-count");
		this.orders.setId("orders");
		this.orders.addColumn(Order::kind).setHeader("Kind").setAutoWidth(true);
		this.orders.addComponentColumn((order) -> marked(order.status(), "data-order", order.id()))
			.setHeader("Status")
			.setAutoWidth(true);
		this.orders.addColumn(Order::itemsText).setHeader("Items").setAutoWidth(true);
		this.orders.addColumn(Order::mission).setHeader("Mission").setAutoWidth(true);
		this.orders.addColumn(Order::placedBy).setHeader("Placed by").setAutoWidth(true);
		this.orders.addColumn(Order::createdAt).setHeader("Placed").setAutoWidth(true);
		this.orders.addColumn(Order::reason).setHeader("Rejected because").setFlexGrow(1);
		this.orders.setAllRowsVisible(true);
		this.ordersOf.setId("orders-of");
		this.stock.setId("stock-levels");
		this.stock.addColumn(StockLevel::item).setHeader("Item").setAutoWidth(true);
		this.stock.addColumn(StockLevel::depot).setHeader("Depot").setAutoWidth(true);
		this.stock.addComponentColumn(
				(level) -> marked(Long.toString(level.quantity()), "data-stock", level.item() + "@" + level.depot()))
			.setHeader("Quantity")
			.setAutoWidth(true);
		this.stock.addColumn(StockLevel::updatedAt).setHeader("Updated").setAutoWidth(true);
		this.stock.setAllRowsVisible(true);
		Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), (click) -> load());
		refresh.setId("logistics-refresh");
		add(new H2("Logistics"), refresh, new H3("Accounts"), this.usersNotice, this.usersCount, this.users,
				new H3("Orders"), this.ordersNotice, this.ordersOf, this.orders, new H3("Stock levels"),
				this.stockNotice, this.stock);
		load();
	}

	private void load() {
		LogisticsClient.Listed<User> accounts = read(this.usersNotice, this.logistics::users);
		if (accounts != null) {
			this.users.setItems(accounts.items());
			this.usersCount.setText(Count.of(accounts.items().size(), "account")
					+ (accounts.cut() ? " (the newest of the first pages; more exist)" : ""));
		}
		LogisticsClient.Listed<StockLevel> levels = read(this.stockNotice, this.logistics::stockLevels);
		if (levels != null) {
			this.stock.setItems(levels.items());
		}
		showOrders(this.users.asSingleSelect().getValue());
	}

	private void showOrders(User user) {
		if (user == null) {
			this.orders.setItems(List.of());
			this.ordersOf.setText("Select an account to see its orders.");
			return;
		}
		LogisticsClient.Listed<Order> placed = read(this.ordersNotice, () -> this.logistics.orders(user.id()));
		if (placed != null) {
			this.orders.setItems(placed.items());
			int count = placed.items().size();
			this.ordersOf.setText(Count.of(count, "order") + " of " + user.name() + " (" + user.email() + ")");
		}
	}

	/** A cell's text, marked with what it is of (for tests and scripts). */
	private static Span marked(String text, String attribute, String value) {
		Span span = new Span(text);
		span.getElement().setAttribute(attribute, value);
		return span;
	}

	/** A list, or null after its notice says why not. */
	private static <T> T read(ServiceNotice notice, Supplier<T> read) {
		try {
			T value = read.get();
			notice.clear();
			return value;
		}
		catch (RuntimeException ex) {
			if (!notice.show(ex)) {
				throw ex;
			}
			return null;
		}
	}

}
