package space.orbit.auth.apikeys;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request for a new API key.
 *
 * @param name what it is for (trimmed)
 * @param spacecraft the spacecraft it may send for, at least one
 */
@Schema(description = "A request for an API key")
record IssueApiKeyRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What the key is for (trimmed)",
				example = "Kiruna ground station") @NotBlank @Size(min = 1, max = 200) String name,
		@ArraySchema(schema = @Schema(description = "A spacecraft id", example = "ORB-1", maxLength = 64), minItems = 1,
				maxItems = 100,
				arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
						description = "The spacecraft it may send for")) @NotNull @Size(min = 1,
								max = 100) List<@NotBlank @Size(min = 1, max = 64) String> spacecraft) {

	/** The name trimmed, the spacecraft trimmed and each once, in the order given. */
	IssueApiKeyRequest normalized() {
		return new IssueApiKeyRequest(this.name.strip(),
				this.spacecraft.stream().map(String::strip).distinct().toList());
	}

}
