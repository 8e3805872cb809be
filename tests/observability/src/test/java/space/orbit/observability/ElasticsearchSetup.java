package space.orbit.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/observability/elasticsearch and the Compose one-shot that installs it
 * ({@code elasticsearch-setup}: the lifecycle policy, then the index template, each PUT
 * under a name given in its URL).
 */
final class ElasticsearchSetup {

	static final Path FOLDER = Repository.OBSERVABILITY.resolve("elasticsearch");

	static final Path TEMPLATE = FOLDER.resolve("index-template.json");

	static final Path POLICY = FOLDER.resolve("ilm-policy.json");

	/** Elasticsearch's index lifecycle (ILM) setting, which OpenSearch does not know. */
	static final String LIFECYCLE_SETTING = "index.lifecycle.name";

	private ElasticsearchSetup() {
	}

	/** The name the setup installs the lifecycle policy under. */
	static String policyName() {
		return nameInSetup("_ilm/policy", POLICY);
	}

	/** The name the setup installs the index template under. */
	static String templateName() {
		return nameInSetup("_index_template", TEMPLATE);
	}

	static String template() {
		try {
			return Files.readString(TEMPLATE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + TEMPLATE, ex);
		}
	}

	/**
	 * {@code curl ... -X PUT .../<api>/<name> --data-binary @/setup/<file>} in the
	 * setup's command.
	 */
	@SuppressWarnings("unchecked")
	private static String nameInSetup(String api, Path file) {
		Map<String, Object> services = (Map<String, Object>) Repository.yaml(ServiceLog.COMPOSE).get("services");
		Map<String, Object> setup = (Map<String, Object>) services.get("elasticsearch-setup");
		if (setup == null) {
			throw new IllegalStateException(ServiceLog.COMPOSE + " has no elasticsearch-setup service");
		}
		String command = String.join(" ", (List<String>) setup.get("command"));
		Matcher matcher = Pattern
			.compile("-X PUT [^&]*?/" + Pattern.quote(api) + "/([\\w.-]+) --data-binary @/setup/"
					+ Pattern.quote(file.getFileName().toString()))
			.matcher(command);
		if (!matcher.find()) {
			throw new IllegalStateException(
					ServiceLog.COMPOSE + ": elasticsearch-setup does not PUT " + file.getFileName() + " to " + api);
		}
		return matcher.group(1);
	}

}
