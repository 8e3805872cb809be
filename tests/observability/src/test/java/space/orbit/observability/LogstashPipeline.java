package space.orbit.observability;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * What deploy/observability/logstash/pipeline/orbit.conf does to one line of a service's
 * log file, read from that file (no Logstash runs here: README.md): the file input's
 * {@code path} glob and the fields it and the json codec add, the grok pattern that takes
 * the service from the file's path, the date filter (ISO 8601 {@code @timestamp} to UTC),
 * the fields the mutate removes, and the data stream the output writes to with the
 * {@code data_stream} fields it adds. Only what the file holds is supported; anything
 * else fails here rather than being guessed.
 */
final class LogstashPipeline {

	static final Path CONFIG = Repository.OBSERVABILITY.resolve("logstash/pipeline/orbit.conf");

	private static final Pattern GROK = Pattern
		.compile("grok\\s*\\{\\s*match\\s*=>\\s*\\{\\s*\"([^\"]+)\"\\s*=>\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}");

	private static final Pattern GROK_DATA = Pattern.compile("%\\{DATA:(\\w+)}");

	/** The input's glob, its codec, the grok, the removed fields, the data stream. */
	final String inputPath;

	final String codec;

	final String grokSource;

	final Pattern grok;

	final List<String> grokFields;

	final String grokFailureTag;

	final List<String> removedFields;

	final Map<String, String> dataStream;

	private LogstashPipeline(String config) {
		this.inputPath = find(config, "input\\s*\\{\\s*file\\s*\\{[^}]*?\\bpath\\s*=>\\s*\"([^\"]+)\"");
		this.codec = find(config, "input\\s*\\{\\s*file\\s*\\{[^}]*?\\bcodec\\s*=>\\s*(\\w+)");
		Matcher grok = GROK.matcher(config);
		if (!grok.find()) {
			throw new IllegalStateException(CONFIG + ": no grok match found");
		}
		this.grokSource = grok.group(1);
		String pattern = grok.group(2);
		List<String> fields = new ArrayList<>();
		Matcher data = GROK_DATA.matcher(pattern);
		StringBuilder regex = new StringBuilder();
		while (data.find()) {
			fields.add(data.group(1));
			data.appendReplacement(regex, Matcher.quoteReplacement("(?<" + data.group(1) + ">.*?)"));
		}
		data.appendTail(regex);
		if (regex.indexOf("%{") >= 0) {
			throw new IllegalStateException(CONFIG + ": grok pattern " + pattern + " uses more than DATA");
		}
		this.grok = Pattern.compile(regex.toString());
		this.grokFields = List.copyOf(fields);
		this.grokFailureTag = find(config, "tag_on_failure\\s*=>\\s*\\[\\s*\"([^\"]+)\"");
		String removed = find(config, "remove_field\\s*=>\\s*\\[([^\\]]*)]");
		this.removedFields = Pattern.compile("\"([^\"]+)\"").matcher(removed).results().map((m) -> m.group(1)).toList();
		Map<String, String> stream = new LinkedHashMap<>();
		for (String part : List.of("type", "dataset", "namespace")) {
			stream.put(part, find(config, "data_stream_" + part + "\\s*=>\\s*\"([^\"]+)\""));
		}
		this.dataStream = stream;
		if (!"true".equals(find(config, "\\bdata_stream\\s*=>\\s*\"([^\"]+)\""))) {
			throw new IllegalStateException(CONFIG + ": the output does not write to a data stream");
		}
	}

	static LogstashPipeline read() {
		try {
			return new LogstashPipeline(Files.readString(CONFIG));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + CONFIG, ex);
		}
	}

	/** {@code logs-orbit-default}: type-dataset-namespace. */
	String dataStreamName() {
		return String.join("-", this.dataStream.values());
	}

	boolean reads(String path) {
		return FileSystems.getDefault().getPathMatcher("glob:" + this.inputPath).matches(Path.of(path));
	}

	/**
	 * The event the output sends for {@code line} read from {@code path}: the json
	 * codec's object plus what the file input adds in Logstash 8's ECS mode
	 * ({@code [log][file][path]}, {@code host}, {@code [event][original]},
	 * {@code @version}), then the filters, then the output's {@code data_stream} fields.
	 */
	ObjectNode apply(String path, String line) {
		if (!"json".equals(this.codec)) {
			throw new IllegalStateException(CONFIG + ": codec " + this.codec + " is not json");
		}
		ObjectNode event = (ObjectNode) Queries.JSON.readTree(line);
		event.putObject("log").putObject("file").put("path", path);
		event.putObject("host").put("name", "logstash");
		event.putObject("event").put("original", line);
		if (!event.has("@version")) {
			event.put("@version", "1");
		}
		// grok
		if (!"[log][file][path]".equals(this.grokSource)) {
			throw new IllegalStateException(CONFIG + ": grok matches " + this.grokSource + ", not the file's path");
		}
		Matcher matcher = this.grok.matcher(path);
		if (matcher.find()) {
			this.grokFields.forEach((field) -> event.put(field, matcher.group(field)));
		}
		else {
			event.putArray("tags").add(this.grokFailureTag);
		}
		// date: ISO 8601 to Logstash's timestamp (UTC)
		event.put("@timestamp", OffsetDateTime.parse(event.path("@timestamp").asString()).toInstant().toString());
		// mutate
		this.removedFields.forEach(event::remove);
		// elasticsearch output, data_stream_sync_fields
		ObjectNode stream = event.putObject("data_stream");
		this.dataStream.forEach(stream::put);
		return event;
	}

	private static String find(String config, String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(config);
		if (!matcher.find()) {
			throw new IllegalStateException(CONFIG + ": nothing matches " + regex);
		}
		return matcher.group(1);
	}

}
