package space.orbit.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AotCachesTest {

	private static final Instant WRITTEN = Instant.parse("2026-12-08T01:35:42.5Z");

	@Test
	void aJvmStartedFromACacheSaysWhenTheCacheWasRecorded() {
		List<String> command = List.of("/usr/lib/jvm/bin/java", "-XX:+UseG1GC",
				"-XX:AOTCache=/x/.orbit/run/ingest/app-1.aot", "-Xlog:aot=error,cds=error", "-jar",
				"/x/.orbit/run/ingest/orbit-ingest.jar");
		assertThat(AotCaches.of(command,
				(file) -> file.equals(Path.of("/x/.orbit/run/ingest/app-1.aot")) ? WRITTEN : null))
			.isEqualTo("used, recorded 2026-12-08T01:35:00Z");
	}

	@Test
	void aJvmRecordingItsCacheAndOneWithoutAreToldApart() {
		assertThat(AotCaches.of(List.of("java", "-XX:AOTCacheOutput=/x/app-1.aot", "-jar", "a.jar"), (file) -> WRITTEN))
			.isEqualTo(AotCaches.RECORDING);
		assertThat(AotCaches.of(List.of("java", "-Xmx256m", "-cp", "k.jar", "kafka.Kafka"), (file) -> WRITTEN))
			.isEqualTo(AotCaches.NONE);
		assertThat(AotCaches.of(List.of("java", "-XX:AOTCache=/gone.aot"), (file) -> null)).isEqualTo("used");
	}

	@Test
	void theReportLineGroupsComponentsByStateAndWarnsWhenAnyIsRecording() {
		Map<String, String> caches = new LinkedHashMap<>();
		caches.put("analyzer", "used, recorded 2026-12-08T01:35:00Z");
		caches.put("ingest", AotCaches.RECORDING);
		caches.put("kafka", AotCaches.NONE);
		caches.put("processor", "used, recorded 2026-12-08T01:35:00Z");
		assertThat(AotCaches.line(caches))
			.startsWith("AOT caches (ADR 0011): used, recorded 2026-12-08T01:35:00Z: "
					+ "analyzer, processor; recording: ingest; none: kafka.")
			.contains("pay the JIT's warm-up");
		assertThat(AotCaches.line(Map.of("analyzer", "used"))).isEqualTo("AOT caches (ADR 0011): used: analyzer.");
		assertThat(AotCaches.line(Map.of())).isEqualTo("AOT caches: not read.");
	}

}
