package space.orbit.analyzer.backtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import space.orbit.test.StandInAnswers;

/**
 * A stand-in for the enricher's {@code GET /api/v1/archive/samples}: the samples put in,
 * over [from, to), in pages of {@link #PAGE} with an index as the cursor, as the enricher
 * pages them; the spacecraft {@code SLOW} answers after three seconds. Remembers each
 * request's {@code Authorization}.
 */
final class EnricherStandIn implements AutoCloseable {

	static final int PAGE = 3;

	private final HttpServer server;

	private final Map<String, List<String[]>> samples = new HashMap<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	EnricherStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		this.server.createContext("/api/v1/archive/samples", this::samples);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** A raw sample (its JSON) of a parameter, kept in the order given (time order). */
	EnricherStandIn add(String spacecraftId, String parameter, Instant time, long sequence, String rawJson) {
		this.samples.computeIfAbsent(spacecraftId + "/" + parameter, key -> new ArrayList<>())
			.add(new String[] { time.toString(), Long.toString(sequence), rawJson });
		return this;
	}

	private void samples(HttpExchange exchange) throws IOException {
		this.authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		if ("SLOW".equals(query.get("spacecraftId"))) {
			try {
				Thread.sleep(3_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Instant from = Instant.parse(query.get("from"));
		Instant to = Instant.parse(query.get("to"));
		List<String[]> all = this.samples
			.getOrDefault(query.get("spacecraftId") + "/" + query.get("parameter"), List.of())
			.stream()
			.filter(s -> !Instant.parse(s[0]).isBefore(from) && Instant.parse(s[0]).isBefore(to))
			.toList();
		int start = (query.get("after") != null) ? Integer.parseInt(query.get("after")) : 0;
		int end = Math.min(all.size(), start + PAGE);
		StringBuilder body = new StringBuilder("{\"spacecraftId\":\"" + query.get("spacecraftId")
				+ "\",\"parameter\":\"" + query.get("parameter") + "\",\"items\":[");
		for (int i = start; i < end; i++) {
			String[] s = all.get(i);
			body.append((i > start) ? "," : "")
				.append("{\"timestamp\":\"")
				.append(s[0])
				.append("\",\"sequence\":")
				.append(s[1])
				.append(",\"raw\":")
				.append(s[2])
				.append("}");
		}
		body.append("]").append((end < all.size()) ? ",\"next\":\"" + end + "\"" : "").append("}");
		StandInAnswers.json(exchange, 200, body.toString());
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
