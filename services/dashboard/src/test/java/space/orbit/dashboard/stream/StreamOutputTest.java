package space.orbit.dashboard.stream;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.dashboard.TelemetryEncoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser is sent for the same records is the same whichever their encoding, and
 * what it was before the dashboard read columns (ADR 0030): the expected events were
 * written by the v1 reader's code path, on these very records. Frames in (t, q) order;
 * parameters dense, sparse and of mixed types (numbers, flags and text in one parameter),
 * several frames in one time and pixel column, a record of a spacecraft not subscribed
 * to, a frame too old for the chart's window.
 */
class StreamOutputTest {

	static final List<String> RECORDS = List.of("{\"spacecraftId\":\"ORB-1\","
			+ "\"batchId\":\"00000000-0000-0000-0000-000000000001\",\"receivedAt\":\"2023-11-14T22:13:21Z\",\"chunk\":0,"
			+ "\"frames\":[{\"timestamp\":\"2023-11-14T22:13:20.000000Z\",\"sequence\":1,"
			+ "\"samples\":{\"A\":1.5,\"M\":\"NADIR\",\"B\":true}},"
			+ "{\"timestamp\":\"2023-11-14T22:13:20.001500Z\",\"sequence\":2,\"samples\":{\"A\":2,\"X\":\"x\"}},"
			+ "{\"timestamp\":\"2023-11-14T22:13:20.001500Z\",\"sequence\":3,\"samples\":{\"X\":7.25,\"B\":false,\"M\":4}},"
			+ "{\"timestamp\":\"2023-11-14T22:13:20.250000Z\",\"sequence\":4,"
			+ "\"samples\":{\"A\":-3.0,\"X\":false,\"M\":\"SAFE\"}},"
			+ "{\"timestamp\":\"2023-11-14T22:13:20.250000Z\",\"sequence\":5,"
			+ "\"samples\":{\"A\":-4.0,\"X\":\"y\",\"M\":7,\"B\":false}}]}",
			"{\"spacecraftId\":\"ORB-2\",\"batchId\":\"00000000-0000-0000-0000-000000000002\","
					+ "\"receivedAt\":\"2023-11-14T22:13:22Z\",\"chunk\":0,\"frames\":["
					+ "{\"timestamp\":\"2023-11-14T22:13:21.000000Z\",\"sequence\":1,\"samples\":{\"A\":9.5,\"M\":\"IDLE\"}}]}",
			"{\"spacecraftId\":\"ORB-1\",\"batchId\":\"00000000-0000-0000-0000-000000000003\","
					+ "\"receivedAt\":\"2023-11-14T22:13:23Z\",\"chunk\":0,\"frames\":["
					+ "{\"timestamp\":\"2023-11-14T22:11:00.000000Z\",\"sequence\":6,\"samples\":{\"A\":100.0,\"B\":true}},"
					+ "{\"timestamp\":\"2023-11-14T22:13:20.300000Z\",\"sequence\":7,"
					+ "\"samples\":{\"B\":true,\"X\":12345678901,\"A\":0.125}},"
					+ "{\"timestamp\":\"2023-11-14T22:13:22.000000Z\",\"sequence\":8,\"samples\":{\"Z\":\"z\",\"X\":1e300}}]}");

	static final String POINTS = "{\"series\":[{\"spacecraftId\":\"ORB-1\",\"parameter\":\"A\",\"t\":[1700000000000,1700000000200,170000"
			+ "0000300],\"min\":[1.5,-4.0,0.125],\"max\":[2.0,-3.0,0.125],\"last\":[2.0,-4.0,0.125],\"count\":[2,"
			+ "2,1]},{\"spacecraftId\":\"ORB-1\",\"parameter\":\"B\",\"t\":[1700000000000,1700000000200,17000000003"
			+ "00],\"min\":[0.0,0.0,1.0],\"max\":[1.0,0.0,1.0],\"last\":[0.0,0.0,1.0],\"count\":[2,1,1]},{\"spacec"
			+ "raftId\":\"ORB-1\",\"parameter\":\"X\",\"t\":[1700000000000,1700000000200,1700000000300,17000000020"
			+ "00],\"min\":[7.25,0.0,1.2345678901E10,1.0E300],\"max\":[7.25,0.0,1.2345678901E10,1.0E300],\"las"
			+ "t\":[7.25,0.0,1.2345678901E10,1.0E300],\"count\":[1,1,1,1]},{\"spacecraftId\":\"ORB-1\",\"paramete"
			+ "r\":\"M\",\"t\":[1700000000000,1700000000200],\"min\":[4.0,7.0],\"max\":[4.0,7.0],\"last\":[4.0,7.0],"
			+ "\"count\":[1,1]}]}";

	/** Its objects' members in no particular order (a Map.of): compared as JSON. */
	static final String VALUES = "{\"values\":[{\"parameter\":\"M\",\"value\":\"SAFE\",\"t\":1700000000250,\"spacecraftId\":\"ORB-1\"},{\"par"
			+ "ameter\":\"X\",\"value\":\"y\",\"t\":1700000000250,\"spacecraftId\":\"ORB-1\"},{\"parameter\":\"Z\",\"value\""
			+ ":\"z\",\"t\":1700000002000,\"spacecraftId\":\"ORB-1\"}]}";

	static final String CONTACT = "{\"contacts\":{\"ORB-1\":1700000002000}}";

	static final String FLEET = "[Contact[spacecraftId=ORB-1, lastFrameAt=2023-11-14T22:13:22Z, receivedAt=2023-11-14T22:13"
			+ ":23Z, mode=SAFE, latitude=-3.0, longitude=null], Contact[spacecraftId=ORB-2, lastFrameAt=2"
			+ "023-11-14T22:13:21Z, receivedAt=2023-11-14T22:13:22Z, mode=IDLE, latitude=9.5, longitude=n" + "ull]]";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void aClientIsSentWhatItWasSentFromJson(TelemetryEncoding encoding) throws Exception {
		// An ordered set: the series are first touched frame by frame, parameters in the
		// subscription's order.
		StreamClient client = new StreamClient(1, new Subscription(Set.of("ORB-1"),
				new LinkedHashSet<>(List.of("X", "A", "M", "B", "Z")), Duration.ofMinutes(1), 600), 16, (w) -> {
				});
		FleetState fleet = new FleetState("M", "A", "B");
		for (String record : RECORDS) {
			client.accept(encoding.read(encoding.fromJson(record)));
			fleet.accept(encoding.read(encoding.fromJson(record)));
		}
		client.flush(JSON);

		StreamEvent points = client.queue().poll(0);
		assertThat(points.name()).isEqualTo("points");
		assertThat(points.json()).isEqualTo(POINTS);
		assertThat(points.weight()).isEqualTo(12);
		StreamEvent values = client.queue().poll(0);
		assertThat(values.name()).isEqualTo("values");
		assertThat(JSON.readTree(values.json())).isEqualTo(JSON.readTree(VALUES));
		assertThat(values.weight()).isEqualTo(3);
		StreamEvent contact = client.queue().poll(0);
		assertThat(contact.name()).isEqualTo("contact");
		assertThat(contact.json()).isEqualTo(CONTACT);
		assertThat(contact.weight()).isEqualTo(1);
		assertThat(client.queue().size()).isZero();
		assertThat(fleet.contacts()).hasToString(FLEET);
	}

}
