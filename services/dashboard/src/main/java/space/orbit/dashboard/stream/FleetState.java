package space.orbit.dashboard.stream;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import space.orbit.telemetry.columnar.TelemetryColumn;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * What the dashboard has seen of each spacecraft since it started: last contact (frame
 * time and receipt), its mode and its position as the telemetry reports them. Bounded to
 * {@link #MAX_SPACECRAFT} spacecraft. It reads three columns of a record
 * ({@link #reads(String)}), at its newest frame.
 */
final class FleetState implements HeardSpacecraft {

	static final int MAX_SPACECRAFT = 10_000;

	private final Map<String, Contact> contacts = new ConcurrentHashMap<>();

	private final String modeParameter;

	private final String latitudeParameter;

	private final String longitudeParameter;

	FleetState(String modeParameter, String latitudeParameter, String longitudeParameter) {
		this.modeParameter = modeParameter;
		this.latitudeParameter = latitudeParameter;
		this.longitudeParameter = longitudeParameter;
	}

	/**
	 * Whether it reads this parameter's column (the mode, the latitude, the longitude).
	 */
	boolean reads(String parameter) {
		return parameter.equals(this.modeParameter) || parameter.equals(this.latitudeParameter)
				|| parameter.equals(this.longitudeParameter);
	}

	/**
	 * Takes the record's newest frame: the first of the frames at the latest time (the
	 * lowest sequence), as the first of them in the processor's (t, q) order always was.
	 */
	void accept(TelemetryColumns record) {
		int n = record.frameCount();
		if (n == 0 || (this.contacts.size() >= MAX_SPACECRAFT && !this.contacts.containsKey(record.spacecraftId()))) {
			return;
		}
		long[] times = record.times();
		int newest = n - 1;
		while (newest > 0 && times[newest - 1] == times[n - 1]) {
			newest--;
		}
		int frame = newest;
		this.contacts.compute(record.spacecraftId(), (id, old) -> {
			Instant time = Instant.ofEpochSecond(0, times[frame] * 1_000L);
			if (old != null && old.lastFrameAt().isAfter(time)) {
				return old;
			}
			String mode = text(record.column(this.modeParameter), frame);
			Double latitude = number(record.column(this.latitudeParameter), frame);
			Double longitude = number(record.column(this.longitudeParameter), frame);
			return new Contact(id, time, Instant.ofEpochSecond(0, record.receivedAtMicros() * 1_000L),
					(mode != null) ? mode : (old != null) ? old.mode() : null,
					(latitude != null) ? latitude : (old != null) ? old.latitude() : null,
					(longitude != null) ? longitude : (old != null) ? old.longitude() : null);
		});
	}

	List<Contact> contacts() {
		return this.contacts.values().stream().sorted(Comparator.comparing(Contact::spacecraftId)).toList();
	}

	@Override
	public List<String> spacecraftIds() {
		return this.contacts.keySet().stream().sorted().toList();
	}

	/**
	 * The column's value at the frame as text (numbers and flags as Java prints them).
	 */
	private static String text(TelemetryColumn column, int frame) {
		int i = valueIndex(column, frame);
		if (i < 0) {
			return null;
		}
		return switch (column.valueType(i)) {
			case DOUBLE -> Double.toString(column.doubles()[i]);
			case LONG -> Long.toString(column.longs()[i]);
			case BOOLEAN -> Boolean.toString(column.booleans()[i]);
			case STRING -> column.strings()[i];
			case MIXED -> null;
		};
	}

	/** The column's value at the frame if it is a number. */
	private static Double number(TelemetryColumn column, int frame) {
		int i = valueIndex(column, frame);
		if (i < 0) {
			return null;
		}
		return switch (column.valueType(i)) {
			case DOUBLE -> column.doubles()[i];
			case LONG -> (double) column.longs()[i];
			default -> null;
		};
	}

	/** The index of the frame's value in the column, or -1 when it has none. */
	private static int valueIndex(TelemetryColumn column, int frame) {
		if (column == null || !column.present(frame)) {
			return -1;
		}
		if (column.dense()) {
			return frame;
		}
		int before = 0;
		for (int f = 0; f < frame; f++) {
			if (column.present(f)) {
				before++;
			}
		}
		return before;
	}

	/**
	 * One spacecraft as last heard.
	 *
	 * @param spacecraftId the spacecraft
	 * @param lastFrameAt the newest frame's timestamp
	 * @param receivedAt when ingest received it
	 * @param mode the mode parameter's latest value, or null
	 * @param latitude the latest reported latitude (degrees), or null
	 * @param longitude the latest reported longitude (degrees), or null
	 */
	record Contact(String spacecraftId, Instant lastFrameAt, Instant receivedAt, String mode, Double latitude,
			Double longitude) {
	}

}
