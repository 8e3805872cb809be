package space.orbit.processor.samples;

import java.time.Instant;

/**
 * A validated samples query: a half-open time range [from, to), optional filters, a page
 * size.
 */
record SampleQuery(String spacecraftId, String parameter, Instant from, Instant to, int limit, Cursor after) {
}
