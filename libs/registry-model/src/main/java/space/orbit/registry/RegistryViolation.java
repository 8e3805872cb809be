package space.orbit.registry;

/**
 * One thing wrong with a registry record.
 *
 * @param pointer RFC 6901 JSON pointer to the offending value, e.g.
 * {@code /calibration/points/2/raw} ({@code ""} for the whole record)
 * @param message a sentence a user can act on
 */
public record RegistryViolation(String pointer, String message) {
}
