package space.orbit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import space.orbit.test.BrowserLogin;

/**
 * Part A's stream clients: {@code n - 1} that read every event as it comes (each a page
 * of eight charts of one spacecraft, over five minutes in 1,000 columns) and one that
 * connects, asks for the most (every spacecraft, every parameter, 4,000 columns) and then
 * never reads again: a stalled browser. Its socket's receive buffer is kept small so the
 * dashboard meets the stall within seconds, not after megabytes of kernel buffers.
 */
final class StreamClients implements AutoCloseable {

	/** The stalled client's socket receive buffer, bytes. */
	static final int STALLED_RECEIVE_BUFFER = 4_096;

	private final SseTally tally = new SseTally();

	private final List<Thread> readers = new ArrayList<>();

	private final List<InputStream> streams = new ArrayList<>();

	private final AtomicInteger connected = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private volatile String firstFailure;

	private volatile boolean closing;

	private HttpClient http;

	private Socket stalled;

	private String stalledStatus;

	/** Connects {@code readers} reading clients and one stalled one. */
	static StreamClients open(BrowserLogin session, URI dashboard, int readers, int spacecraft,
			List<String> pageParameters, List<String> allParameters) throws IOException {
		StreamClients clients = new StreamClients();
		HttpClient http = session.client();
		clients.http = http;
		for (int i = 0; i < readers; i++) {
			URI uri = dashboard.resolve("/api/v1/stream?spacecraft=ORB-" + (1 + i % spacecraft) + "&parameters="
					+ String.join(",", pageParameters) + "&window=PT5M&width=1000");
			clients.readers.add(Thread.ofVirtual().name("sse-reader-" + i).start(() -> clients.read(http, uri)));
		}
		clients.stall(dashboard, session.cookieHeader(),
				"/api/v1/stream?parameters=" + String.join(",", allParameters) + "&window=PT5M&width=4000");
		return clients;
	}

	private void read(HttpClient http, URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				response.body().close();
				throw new IOException("HTTP " + response.statusCode() + " from " + uri);
			}
			synchronized (this.streams) {
				this.streams.add(response.body());
			}
			this.connected.incrementAndGet();
			SseTally.Reader reader = this.tally.reader();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					reader.line(line);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!this.closing) {
				this.failed.incrementAndGet();
				this.firstFailure = (this.firstFailure != null) ? this.firstFailure : ex.toString();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Connects, reads the status line, and never reads again. */
	private void stall(URI dashboard, String cookie, String path) throws IOException {
		this.stalled = new Socket();
		this.stalled.setReceiveBufferSize(STALLED_RECEIVE_BUFFER);
		this.stalled.connect(new InetSocketAddress(dashboard.getHost(), dashboard.getPort()), 10_000);
		this.stalled.setSoTimeout(30_000);
		OutputStream out = this.stalled.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: " + dashboard.getAuthority()
				+ "\r\nAccept: text/event-stream\r\nCookie: " + cookie + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		StringBuilder status = new StringBuilder();
		InputStream in = this.stalled.getInputStream();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			status.append((char) b);
		}
		this.stalledStatus = status.toString().strip();
		if (!this.stalledStatus.contains(" 200")) {
			throw new IOException("the stalled client's stream answered '" + this.stalledStatus + "', not 200");
		}
	}

	/** Waits until every reader is connected (or failed), at most {@code timeout}. */
	void awaitConnected(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.connected.get() + this.failed.get() < this.readers.size() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		if (this.connected.get() < this.readers.size()) {
			throw new IllegalStateException(this.connected.get() + " of " + this.readers.size()
					+ " stream clients connected within " + timeout + (this.failed.get() > 0
							? "; first failure: " + this.firstFailure + " (orbit.dashboard.stream.max-clients?)" : ""));
		}
	}

	SseTally.Snapshot snapshot() {
		return this.tally.snapshot();
	}

	int readers() {
		return this.readers.size();
	}

	/**
	 * Readers whose stream ended with an error (not counting the end this bench made).
	 */
	int failed() {
		return this.failed.get();
	}

	String stalledStatus() {
		return this.stalledStatus;
	}

	@Override
	public void close() throws IOException {
		this.closing = true;
		if (this.stalled != null) {
			this.stalled.close();
		}
		synchronized (this.streams) {
			for (InputStream stream : this.streams) {
				stream.close();
			}
		}
		if (this.http != null) {
			this.http.shutdownNow();
		}
		this.readers.forEach(Thread::interrupt);
	}

}
