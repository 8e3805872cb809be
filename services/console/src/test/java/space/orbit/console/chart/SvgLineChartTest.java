package space.orbit.console.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgLineChartTest {

	@Test
	void thePointsSpanThePlotArea() {
		String svg = SvgLineChart.svg(List.of(new double[] { 0, -40 }, new double[] { 4095, 85 }), "raw", "degC");
		// x from the left margin to the right edge, y from the bottom to the top.
		assertThat(svg).contains("points=\"40.0,155.0 350.0,10.0 \"");
		assertThat(svg).contains(">-40.00<").contains(">85.00<").contains(">4095<").contains(">degC<");
	}

	@Test
	void labelsAreEscaped() {
		String svg = SvgLineChart.svg(List.of(new double[] { 0, 0 }, new double[] { 1, 1 }), "raw <x>", "a&b");
		assertThat(svg).contains("raw &lt;x&gt;").contains("a&amp;b").doesNotContain("<x>");
	}

	@Test
	void fewerThanTwoPointsDrawNoLine() {
		assertThat(SvgLineChart.svg(List.of(new double[] { 0, 0 }), "x", "y")).doesNotContain("polyline")
			.contains("nothing to draw");
	}

}
