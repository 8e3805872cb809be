package space.orbit.dashboard.stream;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import space.orbit.telemetry.TelemetryRecord;

/**
 * What the dashboard has seen of each spacecraft since it started: last contact (frame
 * time and receipt), its mode and its position as the telemetry reports them. Bounded to
 * {@link #MAX_SPACECRAFT} spacecraft.
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

	void accept(TelemetryRecord record) {
		if (record.frames().isEmpty()
				|| (this.contacts.size() >= MAX_SPACECRAFT && !this.contacts.containsKey(record.spacecraftId()))) {
			return;
		}
		TelemetryRecord.Frame newest = record.frames().getFirst();
		for (TelemetryRecord.Frame frame : record.frames()) {
			if (frame.timeMicros() > newest.timeMicros()) {
				newest = frame;
			}
		}
		TelemetryRecord.Frame frame = newest;
		this.contacts.compute(record.spacecraftId(), (id, old) -> {
			Instant time = Instant.ofEpochSecond(0, frame.timeMicros() * 1_000L);
			if (old != null && old.lastFrameAt().isAfter(time)) {
				return old;
			}
			Object mode = frame.samples().get(this.modeParameter);
			Double latitude = number(frame.samples().get(this.latitudeParameter));
			Double longitude = number(frame.samples().get(this.longitudeParameter));
			return new Contact(id, time, Instant.ofEpochSecond(0, record.receivedAtMicros() * 1_000L),
					(mode != null) ? mode.toString() : (old != null) ? old.mode() : null,
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

	private static Double number(Object value) {
		return (value instanceof Number number) ? number.doubleValue() : null;
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
