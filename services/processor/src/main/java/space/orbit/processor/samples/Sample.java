package space.orbit.processor.samples;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One stored sample.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter name
 * @param timestamp the frame timestamp (ISO-8601, microseconds)
 * @param sequence the frame sequence number
 * @param value the value as stored: a JSON number, boolean or string
 */
record Sample(String spacecraftId, String parameter, String timestamp, long sequence, @JsonRawValue String value) {
}
