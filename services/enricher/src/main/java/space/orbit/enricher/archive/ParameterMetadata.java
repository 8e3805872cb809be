package space.orbit.enricher.archive;

/**
 * What the registry said about a parameter when its bucket was last written.
 *
 * @param known whether the registry defines it
 * @param missionId the spacecraft's mission
 * @param subsystem the subsystem
 * @param unit the engineering unit
 * @param derived whether the enricher computed it
 */
record ParameterMetadata(boolean known, String missionId, String subsystem, String unit, boolean derived) {
}
