package space.orbit.e2e;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestNames;

/**
 * The chaos run's load besides telemetry (ADR 0026): user creations through the users API
 * (a user whose POST got no answer or a 503 is sent again with the same e-mail address
 * until it is answered: a 409 then means an earlier attempt created it) and compute jobs
 * through the worker's API (a job is accepted only by its 202). Every answer is counted
 * by status.
 */
final class ChaosClients implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Supplier<ServiceProcess> users;

	private final Supplier<ServiceProcess> worker;

	private final String run = TestNames.unique("chaos-");

	/**
	 * The e-mail addresses of the users the users service accepted (201, or 409 on a
	 * re-send).
	 */
	final Set<String> acceptedUsers = ConcurrentHashMap.newKeySet();

	/** The ids of the jobs the worker accepted (202). */
	final Set<String> acceptedJobs = ConcurrentHashMap.newKeySet();

	/** Answers by service and status ({@code io_error}: none). */
	final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

	/** Answers that break the promise: a 5xx other than 503, a 409 to a first send. */
	final List<String> violations = new CopyOnWriteArrayList<>();

	private volatile boolean running = true;

	private final Thread userThread;

	private final Thread jobThread;

	ChaosClients(Supplier<ServiceProcess> users, Supplier<ServiceProcess> worker) {
		this.users = users;
		this.worker = worker;
		this.userThread = Thread.ofPlatform().name("chaos-users").start(this::createUsers);
		this.jobThread = Thread.ofPlatform().name("chaos-jobs").start(this::submitJobs);
	}

	private void createUsers() {
		for (int n = 0; this.running; n++) {
			String email = this.run + "-" + n + "@orbit.space";
			boolean resent = false;
			while (this.running) {
				int status = send("users", this.users.get(), "/api/users",
						"{\"email\":\"" + email + "\",\"name\":\"Crew " + n + "\",\"role\":\"CREW\"}", null);
				if (status == 201 || (status == 409 && resent)) {
					this.acceptedUsers.add(email);
					break;
				}
				if (status == 409 || (status >= 400 && status < 500)) {
					this.violations.add("users: " + status + " to " + email + (resent ? " (re-sent)" : ""));
					break;
				}
				resent = true;
				pause(1_000);
			}
			pause(700);
		}
	}

	private void submitJobs() {
		for (int n = 0; this.running; n++) {
			String body = """
					{"type":"GROUND_TRACK","spacecraftId":"ORB-%d","start":"2026-11-22T00:00:00Z",
					 "end":"2026-11-22T01:00:00Z","stepSeconds":60}""".formatted(1 + n % 4);
			String[] id = new String[1];
			int status = send("worker", this.worker.get(), "/api/v1/jobs", body, id);
			if (status == 202) {
				this.acceptedJobs.add(id[0]);
			}
			pause(2_000);
		}
	}

	/**
	 * POSTs a body; returns the status (0: no answer) and counts it, noting a 5xx other
	 * than 503.
	 */
	private int send(String service, ServiceProcess process, String path, String body, String[] id) {
		int status;
		try {
			HttpRequest request = HttpRequest.newBuilder(process.uri(path))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/json")
				.header("Authorization", Spine.bearer("admin"))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = Spine.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (id != null && status == 202) {
				id[0] = JSON.readTree(response.body()).get("id").asString();
			}
			if (status >= 500 && status != 503) {
				this.violations.add(service + ": " + status + " " + response.body());
			}
		}
		catch (IOException ex) {
			status = 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		this.answers.computeIfAbsent(service + " " + (status == 0 ? "io_error" : status), (k) -> new AtomicLong())
			.incrementAndGet();
		return status;
	}

	private void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/** Stops sending, once the request under way is answered. */
	void stop() throws InterruptedException {
		this.running = false;
		this.userThread.join(30_000);
		this.jobThread.join(30_000);
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
