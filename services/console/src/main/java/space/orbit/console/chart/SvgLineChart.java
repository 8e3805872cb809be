package space.orbit.console.chart;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

/**
 * A line chart drawn on the server as SVG (ADR 0014: no front-end build): a polyline over
 * the points' range, the axes' ends labelled. Points are (x, y) pairs, x ascending.
 */
public final class SvgLineChart {

	private static final int WIDTH = 360;

	private static final int HEIGHT = 180;

	private static final int MARGIN = 40;

	private SvgLineChart() {
	}

	/** The chart as a component (the SVG parsed by the browser as HTML content). */
	public static Div of(List<double[]> points, String xLabel, String yLabel) {
		Div chart = new Div();
		chart.getElement().setProperty("innerHTML", svg(points, xLabel, yLabel));
		return chart;
	}

	/** The chart at a size of its own, in pixels. */
	public static Div of(List<double[]> points, String xLabel, String yLabel, int width, int height) {
		Div chart = new Div();
		chart.getElement().setProperty("innerHTML", svg(points, xLabel, yLabel, width, height));
		return chart;
	}

	/** The SVG text; an empty frame with a note when there are fewer than two points. */
	public static String svg(List<double[]> points, String xLabel, String yLabel) {
		return svg(points, xLabel, yLabel, WIDTH, HEIGHT);
	}

	/** The SVG text at a size of its own, in pixels. */
	public static String svg(List<double[]> points, String xLabel, String yLabel, int width, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" role=\"img\" font-size=\"10\" font-family=\"sans-serif\">");
		int right = width - 10;
		int bottom = height - 25;
		svg.append(line(MARGIN, 10, MARGIN, bottom)).append(line(MARGIN, bottom, right, bottom));
		if (points.size() < 2) {
			svg.append(text(width / 2, height / 2, "middle", "nothing to draw")).append("</svg>");
			return svg.toString();
		}
		double minX = points.get(0)[0];
		double maxX = points.get(points.size() - 1)[0];
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (double[] point : points) {
			minY = Math.min(minY, point[1]);
			maxY = Math.max(maxY, point[1]);
		}
		double spanX = (maxX > minX) ? maxX - minX : 1;
		double spanY = (maxY > minY) ? maxY - minY : 1;
		svg.append("<polyline fill=\"none\" stroke=\"#1676f3\" stroke-width=\"2\" points=\"");
		for (double[] point : points) {
			double x = MARGIN + (point[0] - minX) / spanX * (right - MARGIN);
			double y = bottom - (point[1] - minY) / spanY * (bottom - 10);
			svg.append(format(x)).append(',').append(format(y)).append(' ');
		}
		svg.append("\"/>");
		svg.append(text(MARGIN - 3, 14, "end", number(maxY)))
			.append(text(MARGIN - 3, bottom, "end", number(minY)))
			.append(text(MARGIN, bottom + 12, "start", number(minX)))
			.append(text(right, bottom + 12, "end", number(maxX)))
			.append(text((MARGIN + right) / 2, height - 2, "middle", xLabel))
			.append(text(MARGIN + 4, 10, "start", yLabel))
			.append("</svg>");
		return svg.toString();
	}

	private static String line(int x1, int y1, int x2, int y2) {
		return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
				+ "\" stroke=\"#888\" stroke-width=\"1\"/>";
	}

	private static String text(int x, int y, String anchor, String text) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"currentColor\">"
				+ escape(text) + "</text>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

}
