package space.orbit.observability;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that ship the services' logs to Elasticsearch agree with each other, without
 * an Elasticsearch or a Logstash (LogIndexIT runs the template on OpenSearch): every
 * service's Compose log file is read by the Logstash input and named after its service by
 * the grok; the data stream Logstash writes to falls under the index template; the
 * template names the lifecycle policy the Compose setup installs.
 */
class LogShippingTest {

	@Test
	@SuppressWarnings("unchecked")
	void everyServiceLogFileIsReadByLogstashAndNamedAfterItsService() {
		LogstashPipeline pipeline = LogstashPipeline.read();
		Map<String, Object> services = (Map<String, Object>) Repository.yaml(ServiceLog.COMPOSE).get("services");
		List<String> withLogFiles = services.keySet()
			.stream()
			.filter((name) -> services.get(name) instanceof Map<?, ?> service
					&& service.get("environment") instanceof Map<?, ?> environment
					&& environment.containsKey("LOGGING_FILE_NAME"))
			.sorted()
			.toList();
		assertThat(withLogFiles).containsExactly("analyzer", "enricher", "ingest", "inventory", "orders", "processor",
				"users", "worker");
		for (String service : withLogFiles) {
			Map<String, Object> environment = ServiceLog.composeEnvironment(service);
			String file = (String) environment.get("LOGGING_FILE_NAME");
			assertThat(environment).as(service).containsEntry("LOGGING_STRUCTURED_FORMAT_FILE", "logstash");
			assertThat(pipeline.reads(file)).as("Logstash's input %s reads %s", pipeline.inputPath, file).isTrue();
			Matcher matcher = pipeline.grok.matcher(file);
			assertThat(matcher.find()).as("grok on %s", file).isTrue();
			assertThat(matcher.group("service")).isEqualTo(service);
		}
		assertThat(pipeline.grokFields).containsExactly("service");
		assertThat(pipeline.grok.matcher("/var/log/other/processor.txt").find()).isFalse();
	}

	@Test
	void theDataStreamLogstashWritesToFallsUnderTheIndexTemplate() {
		String stream = LogstashPipeline.read().dataStreamName();
		assertThat(stream).isEqualTo("logs-orbit-default");
		JsonNode template = Queries.read(ElasticsearchSetup.TEMPLATE);
		assertThat(template.path("data_stream").isObject()).as("a data stream template").isTrue();
		assertThat(template.path("index_patterns").valueStream().map(JsonNode::asString))
			.anyMatch((pattern) -> FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(stream)));
	}

	@Test
	void theTemplateNamesTheLifecyclePolicyTheSetupInstalls() {
		// OpenSearch, where LogIndexIT runs the template, has no ILM and drops this
		// setting
		// (ADR 0016): this is what keeps the file's lifecycle honest.
		JsonNode template = Queries.read(ElasticsearchSetup.TEMPLATE);
		String policy = ElasticsearchSetup.policyName();
		assertThat(policy).isEqualTo("orbit-logs");
		assertThat(template.path("template").path("settings").path(ElasticsearchSetup.LIFECYCLE_SETTING).asString())
			.isEqualTo(policy);
		assertThat(ElasticsearchSetup.templateName()).isEqualTo("orbit-logs");
		JsonNode phases = Queries.read(ElasticsearchSetup.POLICY).path("policy").path("phases");
		assertThat(phases.path("hot").path("actions").path("rollover").path("max_age").asString()).isEqualTo("1d");
		assertThat(phases.path("delete").path("min_age").asString()).isEqualTo("14d");
		assertThat(phases.path("delete").path("actions").has("delete")).isTrue();
	}

}
