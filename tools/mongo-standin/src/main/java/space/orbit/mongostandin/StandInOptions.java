package space.orbit.mongostandin;

import java.nio.file.Path;

/**
 * The stand-in's command line: where it listens and where (if anywhere) it keeps data.
 */
record StandInOptions(String host, int port, Path data) {

	static StandInOptions parse(String[] args) {
		String host = "127.0.0.1";
		int port = 27017;
		Path data = null;
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : null;
			switch (args[i]) {
				case "--host" -> host = required(args[i], value);
				case "--port" -> port = port(required(args[i], value));
				case "--data" -> data = Path.of(required(args[i], value));
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
			i++;
		}
		return new StandInOptions(host, port, data);
	}

	private static String required(String option, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return value;
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--port must be 0-65535, got " + value);
		}
	}

}
