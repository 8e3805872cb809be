package space.orbit.dashboard.stream;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnReducerTest {

	private static final Series VOLTAGE = new Series("ORB-1", "EPS.BATTERY.VOLTAGE");

	@Test
	void reducesSamplesToMinMaxLastAndCountPerColumnAlignedToTheEpoch() {
		ColumnReducer reducer = new ColumnReducer(100, 10);
		reducer.add(VOLTAGE, 1_050, 28.0);
		reducer.add(VOLTAGE, 1_099, 30.0);
		reducer.add(VOLTAGE, 1_060, 27.0);
		reducer.add(VOLTAGE, 1_100, 29.0);

		List<ReducedSeries> drained = reducer.drain();

		assertThat(drained).hasSize(1);
		ReducedSeries series = drained.getFirst();
		assertThat(series.series()).isEqualTo(VOLTAGE);
		assertThat(series.t()).containsExactly(1_000, 1_100);
		assertThat(series.min()).containsExactly(27.0, 29.0);
		assertThat(series.max()).containsExactly(30.0, 29.0);
		assertThat(series.last()).containsExactly(27.0, 29.0);
		assertThat(series.count()).containsExactly(3, 1);
	}

	@Test
	void aThousandSamplesInOneColumnAreOneColumn() {
		ColumnReducer reducer = new ColumnReducer(1_000, 100);
		for (int i = 0; i < 1_000; i++) {
			reducer.add(VOLTAGE, 5_000 + i, i);
		}
		ReducedSeries series = reducer.drain().getFirst();
		assertThat(series.columns()).isEqualTo(1);
		assertThat(series.min()[0]).isEqualTo(0.0);
		assertThat(series.max()[0]).isEqualTo(999.0);
		assertThat(series.count()[0]).isEqualTo(1_000);
	}

	@Test
	void holdsAtMostWidthColumnsPerSeriesSkippingWhatFellOffTheWindow() {
		ColumnReducer reducer = new ColumnReducer(10, 50);
		for (int i = 0; i < 10_000; i++) {
			reducer.add(VOLTAGE, i * 10L, i);
			assertThat(reducer.held()).isLessThanOrEqualTo(50);
		}
		reducer.add(VOLTAGE, 0, -1.0);

		ReducedSeries series = reducer.drain().getFirst();
		assertThat(series.columns()).isEqualTo(50);
		assertThat(series.t()[49]).isEqualTo(99_990);
		assertThat(series.t()[0]).isEqualTo(99_500);
		assertThat(reducer.skipped()).isEqualTo(10_000 - 50 + 1);
	}

	@Test
	void drainingForgetsWhatWasSentAndKeepsSeriesApart() {
		ColumnReducer reducer = new ColumnReducer(100, 10);
		Series temperature = new Series("ORB-2", "THERMAL.PANEL.TEMP");
		reducer.add(VOLTAGE, 0, 1);
		reducer.add(temperature, 0, -12.5);
		assertThat(reducer.drain()).extracting(ReducedSeries::series).containsExactly(VOLTAGE, temperature);
		assertThat(reducer.drain()).isEmpty();
		assertThat(reducer.held()).isZero();
	}

	@Test
	void negativeTimesFallInTheColumnBelow() {
		ColumnReducer reducer = new ColumnReducer(100, 10);
		reducer.add(VOLTAGE, -1, 1);
		assertThat(reducer.drain().getFirst().t()).containsExactly(-100);
	}

}
