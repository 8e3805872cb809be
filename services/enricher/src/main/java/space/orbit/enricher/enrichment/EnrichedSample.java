package space.orbit.enricher.enrichment;

/**
 * A sample with what the registry says about it.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter name
 * @param timeMicros the frame's timestamp, epoch micros
 * @param sequence the frame's sequence number (with the timestamp, the sample's identity)
 * @param raw the value as sent: Double, Long, Boolean or String; for a derived parameter,
 * null
 * @param engineering the engineering value of a number (the calibration applied, or the
 * raw number without one); null for booleans and strings
 * @param known whether the registry defines the parameter for the spacecraft's mission
 * (derived parameters are defined by configuration, so known)
 * @param missionId the spacecraft's mission, null for an unknown spacecraft
 * @param subsystem from the registry; for unknown parameters the name's first segment
 * @param unit from the registry (or the derived parameter's configuration), may be null
 * @param derived whether the enricher computed it from other parameters
 */
public record EnrichedSample(String spacecraftId, String parameter, long timeMicros, long sequence, Object raw,
		Double engineering, boolean known, String missionId, String subsystem, String unit, boolean derived) {
}
