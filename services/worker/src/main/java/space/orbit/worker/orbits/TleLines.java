package space.orbit.worker.orbits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A two-line element set as published (69 characters a line, checksums valid).
 *
 * @param line1 line 1
 * @param line2 line 2
 */
public record TleLines(@NotBlank @Size(max = 80) String line1, @NotBlank @Size(max = 80) String line2) {
}
