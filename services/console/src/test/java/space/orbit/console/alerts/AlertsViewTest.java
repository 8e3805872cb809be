package space.orbit.console.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.console.ConsoleProperties;
import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.api.Credentials;
import space.orbit.console.api.ServiceClients;
import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.operator.Offered;
import space.orbit.console.operator.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench against a real HTTP server standing in for the analyzer: what it checks
 * before sending (nothing is sent when a field is wrong), the one bulk request it sends
 * for many alerts, the refusals it lists, and a viewer offered no action.
 */
class AlertsViewTest {

	private static final String ALERT = "{\"id\":%d,\"spacecraftId\":\"ORB-%d\",\"parameter\":\"P\",\"detector\":\"limit\","
			+ "\"state\":\"OPEN\",\"severity\":\"WARNING\",\"currentSeverity\":\"WARNING\",\"active\":true,"
			+ "\"raisedAt\":\"2026-12-06T10:00:00Z\",\"count\":1,\"tags\":[]}";

	private HttpServer server;

	private final List<String> posted = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/alerts", (exchange) -> {
			if (exchange.getRequestMethod().equals("POST")) {
				this.posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				answer(exchange, "{\"done\":1,\"refused\":1,\"results\":[{\"id\":1,\"outcome\":\"done\",\"alert\":"
						+ ALERT.formatted(1, 1) + "},{\"id\":2,\"outcome\":\"refused\",\"problem\":{\"status\":409,"
						+ "\"detail\":\"An alert in state CLEARED cannot be assigned.\"}}]}");
			}
			else if (exchange.getRequestURI().getPath().endsWith("/actions")) {
				answer(exchange, "{\"items\":[{\"id\":1,\"action\":\"RAISED\",\"by\":\"analyzer\","
						+ "\"at\":\"2026-12-06T10:00:00Z\",\"stateAfter\":\"OPEN\"}]}");
			}
			else if (exchange.getRequestURI().getQuery().contains("state=OPEN")) {
				answer(exchange, "{\"items\":[" + ALERT.formatted(1, 1) + "," + ALERT.formatted(2, 2) + "]}");
			}
			else {
				answer(exchange, "{\"items\":[]}");
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void wrongFieldsSendNothing() {
		AlertsView view = view(() -> "alice");
		selectAll(view);

		find(view, Button.class, "alert-tag").click();
		assertThat(find(view, TextArea.class, "alert-comment").isInvalid()).isTrue();
		find(view, TextArea.class, "alert-comment").setValue("why");
		find(view, TextField.class, "alert-tags").setValue("thermal, Heater!");
		find(view, Button.class, "alert-tag").click();
		TextField tags = find(view, TextField.class, "alert-tags");
		assertThat(tags.isInvalid()).isTrue();
		assertThat(tags.getErrorMessage()).startsWith("'Heater!' is not a tag");
		find(view, Button.class, "alert-assign").click();
		assertThat(find(view, TextField.class, "alert-assignee").isInvalid()).isTrue();

		assertThat(this.posted).isEmpty();
	}

	@Test
	void manyAlertsAreOneRequestAndEachRefusalIsShown() {
		AlertsView view = view(() -> "alice");
		selectAll(view);
		find(view, TextArea.class, "alert-comment").setValue("night shift");
		find(view, TextField.class, "alert-assignee").setValue("me");

		find(view, Button.class, "alert-assign").click();

		assertThat(this.posted).containsExactly("{\"ids\":[1,2],\"action\":\"assign\",\"by\":\"alice\","
				+ "\"comment\":\"night shift\",\"assignee\":\"me\"}");
		assertThat(find(view, Div.class, "alerts-notice").getText())
			.isEqualTo("The analyzer refused 1: #2: An alert in state CLEARED cannot be assigned.");
	}

	@Test
	void aViewerReadsOneAlertWithItsLogAndIsOfferedNoAction() {
		AlertsView view = view(viewer());
		Grid<Alert> grid = find(view, Grid.class, "alerts");
		assertThat(grid.getSelectionModel())
			.isInstanceOf(com.vaadin.flow.component.grid.GridSingleSelectionModel.class);
		assertThat(find(view, AlertActionBar.class, null).isVisible()).isFalse();

		grid.select(grid.getListDataView().getItem(0));

		assertThat(find(view, Div.class, "alert-log").getChildren()).hasSize(1);
	}

	private AlertsView view(CurrentOperator operator) {
		URI base = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		ConsoleProperties properties = new ConsoleProperties(
				new ConsoleProperties.Services(base, base, base, base, base, base, base), Duration.ofSeconds(2),
				"alice", Duration.ofDays(7));
		return new AlertsView(new AlertsApi(new ServiceClients(properties, Credentials.operatorHeader(() -> "alice"))),
				operator);
	}

	@SuppressWarnings("unchecked")
	private static void selectAll(AlertsView view) {
		Grid<Alert> grid = find(view, Grid.class, "alerts");
		grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
	}

	private static CurrentOperator viewer() {
		return new CurrentOperator() {
			@Override
			public String name() {
				return "Valentina";
			}

			@Override
			public Optional<Role> role() {
				return Optional.of(Role.VIEWER);
			}

			@Override
			public Offered offered() {
				return Offered.to(role());
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static <T extends Component> T find(Component root, Class<T> type, String id) {
		List<Component> all = new ArrayList<>();
		collect(root, all);
		return (T) all.stream()
			.filter((c) -> type.isInstance(c) && (id == null || c.getId().filter(id::equals).isPresent()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id));
	}

	private static void collect(Component component, List<Component> all) {
		all.add(component);
		component.getChildren().forEach((child) -> collect(child, all));
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
