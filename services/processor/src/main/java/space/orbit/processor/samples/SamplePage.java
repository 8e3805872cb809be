package space.orbit.processor.samples;

import java.util.List;

/**
 * A page of samples in (timestamp, spacecraft, sequence, parameter) order.
 *
 * @param samples the samples
 * @param count how many are in this page
 * @param next the cursor of the next page ({@code after=}), or null on the last page
 */
record SamplePage(List<Sample> samples, int count, String next) {
}
