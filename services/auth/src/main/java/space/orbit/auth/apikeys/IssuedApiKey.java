package space.orbit.auth.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A key just issued: the only answer that carries the key itself.
 *
 * @param id its id
 * @param name what it is for
 * @param spacecraft the spacecraft it may send for
 * @param createdAt when it was issued
 * @param createdBy who issued it
 * @param key the key, {@code orbk_<id without dashes>_<256 random bits, base64url>}
 */
@Schema(description = "An API key just issued, with the key itself: shown this once, never again")
record IssuedApiKey(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The key's id") UUID id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What it is for",
				example = "Kiruna ground station") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The spacecraft it may send for") List<String> spacecraft,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When it was issued") Instant createdAt,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Who issued it (a token's subject)",
				example = "orbit-cli-admin") String createdBy,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The key: orbk_<id without dashes>_<43 characters base64url>; shown only here",
				pattern = ApiKeySecrets.PATTERN) String key) {
}
