package space.orbit.console.flight;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.console.ConsoleProperties;
import space.orbit.console.api.Credentials;
import space.orbit.console.api.ServiceClients;
import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.operator.Offered;
import space.orbit.console.operator.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The form against a real HTTP server standing in for the worker and the processor. */
class FlightDynamicsViewTest {

	private HttpServer server;

	private final AtomicInteger posts = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/spacecraft",
				(exchange) -> answer(exchange, 200, "{\"items\":[{\"id\":\"ORB-2\"}]}"));
		this.server.createContext("/api/v1/jobs", (exchange) -> {
			if (exchange.getRequestMethod().equals("POST")) {
				this.posts.incrementAndGet();
				answer(exchange, 202, "{\"id\":\"11111111-2222-3333-4444-555555555555\",\"state\":\"QUEUED\","
						+ "\"progress\":0,\"type\":\"PASS_PREDICTION\"}");
			}
			else {
				answer(exchange, 200, "{\"id\":\"11111111-2222-3333-4444-555555555555\",\"state\":\"SUCCEEDED\","
						+ "\"progress\":1,\"type\":\"PASS_PREDICTION\",\"result\":{\"passes\":[{\"station\":\"KIRUNA\","
						+ "\"aos\":\"2026-12-05T20:10:00Z\",\"los\":\"2026-12-05T20:20:00Z\",\"maxElevation\":40.5,"
						+ "\"durationSeconds\":600,\"partial\":false}]}}");
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private FlightDynamicsView view() {
		return view(() -> "alice");
	}

	private FlightDynamicsView view(CurrentOperator operator) {
		URI base = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		ConsoleProperties properties = new ConsoleProperties(
				new ConsoleProperties.Services(base, base, base, base, base, base, base), Duration.ofSeconds(2),
				"alice", Duration.ofDays(7));
		return new FlightDynamicsView(
				new JobsApi(new ServiceClients(properties, Credentials.operatorHeader(() -> "alice"))), operator);
	}

	@Test
	void aValidFormSubmitsAndShowsThePasses() {
		FlightDynamicsView view = view();
		find(view, com.vaadin.flow.component.combobox.ComboBox.class, "fd-spacecraft").setValue("ORB-2");
		find(view, Button.class, "fd-submit").click();
		assertThat(this.posts.get()).isEqualTo(1);
		assertThat(find(view, Span.class, "fd-job-id").getText()).isEqualTo("11111111-2222-3333-4444-555555555555");
		assertThat(find(view, Span.class, "fd-job-state").getText()).isEqualTo("SUCCEEDED");
		assertThat(find(view, Span.class, "fd-pass-count").getText()).isEqualTo("1 pass");
	}

	@Test
	void aLatitudeBeyondThePoleIsRefusedAtTheFieldAndNothingIsSent() {
		FlightDynamicsView view = view();
		find(view, com.vaadin.flow.component.combobox.ComboBox.class, "fd-spacecraft").setValue("ORB-2");
		NumberField latitude = find(view, NumberField.class, "fd-latitude");
		latitude.setValue(95.0);
		find(view, Button.class, "fd-submit").click();
		assertThat(latitude.isInvalid()).isTrue();
		assertThat(latitude.getErrorMessage()).isEqualTo("A number from -90.0 to 90.0.");
		assertThat(this.posts.get()).isZero();
	}

	@Test
	void aViewerIsOfferedNoJobSubmissionAndAnOperatorIs() {
		FlightDynamicsView viewer = view(person(Role.VIEWER));
		assertThat(find(viewer, Button.class, "fd-submit").isVisible()).isFalse();
		assertThat(find(viewer, Button.class, "fd-cancel").isVisible()).isFalse();
		FlightDynamicsView operator = view(person(Role.OPERATOR));
		assertThat(find(operator, Button.class, "fd-submit").isVisible()).isTrue();
		assertThat(find(operator, Button.class, "fd-cancel").isVisible()).isTrue();
	}

	private static CurrentOperator person(Role role) {
		return new CurrentOperator() {
			@Override
			public String name() {
				return "Valentina";
			}

			@Override
			public java.util.Optional<Role> role() {
				return java.util.Optional.of(role);
			}

			@Override
			public Offered offered() {
				return Offered.to(role());
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static <T extends Component> T find(Component root, Class<T> type, String id) {
		List<Component> all = new java.util.ArrayList<>();
		collect(root, all);
		return (T) all.stream()
			.filter((c) -> type.isInstance(c) && c.getId().filter(id::equals).isPresent())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id));
	}

	private static void collect(Component component, List<Component> all) {
		all.add(component);
		component.getChildren().forEach((child) -> collect(child, all));
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
