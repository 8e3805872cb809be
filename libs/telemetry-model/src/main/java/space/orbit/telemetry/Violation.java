package space.orbit.telemetry;

/**
 * One thing wrong with submitted telemetry.
 *
 * @param pointer RFC 6901 JSON pointer to the offending value, e.g.
 * {@code /frames/3/samples/EPS.V}
 * @param reason the rejection class
 * @param detail a sentence a user can act on
 */
public record Violation(String pointer, RejectionReason reason, String detail) {
}
