package space.orbit.worker.jobs;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is answered with the kit's RFC 9457 problems (ADR 0012): 400 for a body that
 * is not JSON, 422 {@code invalid-request} with an error pointing at what is wrong, never
 * a 5xx; each counted in {@code orbit_requests_rejected_total{type,reason}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadRequestsIT extends WorkerTestInfrastructure {

	static final String TLE = "\"tle\":{\"line1\":\"" + JobsApiIT.ORB_2_LINE_1 + "\",\"line2\":\""
			+ JobsApiIT.ORB_2_LINE_2 + "\"}";

	static final String STATION = "\"stations\":[{\"name\":\"K\",\"latitude\":67.8,\"longitude\":20.9,\"altitude\":0,\"minElevation\":5}]";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api("http://127.0.0.1:" + this.port);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					unknown type | {"type":"WARP_DRIVE"} | /type | unknown_type | one of CONJUNCTION_SCREENING, GROUND_TRACK, PASS_PREDICTION, SPECTRAL_ANALYSIS, was 'WARP_DRIVE'
					no type | {"priority":4} | /type | missing_type | is required
					no stations | {"type":"PASS_PREDICTION",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | /stations | not_empty | must not be empty
					end before start | {"type":"PASS_PREDICTION",TLE,STATION,"start":"2026-11-22T00:00:00Z","end":"2026-11-21T00:00:00Z"} | /end | end_before_start | must come after
					horizon too long | {"type":"GROUND_TRACK",TLE,"start":"2026-11-01T00:00:00Z","end":"2026-11-30T00:00:00Z"} | /end | span_too_long | limit of 168 hours
					too many points | {"type":"GROUND_TRACK",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-27T00:00:00Z","stepSeconds":1} | /stepSeconds | too_many_points | points
					tle and spacecraft | {"type":"GROUND_TRACK",TLE,"spacecraftId":"ORB-2","start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | /tle | tle_or_spacecraft | either
					bad checksum | {"type":"GROUND_TRACK","tle":{"line1":"1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9991","line2":"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11"},"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | /tle | invalid_tle | checksum
					latitude out of range | {"type":"PASS_PREDICTION",TLE,"stations":[{"name":"X","latitude":95,"longitude":0,"altitude":0,"minElevation":5}],"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | /stations/0/latitude | decimal_max | must be less than or equal to 90
					one object | {"type":"CONJUNCTION_SCREENING",OBJECT,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","thresholdKm":5} | /objects | catalog_size | 2 to
					negative threshold | {"type":"CONJUNCTION_SCREENING",OBJECT,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","thresholdKm":-5} | /thresholdKm | decimal_min | must be greater than 0
					misspelt field | {"type":"GROUND_TRACK",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","stepSecs":5} | /stepSecs | unknown_field | is not a field here
					wrong JSON type | {"type":"GROUND_TRACK",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","stepSeconds":"fast"} | /stepSeconds | invalid_value | 'fast'
					unknown spacecraft | {"type":"GROUND_TRACK","spacecraftId":"NOPE-9","start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | /spacecraftId | unknown_spacecraft | NOPE-9
					unknown spacecraft in a catalog | {"type":"CONJUNCTION_SCREENING",OBJECT,"spacecraftIds":["NOPE-9"],"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","thresholdKm":5} | /spacecraftIds/0 | unknown_spacecraft | NOPE-9
					""")
	void refusesAnInvalidJobWith422(String name, String body, String pointer, String reason, String detail) {
		double before = rejected("invalid-request", reason);
		String json = body.replace("TLE", TLE)
			.replace("STATION", STATION)
			.replace("OBJECT", "\"objects\":[{\"id\":\"A\"," + TLE + "}]");

		HttpResponse<String> response = this.api.post(json);

		JsonNode problem = assertProblem(response, 422, "invalid-request");
		JsonNode error = problem.path("errors").get(0);
		assertThat(error.path("pointer").asString()).isEqualTo(pointer);
		assertThat(error.path("reason").asString()).isEqualTo(reason);
		assertThat(error.path("detail").asString()).contains(detail);
		assertThat(rejected("invalid-request", reason)).isEqualTo(before + 1);
	}

	@Test
	void refusesABodyThatIsNotJsonWith400() {
		double before = rejected("malformed-request", "malformed-request");

		HttpResponse<String> response = this.api.post("{\"type\":");

		assertThat(assertProblem(response, 400, "malformed-request").path("detail").asString())
			.contains("not valid JSON");
		assertThat(rejected("malformed-request", "malformed-request")).isEqualTo(before + 1);
	}

	@Test
	void answersUnknownAndMalformedJobIds() {
		assertProblem(this.api.get("/api/v1/jobs/3b1f6f3e-0000-4000-8000-000000000000"), 404, "not-found");
		JsonNode badId = assertProblem(this.api.get("/api/v1/jobs/not-a-uuid"), 400, "invalid-parameter");
		assertThat(badId.path("errors").get(0).path("parameter").asString()).isEqualTo("id");
		assertProblem(this.api.delete("3b1f6f3e-0000-4000-8000-000000000000"), 404, "not-found");
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Api.JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:orbit:problem:" + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	/** The kit's {@code orbit_requests_rejected_total{type,reason}}, through /metrics. */
	private double rejected(String type, String reason) {
		return this.api.get("/metrics")
			.body()
			.lines()
			.filter((line) -> line.startsWith("orbit_requests_rejected_total{")
					&& line.contains("type=\"" + type + "\"") && line.contains("reason=\"" + reason + "\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
