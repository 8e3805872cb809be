package space.orbit.auth.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key as stored: never the key itself, only its SHA-256.
 *
 * @param id its id (also the key's second part)
 * @param name what it is for, e.g. the ground station
 * @param spacecraft the spacecraft it may send for
 * @param sha256 the SHA-256 of the whole key string, hex
 * @param createdAt when it was issued
 * @param createdBy who issued it (a token's {@code sub})
 * @param revokedAt when it was revoked, or null
 * @param revokedBy who revoked it, or null
 */
record ApiKey(UUID id, String name, List<String> spacecraft, String sha256, Instant createdAt, String createdBy,
		Instant revokedAt, String revokedBy) {

	ApiKeyView view() {
		return new ApiKeyView(this.id, this.name, this.spacecraft, this.createdAt, this.createdBy, this.revokedAt,
				this.revokedBy);
	}

}
