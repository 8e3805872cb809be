package space.orbit.analyzer.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.analyzer.detection.Backtest;
import space.orbit.analyzer.detection.DetectionSettings;
import space.orbit.kit.web.InvalidRequestException;

/**
 * Runs a backtest: reads every parameter's samples over the span from the enricher, puts
 * them in time (then sequence) order, groups those of one frame, replays them through a
 * {@link Backtest} and folds its alert events into alerts, one per episode.
 */
@Component
class Backtests {

	private final EnricherArchive archive;

	private final DetectionSettings settings;

	private final int maxSamples;

	Backtests(EnricherArchive archive, AnalyzerProperties properties) {
		this.archive = archive;
		AnalyzerProperties.Detection detection = properties.detection();
		this.settings = new DetectionSettings(detection.punctuateInterval(), detection.updateInterval(),
				detection.forgetAfter(), detection.stormMaxNewAlerts(), detection.stormWindow(), false);
		this.maxSamples = properties.backtest().maxSamples();
	}

	BacktestResult run(BacktestPlan plan) {
		List<Sample> samples = new ArrayList<>();
		for (String parameter : plan.parameters()) {
			read(plan, parameter, samples);
		}
		samples.sort(Comparator.comparing(Sample::time).thenComparingLong(Sample::sequence));
		Backtest backtest = new Backtest(plan.rule(), this.settings);
		int i = 0;
		while (i < samples.size()) {
			Sample first = samples.get(i);
			Map<String, Object> frame = new LinkedHashMap<>();
			while (i < samples.size() && samples.get(i).time().equals(first.time())
					&& samples.get(i).sequence() == first.sequence()) {
				frame.put(samples.get(i).parameter(), samples.get(i).value());
				i++;
			}
			backtest.frame(plan.spacecraftId(), first.time(), frame);
		}
		return new BacktestResult(plan.rule().id(), plan.spacecraftId(), plan.parameters(), plan.from(), plan.to(),
				backtest.samples(), Episodes.fold(backtest.events()));
	}

	private void read(BacktestPlan plan, String parameter, List<Sample> samples) {
		String after = null;
		do {
			JsonNode page = this.archive.page(plan.spacecraftId(), parameter, plan.from(), plan.to(), after);
			for (JsonNode item : page.path("items")) {
				Object value = value(item.path("raw"));
				if (value != null) {
					samples.add(new Sample(Instant.parse(item.path("timestamp").asString()),
							item.path("sequence").asLong(), parameter, value));
				}
			}
			if (samples.size() > this.maxSamples) {
				throw InvalidRequestException.at("/to", "too_many_samples", "The span holds more than "
						+ this.maxSamples + " samples (orbit.analyzer.backtest.max-samples): shorten it.");
			}
			JsonNode next = page.path("next");
			after = (next.isString() && !next.asString().isEmpty()) ? next.asString() : null;
		}
		while (after != null);
	}

	/**
	 * A sample's value as the live topology reads it from the telemetry topic (a v1 JSON
	 * or v2 columnar record alike: a whole number is a long, others doubles): the raw
	 * value (derived parameters, which have none, never reach the analyzer).
	 */
	private static Object value(JsonNode raw) {
		if (raw.isIntegralNumber() && raw.canConvertToLong()) {
			return raw.asLong();
		}
		if (raw.isNumber()) {
			return raw.asDouble();
		}
		if (raw.isBoolean()) {
			return raw.asBoolean();
		}
		return raw.isString() ? raw.asString() : null;
	}

	private record Sample(Instant time, long sequence, String parameter, Object value) {
	}

}
