package space.orbit.processor.telemetry;

/**
 * One Kafka record of processed telemetry: up to a few thousand samples of one spacecraft
 * from one batch. Its id, {@code <batchId>/<spacecraftId>/<chunk>}, is the same however
 * often the batch is published, so consumers and outbox recovery can recognise it.
 *
 * @param id the CloudEvents id
 * @param spacecraftId the key
 * @param value the {@code orbit.telemetry.v2} record
 * @param frames frames in the event
 * @param samples samples in the event
 */
record TelemetryEvent(String id, String spacecraftId, byte[] value, int frames, int samples) {
}
