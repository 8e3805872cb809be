package space.orbit.processor.samples;

import java.time.Instant;

/**
 * A validated samples query: a half-open time range [from, to), optional filters, how
 * many samples to fetch, and where the previous page ended.
 */
record SampleQuery(String spacecraftId, String parameter, Instant from, Instant to, int limit, Sample.Key after) {
}
