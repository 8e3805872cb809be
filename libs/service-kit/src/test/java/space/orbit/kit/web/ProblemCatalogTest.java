package space.orbit.kit.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/problems.md and the {@link ProblemType} registry say the same: every type with its
 * status and title, and an example of each that is a complete problem of that type.
 */
class ProblemCatalogTest {

	static final Path CATALOG = Path.of("../../docs/problems.md");

	private static final Pattern ROW = Pattern
		.compile("^\\| `(urn:orbit:problem:[a-z-]+)` \\| (\\d{3}) \\| ([^|]+) \\|", Pattern.MULTILINE);

	private static final Pattern EXAMPLE = Pattern.compile("^### `(urn:orbit:problem:[a-z-]+)`\\n```json\\n(.*?)\\n```",
			Pattern.MULTILINE | Pattern.DOTALL);

	@Test
	void theTableListsEveryTypeOfTheRegistryWithItsStatusAndTitle() throws IOException {
		Map<String, String> documented = new LinkedHashMap<>();
		Matcher row = ROW.matcher(catalog());
		while (row.find()) {
			documented.put(row.group(1), row.group(2) + " " + row.group(3).strip());
		}
		assertThat(documented).isEqualTo(registry());
	}

	@Test
	void everyTypeHasOneExampleThatIsACompleteProblemOfThatType() throws IOException {
		Map<String, JsonNode> examples = new LinkedHashMap<>();
		Matcher example = EXAMPLE.matcher(catalog());
		while (example.find()) {
			assertThat(examples.put(example.group(1), JsonMapper.shared().readTree(example.group(2))))
				.as("a second example of %s", example.group(1))
				.isNull();
		}
		assertThat(examples.keySet()).isEqualTo(registry().keySet());
		for (ProblemType type : ProblemType.values()) {
			JsonNode problem = examples.get(type.uri().toString());
			assertThat(problem.path("type").asString()).isEqualTo(type.uri().toString());
			assertThat(problem.path("status").asInt()).as(type.slug()).isEqualTo(type.status().value());
			assertThat(problem.path("title").asString()).as(type.slug()).isEqualTo(type.title());
			assertThat(problem.path("detail").asString()).as(type.slug()).isNotBlank();
			assertThat(problem.path("instance").asString()).as(type.slug()).startsWith("/api/");
			assertThat(problem.path("requestId").asString()).as(type.slug()).isNotBlank();
		}
	}

	private static Map<String, String> registry() {
		return Arrays.stream(ProblemType.values())
			.collect(Collectors.toMap((type) -> type.uri().toString(),
					(type) -> type.status().value() + " " + type.title(), (a, b) -> a, LinkedHashMap::new));
	}

	private static String catalog() throws IOException {
		return Files.readString(CATALOG);
	}

}
