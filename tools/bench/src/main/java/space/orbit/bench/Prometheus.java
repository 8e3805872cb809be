package space.orbit.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scrape of a Prometheus text endpoint, with sums over label filters and histogram
 * quantiles.
 */
record Prometheus(Map<String, Map<String, String>> labels, Map<String, Double> values) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	static Prometheus scrape(URI uri) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			return parse(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot scrape " + uri + ": is the stack up? (./orbit status)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Prometheus parse(String text) {
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		Map<String, Double> values = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int brace = line.indexOf('{');
			int space = line.lastIndexOf(' ');
			String series = line.substring(0, space);
			String name = (brace > 0 && brace < space) ? line.substring(0, brace) : series;
			Map<String, String> seriesLabels = (brace > 0 && brace < space)
					? parseLabels(line.substring(brace + 1, line.lastIndexOf('}'))) : Map.of();
			labels.put(series, withName(name, seriesLabels));
			values.put(series, Double.parseDouble(line.substring(space + 1)));
		}
		return new Prometheus(labels, values);
	}

	private static Map<String, String> withName(String name, Map<String, String> labels) {
		Map<String, String> all = new HashMap<>(labels);
		all.put("__name__", name);
		return all;
	}

	private static Map<String, String> parseLabels(String text) {
		Map<String, String> labels = new HashMap<>();
		int i = 0;
		while (i < text.length()) {
			int eq = text.indexOf('=', i);
			String key = text.substring(i, eq).trim();
			StringBuilder value = new StringBuilder();
			int j = eq + 2;
			while (text.charAt(j) != '"') {
				if (text.charAt(j) == '\\') {
					j++;
				}
				value.append(text.charAt(j++));
			}
			labels.put(key, value.toString());
			i = j + 1;
			if (i < text.length() && text.charAt(i) == ',') {
				i++;
			}
		}
		return labels;
	}

	/** The sum of every series named {@code name} whose labels include {@code filter}. */
	double sum(String name, Map<String, String> filter) {
		double total = 0;
		for (Map.Entry<String, Map<String, String>> series : this.labels.entrySet()) {
			Map<String, String> seriesLabels = series.getValue();
			if (name.equals(seriesLabels.get("__name__")) && seriesLabels.entrySet().containsAll(filter.entrySet())) {
				total += this.values.get(series.getKey());
			}
		}
		return total;
	}

	/**
	 * The sum of the positive values only (a JVM memory pool without a maximum reports
	 * -1).
	 */
	double positiveSum(String name, Map<String, String> filter) {
		double total = 0;
		for (Map.Entry<String, Map<String, String>> series : this.labels.entrySet()) {
			Map<String, String> seriesLabels = series.getValue();
			double value = this.values.get(series.getKey());
			if (value > 0 && name.equals(seriesLabels.get("__name__"))
					&& seriesLabels.entrySet().containsAll(filter.entrySet())) {
				total += value;
			}
		}
		return total;
	}

	double sum(String name) {
		return sum(name, Map.of());
	}

	/** Cumulative bucket counts of a histogram, by upper bound. */
	TreeMap<Double, Double> buckets(String name, Map<String, String> filter) {
		TreeMap<Double, Double> buckets = new TreeMap<>();
		for (Map.Entry<String, Map<String, String>> series : this.labels.entrySet()) {
			Map<String, String> seriesLabels = series.getValue();
			if ((name + "_bucket").equals(seriesLabels.get("__name__"))
					&& seriesLabels.entrySet().containsAll(filter.entrySet())) {
				String le = seriesLabels.get("le");
				double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
				buckets.merge(bound, this.values.get(series.getKey()), Double::sum);
			}
		}
		return buckets;
	}

	/**
	 * The q-quantile of the observations between two scrapes of a histogram (linear
	 * within a bucket).
	 */
	static double quantile(TreeMap<Double, Double> before, TreeMap<Double, Double> after, double q) {
		TreeMap<Double, Double> delta = new TreeMap<>();
		after.forEach((bound, count) -> delta.put(bound, count - before.getOrDefault(bound, 0.0)));
		if (delta.isEmpty()) {
			return Double.NaN;
		}
		double total = delta.lastEntry().getValue();
		if (total <= 0) {
			return Double.NaN;
		}
		double rank = q * total;
		double lowerBound = 0;
		double lowerCount = 0;
		for (Map.Entry<Double, Double> bucket : delta.entrySet()) {
			if (bucket.getValue() >= rank) {
				if (bucket.getKey().isInfinite()) {
					return lowerBound;
				}
				double inBucket = bucket.getValue() - lowerCount;
				double fraction = (inBucket > 0) ? (rank - lowerCount) / inBucket : 1;
				return lowerBound + (bucket.getKey() - lowerBound) * fraction;
			}
			lowerBound = bucket.getKey();
			lowerCount = bucket.getValue();
		}
		return lowerBound;
	}

}
