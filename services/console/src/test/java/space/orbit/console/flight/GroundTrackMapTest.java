package space.orbit.console.flight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ground track map cuts tracks at the 180° meridian, both ways. */
class GroundTrackMapTest {

	@Test
	void aTrackCrossingTheAntimeridianEastwardIsCutAtPlusAndMinus180() {
		List<List<double[]>> segments = GroundTrackMap.split(List.of(new double[] { 10, 170 }, new double[] { 20, 178 },
				new double[] { 30, -178 }, new double[] { 40, -170 }));
		assertThat(segments).hasSize(2);
		double[] end = segments.get(0).get(segments.get(0).size() - 1);
		double[] start = segments.get(1).get(0);
		assertThat(end[1]).isEqualTo(180);
		assertThat(start[1]).isEqualTo(-180);
		// halfway between 178 and -178 (182): latitude 25
		assertThat(end[0]).isCloseTo(25, within(1e-9));
		assertThat(start[0]).isCloseTo(25, within(1e-9));
		assertThat(segments.get(1)).hasSize(3);
	}

	@Test
	void aTrackCrossingWestwardIsCutAtMinusAndPlus180AndOneThatDoesNotIsOnePath() {
		List<List<double[]>> west = GroundTrackMap.split(List.of(new double[] { 0, -179 }, new double[] { 0, 179 }));
		assertThat(west).hasSize(2);
		assertThat(west.get(0).get(1)[1]).isEqualTo(-180);
		assertThat(west.get(1).get(0)[1]).isEqualTo(180);
		assertThat(GroundTrackMap.split(List.of(new double[] { 0, -10 }, new double[] { 5, 10 }))).hasSize(1);
		String svg = GroundTrackMap.svg(List.of(new double[] { 0, 179 }, new double[] { 0, -179 }));
		assertThat(svg.split("<polyline", -1)).hasSize(3);
		assertThat(svg).contains("data-start");
	}

}
