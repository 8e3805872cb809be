package space.orbit.auth.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An API key as the API shows it after it was issued: never the key, nor its hash.
 *
 * @param id its id
 * @param name what it is for
 * @param spacecraft the spacecraft it may send for
 * @param createdAt when it was issued
 * @param createdBy who issued it
 * @param revokedAt when it was revoked; absent while it is active
 * @param revokedBy who revoked it; absent while it is active
 */
@Schema(description = "An API key of a ground station (never the key itself)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiKeyView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The key's id") UUID id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What it is for",
				example = "Kiruna ground station") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The spacecraft it may send for",
				example = "[\"ORB-1\", \"ORB-2\"]") List<String> spacecraft,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When it was issued") Instant createdAt,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Who issued it (a token's subject)",
				example = "orbit-cli-admin") String createdBy,
		@Schema(description = "When it was revoked; absent while it is active") Instant revokedAt,
		@Schema(description = "Who revoked it; absent while it is active") String revokedBy) {
}
