package space.orbit.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory of a Compose stack's containers as the kernel counts it: each container's
 * cgroup (read inside it, v1 or v2), its limit as the engine applied it, whether it was
 * killed for memory or restarted. "Used" is the cgroup's usage less its inactive file
 * cache (what {@code docker stats} shows; the kernel drops that cache before it kills
 * anything); the peak is the cgroup's highest usage, page cache included. "restarts" is
 * the engine's count (starts again after a broker's name did not resolve included).
 */
final class StackMemory {

	static final long MIB = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String READ_CGROUP = """
			if [ -f /sys/fs/cgroup/memory/memory.usage_in_bytes ]; then d=/sys/fs/cgroup/memory
			  echo "usage $(cat $d/memory.usage_in_bytes)"; echo "peak $(cat $d/memory.max_usage_in_bytes)"
			  grep -E '^total_(inactive_file|rss) ' $d/memory.stat | sed 's/^total_//'
			  grep '^oom_kill ' $d/memory.oom_control || true
			else d=/sys/fs/cgroup
			  echo "usage $(cat $d/memory.current)"; echo "peak $(cat $d/memory.peak 2>/dev/null || cat $d/memory.current)"
			  grep -E '^(inactive_file|anon) ' $d/memory.stat | sed 's/^anon /rss /'
			  grep '^oom_kill ' $d/memory.events || true
			fi""";

	/** One container's figures, in bytes. */
	record Container(String service, long limit, long used, long peak, long rss, long oomKills, boolean oomKilled,
			int restarts) {

		String row() {
			return "| %s | %d | %d | %d | %d | %d | %s | %d |".formatted(this.service, this.limit / MIB,
					this.used / MIB, this.peak / MIB, this.rss / MIB, this.oomKills, this.oomKilled, this.restarts);
		}

	}

	private final Commands commands;

	private final String label;

	StackMemory(Commands commands, String project) {
		this.commands = commands;
		this.label = "label=com.docker.compose.project=" + project;
	}

	/**
	 * The containers of the project that ended since {@code since}: "name exit-code"
	 * each, from podman's events (a container the kernel killed for memory ends with 137,
	 * SIGKILL; its restart gives it a new cgroup, whose counters start again).
	 */
	List<String> endedSince(Instant since) {
		List<String> ended = new ArrayList<>();
		for (String line : this.commands
			.podman("events", "--stream=false", "--since", since.toString(), "--filter", this.label, "--filter",
					"event=died", "--format", "json")
			.ok()
			.lines()) {
			JsonNode event = JSON.readTree(line);
			ended.add(event.get("Name").asString() + " " + event.path("ContainerExitCode").asInt());
		}
		return ended;
	}

	/** Every container of the project, read now. */
	List<Container> read() {
		List<Container> containers = new ArrayList<>();
		for (String name : this.commands.podman("ps", "-a", "-q", "--filter", this.label).ok().lines()) {
			JsonNode inspect = this.commands.podman("inspect", name).ok().json().get(0);
			Map<String, Long> cgroup = new HashMap<>();
			for (String line : this.commands.podman("exec", name, "sh", "-c", READ_CGROUP).ok().lines()) {
				String[] parts = line.strip().split(" ");
				cgroup.put(parts[0], Long.parseLong(parts[1]));
			}
			long usage = cgroup.get("usage");
			containers.add(new Container(inspect.at("/Config/Labels/com.docker.compose.service").asString(),
					inspect.at("/HostConfig/Memory").asLong(), usage - cgroup.getOrDefault("inactive_file", 0L),
					cgroup.get("peak"), cgroup.getOrDefault("rss", 0L), cgroup.getOrDefault("oom_kill", 0L),
					inspect.at("/State/OOMKilled").asBoolean(), inspect.at("/RestartCount").asInt()));
		}
		return containers;
	}

	/**
	 * Every container under a limit, none killed for memory since {@code started} (before
	 * {@code compose up}: a service may end and be started again while its brokers' names
	 * do not resolve yet, never with 137), none ended since {@code healthy} (every
	 * container healthy), the limits and the use within {@code budget} bytes together;
	 * the figures go to target/deploy-logs/memory.md.
	 */
	void assertWithin(long budget, int expected, Instant started, Instant healthy) throws IOException {
		List<Container> containers = read();
		List<String> killed = endedSince(started).stream().filter((ended) -> ended.endsWith(" 137")).toList();
		List<String> endedAfterHealthy = endedSince(healthy);
		long limits = containers.stream().mapToLong(Container::limit).sum();
		long used = containers.stream().mapToLong(Container::used).sum();
		long peaks = containers.stream().mapToLong(Container::peak).sum();
		StringBuilder table = new StringBuilder(
				"| container | limit MiB | used MiB | peak MiB | rss MiB | OOM kills in it | OOM-killed | restarts |\n"
						+ "|---|---|---|---|---|---|---|---|\n");
		containers.stream()
			.sorted((a, b) -> a.service().compareTo(b.service()))
			.forEach((c) -> table.append(c.row()).append('\n'));
		table.append("| total | %d | %d | %d | | | | |%n".formatted(limits / MIB, used / MIB, peaks / MIB));
		Path report = Path.of("target/deploy-logs/memory.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, table);
		System.out.println(table);
		assertThat(killed).as("containers killed (137) since compose up\n%s", table).isEmpty();
		assertThat(endedAfterHealthy).as("containers ended since every one was healthy\n%s", table).isEmpty();
		assertThat(containers).as("containers").hasSize(expected);
		for (Container container : containers) {
			assertThat(container.limit()).as("%s has a memory limit", container.service()).isPositive();
			assertThat(container.oomKilled()).as("%s killed for memory\n%s", container.service(), table).isFalse();
			assertThat(container.oomKills()).as("processes of %s killed for memory\n%s", container.service(), table)
				.isZero();
			assertThat(container.used()).as("%s's use under its limit", container.service())
				.isLessThanOrEqualTo(container.limit());
		}
		assertThat(limits).as("the limits together\n%s", table).isLessThanOrEqualTo(budget);
		assertThat(used).as("the use together\n%s", table).isLessThanOrEqualTo(budget);
	}

}
