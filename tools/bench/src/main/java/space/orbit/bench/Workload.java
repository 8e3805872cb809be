package space.orbit.bench;

/**
 * The shapes the reference tools imitate: the simulator's frames (about 40 samples, 1.2
 * KiB of JSON), batched about 200 frames to a request (one RabbitMQ message) and up to
 * 5,000 samples to a Kafka event.
 */
final class Workload {

	static final int SAMPLES_PER_MESSAGE = 200 * OrbitStep.SAMPLES_PER_FRAME;

	static final int MESSAGE_BYTES = 200 * 1_250;

	static final int SAMPLES_PER_EVENT = 1_600;

	static final int EVENT_BYTES = 1_600 * 30;

	private Workload() {
	}

	/** A samples object like one of the simulator's frames. */
	static String samplesJson() {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < OrbitStep.SAMPLES_PER_FRAME; i++) {
			json.append((i > 0) ? "," : "")
				.append("\"SUBSYSTEM")
				.append(i % 6)
				.append(".PARAMETER")
				.append(i)
				.append("\":")
				.append((i % 7 == 0) ? "\"NOMINAL\"" : Double.toString(27.5 + i * 0.0137));
		}
		return json.append('}').toString();
	}

}
