package space.orbit.console.history;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRowsTest {

	@Test
	void twoParametersMergeIntoOneRowPerTimeInTheQueriedOrder() {
		ArchiveSeries volts = new ArchiveSeries("VOLTS", "V",
				List.of(point("2026-11-21T10:00:00Z", 28.1), point("2026-11-21T10:00:01Z", 28.2)), false);
		ArchiveSeries temp = new ArchiveSeries("TEMP", "degC",
				List.of(point("2026-11-21T10:00:01Z", -3.0), point("2026-11-21T10:00:02Z", -2.0)), false);

		List<HistoryRows.Row> rows = HistoryRows.merge(List.of(volts, temp));

		assertThat(rows).extracting(HistoryRows.Row::time)
			.containsExactly("2026-11-21T10:00:00Z", "2026-11-21T10:00:01Z", "2026-11-21T10:00:02Z");
		assertThat(rows.get(0).of(1)).isNull();
		assertThat(rows.get(1).of(0).calibrated()).isEqualTo(28.2);
		assertThat(rows.get(1).of(1).calibrated()).isEqualTo(-3.0);
		assertThat(HistoryRows.chart(List.of(volts, temp)).get(1).points()).hasSize(2);
	}

	@Test
	void valuesShowSixSignificantDigitsWithoutTrailingZeros() {
		assertThat(HistoryView.significant(28.1)).isEqualTo("28.1");
		assertThat(HistoryView.significant(28.123456789)).isEqualTo("28.1235");
		assertThat(HistoryView.significant(-3.0)).isEqualTo("-3");
		assertThat(HistoryView.significant(2810.0)).isEqualTo("2810");
	}

	private static ArchiveSeries.Point point(String time, double value) {
		return new ArchiveSeries.Point(time, Double.toString(value * 100), value, 1, null, null);
	}

}
