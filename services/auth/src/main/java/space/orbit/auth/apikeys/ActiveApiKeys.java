package space.orbit.auth.apikeys;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every active key, as ingest needs it to check frames.
 *
 * @param items the active keys
 */
@Schema(description = "Every active API key: its id, the SHA-256 of the key, its spacecraft")
record ActiveApiKeys(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Active> items) {

	/**
	 * One active key.
	 *
	 * @param id its id
	 * @param hash the SHA-256 of the whole key string, lower-case hex
	 * @param spacecraft the spacecraft it may send for
	 */
	@Schema(name = "ActiveApiKey", description = "An active API key")
	record Active(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The SHA-256 of the whole key string, lower-case hex",
					pattern = "^[0-9a-f]{64}$") String hash,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> spacecraft) {
	}

}
