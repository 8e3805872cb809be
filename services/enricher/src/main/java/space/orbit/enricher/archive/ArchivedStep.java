package space.orbit.enricher.archive;

/**
 * One step of a downsampled answer.
 *
 * @param startMicros the step's start, epoch micros
 * @param count samples in the step
 * @param min the least engineering value, null without numbers
 * @param max the greatest
 * @param avg the mean
 */
record ArchivedStep(long startMicros, long count, Double min, Double max, Double avg) {
}
