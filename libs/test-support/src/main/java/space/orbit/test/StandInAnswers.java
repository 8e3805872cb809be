package space.orbit.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/** How the tests' HTTP stand-ins (JDK {@code HttpServer}) answer. */
public final class StandInAnswers {

	private StandInAnswers() {
	}

	/** Answers {@code status} with a JSON body. */
	public static void json(HttpExchange exchange, int status, String body) throws IOException {
		json(exchange, status, body.getBytes(StandardCharsets.UTF_8));
	}

	/** Answers {@code status} with a JSON body already encoded. */
	public static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
