package space.orbit.observability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** Files of the checkout these tests read: deploy/observability and docs/runbooks. */
final class Repository {

	static final Path ROOT = Path.of(System.getProperty("orbit.root", "../..")).toAbsolutePath().normalize();

	static final Path OBSERVABILITY = ROOT.resolve("deploy/observability");

	static final Path PROMETHEUS = OBSERVABILITY.resolve("prometheus");

	static final Path PROMETHEUS_CONFIG = PROMETHEUS.resolve("prometheus.yml");

	static final Path GRAFANA = OBSERVABILITY.resolve("grafana");

	private Repository() {
	}

	/** The files of a folder whose names end with {@code suffix}, sorted. */
	static List<Path> files(Path folder, String suffix) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list " + folder, ex);
		}
	}

	/** The alert and recording rule files. */
	static List<Path> ruleFiles() {
		return files(PROMETHEUS.resolve("rules"), ".yml");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> yaml(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return (Map<String, Object>) new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

	/** Every rule (alerting and recording) of every rule file, as its YAML map. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rules() {
		return ruleFiles().stream()
			.flatMap((file) -> ((List<Map<String, Object>>) yaml(file).get("groups")).stream())
			.flatMap((group) -> ((List<Map<String, Object>>) group.get("rules")).stream())
			.toList();
	}

}
