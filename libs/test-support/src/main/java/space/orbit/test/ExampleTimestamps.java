package space.orbit.test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Moves an example's {@code timestamp} fields to now, keeping the spans between them: for
 * examples whose timestamps only show the format ({@code x-orbit-timestamps:
 * relative-to-now}), which a service taking recent data only would refuse a year on.
 */
public final class ExampleTimestamps {

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ExampleTimestamps() {
	}

	public static JsonNode movedToNow(JsonNode example) {
		List<ObjectNode> holders = new ArrayList<>();
		collect(example, holders);
		Instant earliest = holders.stream()
			.map((holder) -> parse(holder.get("timestamp").asString()))
			.min(Instant::compareTo)
			.orElse(null);
		if (earliest == null) {
			return example;
		}
		JsonNode moved = example.deepCopy();
		holders.clear();
		collect(moved, holders);
		Duration shift = Duration.between(earliest, Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60));
		for (ObjectNode holder : holders) {
			Instant at = parse(holder.get("timestamp").asString()).plus(shift);
			holder.set("timestamp", StringNode.valueOf(MICROS.format(at)));
		}
		return moved;
	}

	private static void collect(JsonNode node, List<ObjectNode> holders) {
		if (node instanceof ObjectNode object) {
			JsonNode timestamp = object.get("timestamp");
			if (timestamp != null && timestamp.isString() && parse(timestamp.asString()) != null) {
				holders.add(object);
			}
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				collect(field.getValue(), holders);
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collect(element, holders));
		}
	}

	private static Instant parse(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
