package space.orbit.console.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

/**
 * Up to two series over one UTC time axis, drawn on the server as SVG like
 * {@link SvgLineChart}: each series on its own vertical scale (the first labelled on the
 * left, the second on the right, in its colour), so parameters of different units compare
 * on one time axis.
 */
public final class TimeSeriesChart {

	static final String[] COLOURS = { "#1676f3", "#e8590c" };

	private static final int WIDTH = 760;

	private static final int HEIGHT = 260;

	private static final int LEFT = 64;

	private static final int RIGHT = WIDTH - 64;

	private static final int TOP = 26;

	private static final int BOTTOM = HEIGHT - 30;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private TimeSeriesChart() {
	}

	/**
	 * A series: points of (epoch seconds, value), time ascending.
	 *
	 * @param name the legend's name
	 * @param unit its unit, or null
	 * @param points the points
	 */
	public record Series(String name, String unit, List<double[]> points) {
	}

	public static Div of(List<Series> series) {
		Div chart = new Div();
		chart.getElement().setProperty("innerHTML", svg(series));
		return chart;
	}

	public static String svg(List<Series> series) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\""
				+ WIDTH + "\" height=\"" + HEIGHT + "\" role=\"img\" font-size=\"11\" font-family=\"sans-serif\">");
		svg.append(line(LEFT, TOP, LEFT, BOTTOM)).append(line(LEFT, BOTTOM, RIGHT, BOTTOM));
		double minX = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		for (Series one : series) {
			for (double[] point : one.points()) {
				minX = Math.min(minX, point[0]);
				maxX = Math.max(maxX, point[0]);
			}
		}
		if (!(maxX > minX)) {
			svg.append(text(WIDTH / 2, HEIGHT / 2, "middle", "currentColor", "nothing to draw")).append("</svg>");
			return svg.toString();
		}
		for (int s = 0; s < Math.min(2, series.size()); s++) {
			drawSeries(svg, series.get(s), s, minX, maxX);
		}
		svg.append(text(LEFT, BOTTOM + 16, "start", "currentColor", time(minX)))
			.append(text((LEFT + RIGHT) / 2, BOTTOM + 16, "middle", "currentColor", time((minX + maxX) / 2)))
			.append(text(RIGHT, BOTTOM + 16, "end", "currentColor", time(maxX)))
			.append(text((LEFT + RIGHT) / 2, HEIGHT - 2, "middle", "currentColor", "time (UTC)"))
			.append("</svg>");
		return svg.toString();
	}

	private static void drawSeries(StringBuilder svg, Series series, int index, double minX, double maxX) {
		String colour = COLOURS[index];
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (double[] point : series.points()) {
			minY = Math.min(minY, point[1]);
			maxY = Math.max(maxY, point[1]);
		}
		String legend = series.name() + ((series.unit() != null) ? " (" + series.unit() + ")" : "");
		int legendX = (index == 0) ? LEFT : RIGHT;
		svg.append(text(legendX, TOP - 10, (index == 0) ? "start" : "end", colour, legend));
		if (series.points().isEmpty()) {
			return;
		}
		double spanY = (maxY > minY) ? maxY - minY : 1;
		svg.append("<polyline data-series=\"")
			.append(SvgLineChart.escape(series.name()))
			.append("\" fill=\"none\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"1.5\" points=\"");
		for (double[] point : series.points()) {
			double x = LEFT + (point[0] - minX) / (maxX - minX) * (RIGHT - LEFT);
			double y = BOTTOM - (point[1] - minY) / spanY * (BOTTOM - TOP);
			svg.append(format(x)).append(',').append(format(y)).append(' ');
		}
		svg.append("\"/>");
		int axisX = (index == 0) ? LEFT - 4 : RIGHT + 4;
		String anchor = (index == 0) ? "end" : "start";
		if (index == 1) {
			svg.append(line(RIGHT, TOP, RIGHT, BOTTOM));
		}
		svg.append(text(axisX, TOP + 4, anchor, colour, number(maxY)))
			.append(text(axisX, BOTTOM, anchor, colour, number(minY)));
	}

	private static String time(double epochSeconds) {
		return TIME.format(Instant.ofEpochMilli(Math.round(epochSeconds * 1000)));
	}

	private static String line(int x1, int y1, int x2, int y2) {
		return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
				+ "\" stroke=\"#888\" stroke-width=\"1\"/>";
	}

	private static String text(int x, int y, String anchor, String colour, String text) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\">"
				+ SvgLineChart.escape(text) + "</text>";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

}
