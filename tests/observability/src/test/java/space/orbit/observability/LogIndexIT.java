package space.orbit.observability;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch index template for the services' logs, run on OpenSearch in this JVM
 * (no Elasticsearch runs here: PLATFORM.md): the template installed under the name the
 * Compose setup uses, the data stream Logstash writes to created from it, two real
 * processor log lines (written by Spring Boot's structured log encoder as Compose
 * configures the service, each under its own trace) shipped as the Logstash pipeline
 * ships them, then each found by its trace id as a keyword, and by the words of its
 * message as text.
 */
class LogIndexIT {

	static final SecureRandom RANDOM = new SecureRandom();

	static final String OUTBOX_WARNING = "Batch b-4711 is stored but not yet published (broker unreachable); the outbox sweeper will publish it";

	static OpenSearchNode node;

	@BeforeAll
	static void start() throws Exception {
		node = OpenSearchNode.start();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void aServiceLogLineIsIndexedWithItsTraceIdAsAKeywordAndFoundByIt(@TempDir Path logs) throws Exception {
		LogstashPipeline pipeline = LogstashPipeline.read();
		String stream = pipeline.dataStreamName();
		installTemplate();
		OpenSearchNode.Answer created = node.call("PUT", "/_data_stream/" + stream, null);
		assertThat(created.status()).as(created.toString()).isEqualTo(200);
		JsonNode dataStream = node.call("GET", "/_data_stream/" + stream, null).json().path("data_streams").get(0);
		assertThat(dataStream.path("template").asString()).isEqualTo(ElasticsearchSetup.templateName());
		String backing = dataStream.path("indices").get(0).path("index_name").asString();

		String traceId = hex(16);
		String spanId = hex(8);
		String otherTraceId = hex(16);
		ServiceLog log = ServiceLog.open("processor", logs);
		// two of the processor's own log statements (OutboxRelay, Retrier)
		log.log("space.orbit.processor.telemetry.OutboxRelay",
				Map.of("traceId", traceId, "spanId", spanId, ServiceLog.REQUEST_ID, "req-4711"),
				(logger) -> logger.warn(
						"Batch {} is stored but not yet published ({}); the outbox sweeper will publish it", "b-4711",
						"broker unreachable"));
		log.log("space.orbit.processor.telemetry.Retrier", Map.of("traceId", otherTraceId, "spanId", hex(8)),
				(logger) -> logger.warn("{} failed ({} failure, attempt {}), retrying in {} ms: {}",
						"Store of batch b-4712", "transient", 2, 400, "connection reset"));
		List<String> lines = log.close();
		assertThat(lines).hasSize(2);
		JsonNode line = Queries.JSON.readTree(lines.get(0));
		// the service kit's renames applied by Boot's logstash format
		assertThat(line.path("trace_id").asString()).isEqualTo(traceId);
		assertThat(line.path("span_id").asString()).isEqualTo(spanId);
		assertThat(line.has("traceId")).isFalse();
		assertThat(line.path("@version").asString()).isEqualTo("1");

		StringBuilder bulk = new StringBuilder();
		List<ObjectNode> events = new ArrayList<>();
		for (String each : lines) {
			ObjectNode event = pipeline.apply(log.composePath, each);
			events.add(event);
			bulk.append("{\"create\":{\"_index\":\"").append(stream).append("\"}}\n").append(event).append('\n');
		}
		assertThat(events.get(0).path("service").asString()).isEqualTo("processor");
		assertThat(events.get(0).has("@version")).isFalse();
		assertThat(events.get(0).has("host")).isFalse();
		assertThat(events.get(0).has("event")).isFalse();
		OpenSearchNode.Answer indexed = node.bulk("/_bulk?refresh=true", bulk.toString());
		assertThat(indexed.status()).as(indexed.toString()).isEqualTo(200);
		assertThat(indexed.json().path("errors").asBoolean()).as(indexed.toString()).isFalse();
		for (JsonNode item : indexed.json().path("items")) {
			assertThat(item.path("create").path("status").asInt()).as(indexed.toString()).isEqualTo(201);
			assertThat(item.path("create").path("_index").asString()).isEqualTo(backing);
		}

		JsonNode index = node.call("GET", "/" + backing, null).json().path(backing);
		assertThat(index.path("settings").path("index").path("number_of_shards").asString()).isEqualTo("1");
		assertThat(index.path("settings").path("index").path("number_of_replicas").asString()).isEqualTo("0");
		JsonNode properties = index.path("mappings").path("properties");
		assertThat(type(properties, "trace_id")).isEqualTo("keyword");
		assertThat(type(properties, "span_id")).isEqualTo("keyword");
		assertThat(type(properties, "request_id")).isEqualTo("keyword");
		assertThat(type(properties, "service")).isEqualTo("keyword");
		assertThat(type(properties, "message")).isEqualTo("text");
		assertThat(type(properties, "@timestamp")).isEqualTo("date");
		assertThat(type(properties, "level_value")).isEqualTo("integer");
		// not in the template's properties: a string by the dynamic template
		assertThat(properties.path("log")
			.path("properties")
			.path("file")
			.path("properties")
			.path("path")
			.path("type")
			.asString()).isEqualTo("keyword");

		JsonNode found = search(term("trace_id", traceId));
		assertThat(found.path("total").path("value").asInt()).as(found.toString()).isEqualTo(1);
		JsonNode source = found.path("hits").get(0).path("_source");
		assertThat(source.path("message").asString()).isEqualTo(OUTBOX_WARNING);
		assertThat(source.path("span_id").asString()).isEqualTo(spanId);
		assertThat(source.path("request_id").asString()).isEqualTo("req-4711");
		assertThat(source.path("service").asString()).isEqualTo("processor");
		assertThat(source.path("level").asString()).isEqualTo("WARN");
		assertThat(source.path("logger_name").asString()).isEqualTo("space.orbit.processor.telemetry.OutboxRelay");
		assertThat(source.path("data_stream").path("dataset").asString()).isEqualTo("orbit");
		JsonNode other = search(term("trace_id", otherTraceId));
		assertThat(other.path("total").path("value").asInt()).isEqualTo(1);
		assertThat(other.path("hits").get(0).path("_source").path("message").asString()).isEqualTo(
				"Store of batch b-4712 failed (transient failure, attempt 2), retrying in 400 ms: connection reset");
		assertThat(search(term("trace_id", hex(16))).path("total").path("value").asInt()).as("an unknown trace id")
			.isZero();
		assertThat(search(term("trace_id", traceId.substring(0, 16))).path("total").path("value").asInt())
			.as("half of the trace id")
			.isZero();
		// a match query analyzes its text as the field does: a keyword as it is, text
		// lowercased
		assertThat(
				search(Map.of("match", Map.of("trace_id", traceId.toUpperCase()))).path("total").path("value").asInt())
			.as("the trace id in capitals")
			.isZero();
		assertThat(search(Map.of("match", Map.of("trace_id", traceId))).path("total").path("value").asInt())
			.isEqualTo(1);
		assertThat(search(term("span_id", spanId)).path("total").path("value").asInt()).isEqualTo(1);
		assertThat(search(term("service", "processor")).path("total").path("value").asInt()).isEqualTo(2);

		// the message is text: found by its words, in any case, not as one keyword
		JsonNode words = search(Map.of("match", Map.of("message", "STORED outbox")));
		assertThat(words.path("total").path("value").asInt()).as(words.toString()).isEqualTo(1);
		assertThat(words.path("hits").get(0).path("_source").path("trace_id").asString()).isEqualTo(traceId);
		JsonNode retrying = search(Map.of("match", Map.of("message", "retrying")));
		assertThat(retrying.path("total").path("value").asInt()).isEqualTo(1);
		assertThat(retrying.path("hits").get(0).path("_source").path("trace_id").asString()).isEqualTo(otherTraceId);
		assertThat(search(term("message", OUTBOX_WARNING)).path("total").path("value").asInt())
			.as("the whole message as one term")
			.isZero();
	}

	/**
	 * The template as the file says, under the setup's name. OpenSearch has no index
	 * lifecycle management (its ISM is a plugin, absent here, with settings of its own),
	 * so it refuses Elasticsearch's {@code index.lifecycle.name}: the test shows that
	 * refusal and that it concerns that setting, then installs the template without that
	 * one setting; LogShippingTest keeps the setting naming the setup's policy (ADR
	 * 0016).
	 */
	private static void installTemplate() {
		String name = ElasticsearchSetup.templateName();
		String file = ElasticsearchSetup.template();
		OpenSearchNode.Answer asIs = node.call("PUT", "/_index_template/" + name, file);
		assertThat(asIs.status()).as(asIs.toString()).isEqualTo(400);
		assertThat(asIs.json().path("error").path("reason").asString()).as(asIs.toString())
			.contains("unknown setting [" + ElasticsearchSetup.LIFECYCLE_SETTING + "]");
		ObjectNode template = (ObjectNode) Queries.JSON.readTree(file);
		ObjectNode settings = (ObjectNode) template.path("template").path("settings");
		assertThat(settings.remove(ElasticsearchSetup.LIFECYCLE_SETTING)).isNotNull();
		OpenSearchNode.Answer installed = node.call("PUT", "/_index_template/" + name, template.toString());
		assertThat(installed.status()).as(installed.toString()).isEqualTo(200);
		assertThat(installed.json().path("acknowledged").asBoolean()).isTrue();
	}

	private static Map<String, Object> term(String field, String value) {
		return Map.of("term", Map.of(field, value));
	}

	/** The {@code hits} of a search of the data stream. */
	private static JsonNode search(Map<String, Object> query) {
		String stream = LogstashPipeline.read().dataStreamName();
		OpenSearchNode.Answer answer = node.call("POST", "/" + stream + "/_search",
				Queries.JSON.writeValueAsString(Map.of("query", query)));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json().path("hits");
	}

	private static String type(JsonNode properties, String field) {
		return properties.path(field).path("type").asString();
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
