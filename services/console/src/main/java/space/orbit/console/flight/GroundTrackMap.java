package space.orbit.console.flight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

/**
 * A ground track on an equirectangular frame (longitude -180..180 east, latitude -90..90)
 * drawn on the server as SVG (ADR 0014), with a 30° graticule; the track is cut where it
 * crosses the 180° meridian so no line runs across the whole map.
 */
final class GroundTrackMap {

	private static final int SCALE = 2;

	private static final int LEFT = 34;

	private static final int TOP = 10;

	private static final int WIDTH = LEFT + 360 * SCALE + 10;

	private static final int HEIGHT = TOP + 180 * SCALE + 24;

	private GroundTrackMap() {
	}

	static Div of(List<double[]> latLon) {
		Div map = new Div();
		map.setId("gt-map");
		map.getElement().setProperty("innerHTML", svg(latLon));
		return map;
	}

	/** The SVG: {@code latLon} holds (latitude, longitude) pairs in time order. */
	static String svg(List<double[]> latLon) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" role=\"img\" font-size=\"10\" font-family=\"sans-serif\">");
		svg.append("<rect x=\"")
			.append(LEFT)
			.append("\" y=\"")
			.append(TOP)
			.append("\" width=\"")
			.append(360 * SCALE)
			.append("\" height=\"")
			.append(180 * SCALE)
			.append("\" fill=\"none\" stroke=\"#888\"/>");
		for (int lon = -150; lon <= 150; lon += 30) {
			svg.append(line(x(lon), y(90), x(lon), y(-90)));
			svg.append(text(x(lon), y(-90) + 12, "middle", lon + "°"));
		}
		for (int lat = -60; lat <= 60; lat += 30) {
			svg.append(line(x(-180), y(lat), x(180), y(lat)));
			svg.append(text(LEFT - 3, y(lat) + 3, "end", lat + "°"));
		}
		for (List<double[]> segment : split(latLon)) {
			svg.append("<polyline data-segment=\"\" fill=\"none\" stroke=\"#4da3ff\" stroke-width=\"1.5\" points=\"");
			for (double[] point : segment) {
				svg.append(format(x(point[1]))).append(',').append(format(y(point[0]))).append(' ');
			}
			svg.append("\"/>");
		}
		if (!latLon.isEmpty()) {
			double[] first = latLon.get(0);
			svg.append("<circle data-start=\"\" cx=\"")
				.append(format(x(first[1])))
				.append("\" cy=\"")
				.append(format(y(first[0])))
				.append("\" r=\"4\" fill=\"#3fb950\"><title>start</title></circle>");
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * The track cut at the 180° meridian: where two points are more than 180° of
	 * longitude apart, the segment ends at ±180° and the next starts at ∓180°, at the
	 * latitude interpolated at the crossing (as the dashboard's
	 * {@code splitAtAntimeridian}).
	 */
	static List<List<double[]>> split(List<double[]> latLon) {
		List<List<double[]>> segments = new ArrayList<>();
		List<double[]> current = new ArrayList<>();
		for (int i = 0; i < latLon.size(); i++) {
			double[] point = latLon.get(i);
			if (i > 0) {
				double[] previous = latLon.get(i - 1);
				double delta = point[1] - previous[1];
				if (Math.abs(delta) > 180) {
					boolean eastward = delta < 0;
					double edge = eastward ? 180 : -180;
					double unwrapped = point[1] + (eastward ? 360 : -360);
					double fraction = (edge - previous[1]) / (unwrapped - previous[1]);
					double latitude = previous[0] + fraction * (point[0] - previous[0]);
					current.add(new double[] { latitude, edge });
					segments.add(current);
					current = new ArrayList<>();
					current.add(new double[] { latitude, -edge });
				}
			}
			current.add(point);
		}
		if (!current.isEmpty()) {
			segments.add(current);
		}
		return segments;
	}

	private static double x(double longitude) {
		return LEFT + (longitude + 180) * SCALE;
	}

	private static double y(double latitude) {
		return TOP + (90 - latitude) * SCALE;
	}

	private static String line(double x1, double y1, double x2, double y2) {
		return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\"" + format(y2)
				+ "\" stroke=\"#888\" stroke-opacity=\"0.35\" stroke-width=\"1\"/>";
	}

	private static String text(double x, double y, String anchor, String text) {
		return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor
				+ "\" fill=\"currentColor\">" + text + "</text>";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
