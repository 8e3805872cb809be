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
 * Bad input is answered with an RFC 9457 problem naming what is wrong, never a 5xx, and
 * counted in {@code orbit_jobs_rejected_total}; the API is described at /v3/api-docs.
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
	@CsvSource(delimiter = '|',
			textBlock = """
							unknown type | 400 | {"type":"WARP_DRIVE"} | WARP_DRIVE
							not JSON | 400 | {"type": | type
							no stations | 400 | {"type":"PASS_PREDICTION",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | stations
							end before start | 400 | {"type":"PASS_PREDICTION",TLE,STATION,"start":"2026-11-22T00:00:00Z","end":"2026-11-21T00:00:00Z"} | must come after
							horizon too long | 400 | {"type":"GROUND_TRACK",TLE,"start":"2026-11-01T00:00:00Z","end":"2026-11-30T00:00:00Z"} | limit of 168 hours
							too many points | 400 | {"type":"GROUND_TRACK",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-27T00:00:00Z","stepSeconds":1} | points
							tle and spacecraft | 400 | {"type":"GROUND_TRACK",TLE,"spacecraftId":"ORB-2","start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | either
							bad checksum | 400 | {"type":"GROUND_TRACK","tle":{"line1":"1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9991","line2":"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11"},"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | checksum
							latitude out of range | 400 | {"type":"PASS_PREDICTION",TLE,"stations":[{"name":"X","latitude":95,"longitude":0,"altitude":0,"minElevation":5}],"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | stations[0].latitude
							one object | 400 | {"type":"CONJUNCTION_SCREENING",OBJECT,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","thresholdKm":5} | 2 to
							negative threshold | 400 | {"type":"CONJUNCTION_SCREENING",OBJECT,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","thresholdKm":-5} | thresholdKm
							misspelt field | 400 | {"type":"GROUND_TRACK",TLE,"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z","stepSecs":5} | stepSecs
					unknown spacecraft | 422 | {"type":"GROUND_TRACK","spacecraftId":"NOPE-9","start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"} | NOPE-9
							""")
	void refusesWithAProblem(String name, int status, String body, String detail) {
		double before = rejected();
		String json = body.replace("TLE", TLE)
			.replace("STATION", STATION)
			.replace("OBJECT", "\"objects\":[{\"id\":\"A\"," + TLE + "}]");

		HttpResponse<String> response = this.api.post(json);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = Api.JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).startsWith("urn:orbit:problem:");
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(response.body()).contains(detail);
		assertThat(rejected()).isEqualTo(before + 1);
	}

	@Test
	void answersUnknownAndMalformedJobIds() {
		assertThat(this.api.get("/api/v1/jobs/3b1f6f3e-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/jobs/not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(this.api.delete("3b1f6f3e-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
	}

	@Test
	void describesTheApi() {
		HttpResponse<String> docs = this.api.get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/jobs").contains("/api/v1/jobs/{id}");
	}

	private double rejected() {
		return this.api.get("/metrics")
			.body()
			.lines()
			.filter((line) -> line.startsWith("orbit_jobs_rejected_total"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
