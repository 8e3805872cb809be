package space.orbit.simulator.fault;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A scenario file: a YAML or JSON list of fault specs, bare or under {@code faults:}.
 * <pre>
 * faults:
 *   - stuck:ORB-2:THERMAL.PANEL.TEMP@+30s
 *   - silent:ORB-3@+1m/2m
 * </pre>
 */
public final class ScenarioFile {

	/** What a scenario file looks like, for error messages. */
	public static final String FORM = "a YAML or JSON list of fault specs, bare or under 'faults:', "
			+ "e.g. faults: [\"stuck:ORB-2:THERMAL.PANEL.TEMP@+30s\", \"silent:ORB-3@+1m/2m\"]";

	private ScenarioFile() {
	}

	/**
	 * The fault specs in a scenario file, unparsed.
	 * @throws IllegalArgumentException when the file cannot be read or has another shape
	 */
	public static List<String> read(Path file) {
		Object document;
		try (Reader reader = Files.newBufferedReader(file)) {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(file + " is not YAML or JSON: " + ex.getMessage(), ex);
		}
		if (document instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("faults")) {
			document = map.get("faults");
		}
		if (!(document instanceof List<?> entries)) {
			throw new IllegalArgumentException(file + " must hold " + FORM);
		}
		List<String> specs = new ArrayList<>(entries.size());
		for (Object entry : entries) {
			if (!(entry instanceof String spec)) {
				throw new IllegalArgumentException(file + ": entry " + (specs.size() + 1) + " (" + entry
						+ ") is not a fault spec string; the file must hold " + FORM);
			}
			specs.add(spec);
		}
		return specs;
	}

}
