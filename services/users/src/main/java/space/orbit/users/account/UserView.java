package space.orbit.users.account;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An account as the API shows it (never its password nor its hash); {@code user.created}
 * carries all of it but {@code access}.
 *
 * @param id the account's id
 * @param email its e-mail address, lower-cased
 * @param name the person's name
 * @param role crew or operator
 * @param access what it may do: viewer, operator or admin
 * @param createdAt when it was registered
 */
@Schema(description = "A crew or operator account")
public record UserView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The account's id") UUID id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Its e-mail address, lower-cased",
				example = "valentina.tereshkova@orbit.space") String email,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The person's name",
				example = "Valentina Tereshkova") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What the account is for") UserRole role,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "What the account may do: viewer reads, operator acts, admin also changes the mission "
						+ "database, the rules, users and API keys") Access access,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "When it was registered") Instant createdAt) {
}
