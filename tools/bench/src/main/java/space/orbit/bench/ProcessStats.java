package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU and memory of the stack's processes from /proc: Orbit's own (from
 * {@code .orbit/pids}) and the infrastructure's (by command name, summed over a
 * multi-process server like PostgreSQL).
 */
final class ProcessStats implements AutoCloseable {

	private static final long TICKS_PER_SECOND = 100;

	private static final Map<String, String> INFRASTRUCTURE = Map.of("postgres", "postgres", "beam.smp", "rabbitmq",
			"nats-server", "nats");

	private final Path pidDirectory;

	private final Map<String, Long> cpuStart;

	/** Each component's threads' CPU ticks at the start, by thread id. */
	private final Map<String, Map<Long, Long>> threadStart;

	private final long startNanos = System.nanoTime();

	private final Map<String, Long> peakRss = new ConcurrentHashMap<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private final Map<String, Long> extra;

	/**
	 * The last CPU reading of each extra process: it may have exited by the time we
	 * finish.
	 */
	private final Map<String, Long> extraTicks = new ConcurrentHashMap<>();

	/** Stats of the stack, plus {@code extra} processes by name (the load generator). */
	ProcessStats(Path pidDirectory, Map<String, Long> extra) {
		this.pidDirectory = pidDirectory;
		this.extra = extra;
		this.cpuStart = cpuTicks();
		this.threadStart = threadTicks(new HashMap<>());
		this.sampler = Thread.ofPlatform().daemon().name("bench-rss").start(() -> {
			while (this.running) {
				rss().forEach((name, kib) -> this.peakRss.merge(name, kib, Math::max));
				this.extra.forEach((name, pid) -> this.extraTicks.merge(name, cpuTicks(pid), Math::max));
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** Per component: CPU used since start (in all and on average), and peak memory. */
	Map<String, Usage> finish() {
		this.running = false;
		this.sampler.interrupt();
		double seconds = (System.nanoTime() - this.startNanos) / 1e9;
		Map<String, Long> cpuEnd = cpuTicks();
		Map<Long, String> threadNames = new HashMap<>();
		Map<String, Map<Long, Long>> threadEnd = threadTicks(threadNames);
		Map<String, Usage> usage = new LinkedHashMap<>();
		cpuEnd.forEach((name, ticks) -> {
			double cpuSeconds = (ticks - this.cpuStart.getOrDefault(name, ticks)) / (double) TICKS_PER_SECOND;
			String busiest = null;
			long busiestTicks = 0;
			Map<Long, Long> before = this.threadStart.getOrDefault(name, Map.of());
			for (Map.Entry<Long, Long> thread : threadEnd.getOrDefault(name, Map.of()).entrySet()) {
				long used = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
				if (used > busiestTicks) {
					busiestTicks = used;
					busiest = threadNames.get(thread.getKey());
				}
			}
			usage.put(name, new Usage(cpuSeconds / seconds, cpuSeconds, this.peakRss.getOrDefault(name, 0L) / 1024.0,
					busiest, busiestTicks / (double) TICKS_PER_SECOND / seconds));
		});
		return usage;
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

	/** The memory (MiB) of each component now. */
	static Map<String, Double> rssNow(Path pidDirectory) {
		Map<String, Double> now = new LinkedHashMap<>();
		new ProcessStats.Finder(pidDirectory).processes()
			.forEach((name, pids) -> now.put(name, pids.stream().mapToLong(ProcessStats::rssKib).sum() / 1024.0));
		return now;
	}

	private Map<String, Long> cpuTicks() {
		Map<String, Long> ticks = new HashMap<>();
		new Finder(this.pidDirectory).processes()
			.forEach((name, pids) -> ticks.put(name, pids.stream().mapToLong(ProcessStats::cpuTicks).sum()));
		this.extra
			.forEach((name, pid) -> ticks.put(name, Math.max(cpuTicks(pid), this.extraTicks.getOrDefault(name, 0L))));
		return ticks;
	}

	private Map<String, Long> rss() {
		Map<String, Long> rss = new HashMap<>();
		new Finder(this.pidDirectory).processes()
			.forEach((name, pids) -> rss.put(name, pids.stream().mapToLong(ProcessStats::rssKib).sum()));
		this.extra.forEach((name, pid) -> rss.put(name, rssKib(pid)));
		return rss;
	}

	/**
	 * Each component's threads (of each of its processes): CPU ticks by thread id; their
	 * names ({@code /proc/<pid>/task/<tid>/comm}, which the JVM sets to the Java thread's
	 * name, cut at 15 characters) into {@code names}.
	 */
	private Map<String, Map<Long, Long>> threadTicks(Map<Long, String> names) {
		Map<String, Map<Long, Long>> ticks = new HashMap<>();
		new Finder(this.pidDirectory).processes().forEach((name, pids) -> {
			Map<Long, Long> threads = new HashMap<>();
			for (long pid : pids) {
				try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
					tasks.forEach((task) -> {
						try {
							long tid = Long.parseLong(task.getFileName().toString());
							String stat = Files.readString(task.resolve("stat"));
							String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							threads.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
							names.put(tid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
						}
						catch (IOException | RuntimeException ex) {
							// the thread ended
						}
					});
				}
				catch (IOException | RuntimeException ex) {
					// the process ended
				}
			}
			ticks.put(name, threads);
		});
		return ticks;
	}

	static long cpuTicks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * Proportional set size (shared pages split among their users), else RSS: sums stay
	 * honest.
	 */
	private static long rssKib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
				if (line.startsWith("Pss:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// no smaps_rollup: fall back to RSS
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended
		}
		return 0;
	}

	/**
	 * What one component used during a step.
	 *
	 * @param cores CPU used on average (1.0: one core busy all the time)
	 * @param cpuSeconds CPU used in all (user and system), in core-seconds
	 * @param peakRssMib the most memory it held (PSS, else RSS), MiB
	 * @param busiestThread the name of its thread that used the most CPU, null when not
	 * measured
	 * @param busiestThreadCores that thread's CPU on average: near 1.0, a stage bound to
	 * one thread
	 */
	record Usage(double cores, double cpuSeconds, double peakRssMib, String busiestThread, double busiestThreadCores) {

		Usage(double cores, double cpuSeconds, double peakRssMib) {
			this(cores, cpuSeconds, peakRssMib, null, 0);
		}

	}

	/** Finds the stack's processes: name to PIDs. */
	record Finder(Path pidDirectory) {

		Map<String, List<Long>> processes() {
			Map<String, List<Long>> found = new LinkedHashMap<>();
			try (var files = Files.list(this.pidDirectory)) {
				files.filter(f -> f.toString().endsWith(".pid")).sorted().forEach(f -> {
					try {
						long pid = Long.parseLong(Files.readString(f).trim());
						String name = f.getFileName().toString().replace(".pid", "");
						// Infrastructure is found by command name below, with all its
						// processes.
						if (!INFRASTRUCTURE.containsValue(name) && Files.exists(Path.of("/proc", Long.toString(pid)))) {
							found.computeIfAbsent(name, n -> new ArrayList<>()).add(pid);
						}
					}
					catch (IOException | NumberFormatException ex) {
						// a stale PID file
					}
				});
			}
			catch (IOException ex) {
				// no PID directory: nothing of ours runs
			}
			try (var proc = Files.list(Path.of("/proc"))) {
				proc.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
					try {
						String comm = Files.readString(p.resolve("comm")).trim();
						String name = INFRASTRUCTURE.get(comm);
						if (name != null) {
							found.computeIfAbsent(name, n -> new ArrayList<>())
								.add(Long.parseLong(p.getFileName().toString()));
						}
					}
					catch (IOException ex) {
						// the process ended
					}
				});
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read /proc", ex);
			}
			return found;
		}

	}

}
