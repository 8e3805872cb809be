package space.orbit.enricher.archive;

/**
 * A sample as read back.
 *
 * @param timeMicros its frame's timestamp, epoch micros
 * @param sequence its frame's sequence number
 * @param raw the value as sent (null for a derived parameter)
 * @param engineering its engineering value, null for booleans and strings
 */
record ArchivedSample(long timeMicros, long sequence, Object raw, Double engineering) {
}
