package space.orbit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardReportTest {

	private static StepResult step(double p99Seconds) {
		return new StepResult(100_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 100_200, 100_100, 0.5, 0.05, 0.09,
				p99Seconds, Double.NaN, Double.NaN, 0, Map.of("dashboard", new ProcessStats.Usage(0.31, 9.3, 400)),
				null, null, null);
	}

	private static StreamFigures.Phase phase(String name, double p99Seconds, StreamFigures.Readers readers) {
		return new StreamFigures.Phase(name, step(p99Seconds),
				new DashboardWatch.Figures(210, 512, 80, 75, (readers != null) ? 50 : 0, 70, 64, 12_345, 40), readers,
				"1.00 2.00 3.00", "1.50 2.00 3.00");
	}

	@Test
	void writesBothPartsAndAVerdictPerTarget(@TempDir Path out) throws Exception {
		StreamFigures stream = new StreamFigures(100_000, 50, phase("without clients", 0.120, null),
				phase("with 50 clients (1 stalled)", 0.150,
						new StreamFigures.Readers(49, 0, 30, 8.1, 4.0, 3.2, 0, "HTTP/1.1 200")),
				phase("without clients, again", 0.140, null));
		double mib = 1024 * 1024;
		PageFigures page = new PageFigures(25_000, "http://127.0.0.1:8080/?view=spacecraft", 60, 301, 8, 8_000, 13_760,
				100, 1_300, "", List.of(), 0, 0.35, true, "1.00 2.00 3.00", "1.00 2.00 3.00",
				List.of(new PageSample(0, 100, 10, 5, 1, 20 * mib, 30 * mib, 900, 40, true),
						new PageSample(300, 400, 40, 20, 4, 25 * mib, 30 * mib, 900, 40, false),
						new PageSample(301, 401, 40.3, 20, 4, 21 * mib, 30 * mib, 900, 40, true)),
				step(0.2));

		DashboardReport report = DashboardReport.of(Map.of("cores", "2"), stream, null, page, null);
		Path json = report.write(out);

		assertThat(report.verdicts()).hasSize(4);
		assertThat(report.verdicts().get("stored p99 with the clients within 10 % of without"))
			.startsWith("FAIL: ratio 1.25");
		assertThat(report.verdicts().get("the dashboard's heap bounded")).startsWith("PASS");
		assertThat(report.verdicts().get("the page's main thread busy under 25 %")).startsWith("PASS: 10.0 %");
		assertThat(report.verdicts().get("the page's JS heap flat within 10 MB")).startsWith("PASS: 20.0 -> 21.0 MiB");
		assertThat(report.markdown()).contains("| with 50 clients (1 stalled) | 100,200 |", "| **10.0 %** |",
				"the dashboard's back end 0.31 cores");
		assertThat(Files.readString(json)).contains("\"verdicts\"", "\"samples\"");
		assertThat(json.resolveSibling(json.getFileName().toString().replace(".json", ".md"))).exists();
	}

	@Test
	void aPartThatFailedIsSaidSo() {
		DashboardReport report = DashboardReport.of(Map.of(), null, "java.lang.IllegalStateException: no login", null,
				null);

		assertThat(report.markdown()).contains("Part A (stream clients) failed: java.lang.IllegalStateException");
		assertThat(report.verdicts()).isEmpty();
	}

}
