package space.orbit.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import space.orbit.test.ServiceProcess;

/**
 * What OutageIT reads of a running service and of Kafka: its heap (after a full GC, or as
 * it is), its resident set, a metric, a consumer group's lag.
 */
final class Measured {

	private Measured() {
	}

	/** The service's heap in use after a full GC ({@code jcmd PID GC.run}). */
	static long heapAfterGc(ServiceProcess service) throws Exception {
		Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
		Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "GC.run")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + service.pid() + " GC.run failed");
		}
		return heapUsed(service);
	}

	/** The sum of {@code jvm_memory_used_bytes{area="heap"}} on its /metrics. */
	static long heapUsed(ServiceProcess service) throws Exception {
		return metrics(service, (line) -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""));
	}

	/** {@link #heapUsed}, or 0 while the service does not answer. */
	static long heapUsedOrZero(ServiceProcess service) {
		try {
			return heapUsed(service);
		}
		catch (Exception ex) {
			return 0;
		}
	}

	/** The resident set of a service's JVM, from /proc. */
	static long rss(ServiceProcess service) throws Exception {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		throw new IllegalStateException("no VmRSS for " + service.pid());
	}

	/** The sum of a counter's or gauge's series on a service's /metrics (0 if none). */
	static long metric(ServiceProcess service, String name) throws Exception {
		return metrics(service, (line) -> line.startsWith(name + "{") || line.startsWith(name + " "));
	}

	/** The sum of the values of the lines of a service's /metrics that match. */
	private static long metrics(ServiceProcess service, Predicate<String> lines) throws Exception {
		HttpResponse<String> metrics = Spine.HTTP.send(HttpRequest.newBuilder(service.uri("/metrics")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (metrics.statusCode() != 200) {
			throw new IllegalStateException("GET /metrics answered " + metrics.statusCode());
		}
		return (long) metrics.body()
			.lines()
			.filter(lines)
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/** A consumer group's lag on a topic: end offsets less its committed offsets. */
	static long lag(String bootstrap, String topic, String group) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(topic)
				.partitions()
				.forEach((p) -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
			long lag = 0;
			for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
				OffsetAndMetadata offset = committed.get(end.getKey());
				lag += end.getValue().offset() - ((offset != null) ? offset.offset() : 0);
			}
			return lag;
		}
	}

}
