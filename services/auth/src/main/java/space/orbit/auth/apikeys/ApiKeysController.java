package space.orbit.auth.apikeys;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import space.orbit.kit.security.AdminAccess;
import space.orbit.kit.security.RoleAccess;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * API keys of ground stations: issue, read, list and revoke (role admin); the active
 * keys' hashes (role key-reader, ingest). Each operation declares its role (the kit's
 * access annotations, checked before the body is read and written into the document); the
 * API's filter chain checks the same by path.
 */
@RestController
@RequestMapping(ApiKeysController.PATH)
@Tag(name = "API keys", description = "Credentials of ground stations, checked by ingest")
class ApiKeysController {

	static final String PATH = "/api/v1/api-keys";

	static final int MAX_LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(ApiKeysController.class);

	private static final String EXAMPLE = """
			{"name": "Kiruna ground station", "spacecraft": ["ORB-1", "ORB-2"]}""";

	private final ApiKeyRepository keys;

	private final Clock clock;

	ApiKeysController(ApiKeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@PostMapping
	@AdminAccess
	@Operation(operationId = "issueApiKey", summary = "Issue an API key (admin)",
			description = "Answers the key itself, this once: only its SHA-256 is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "ground-station", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Issued",
			headers = @Header(name = "Location", description = "The key's URL",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedApiKey.class)))
	ResponseEntity<IssuedApiKey> issueApiKey(@Valid @RequestBody IssueApiKeyRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		IssueApiKeyRequest wanted = request.normalized();
		UUID id = UUID.randomUUID();
		String key = ApiKeySecrets.newKey(id);
		ApiKey issued = new ApiKey(id, wanted.name(), wanted.spacecraft(), ApiKeySecrets.sha256(key),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), token.getSubject(), null, null);
		this.keys.insert(issued);
		log.info("API key {} ({}) issued by {} for {}", id, issued.name(), issued.createdBy(), issued.spacecraft());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
			.body(new IssuedApiKey(id, issued.name(), issued.spacecraft(), issued.createdAt(), issued.createdBy(),
					key));
	}

	@GetMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "getApiKey", summary = "Read an API key (admin), never the key itself")
	ApiKeyView getApiKey(@Parameter(description = "The key's id") @PathVariable UUID id) {
		return this.keys.find(id).map(ApiKey::view).orElseThrow(() -> notFound(id));
	}

	@GetMapping
	@AdminAccess
	@Operation(operationId = "listApiKeys", summary = "API keys, active and revoked, oldest first (admin)",
			description = "Pass a page's 'next' as 'after' for the following page; 'next' is absent on the last page.")
	Page<ApiKeyView> listApiKeys(
			@Parameter(description = "Keys per page, 1 to " + MAX_LIMIT,
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
							defaultValue = "50"),
					example = "50") @RequestParam(defaultValue = "50") int limit,
			@Parameter(description = "The 'next' of the previous page, unchanged") @RequestParam(
					required = false) String after) {
		PageLimit.check(limit, MAX_LIMIT);
		List<ApiKey> found;
		if (after == null) {
			found = this.keys.oldest(limit + 1);
		}
		else {
			ApiKeyCursor from = ApiKeyCursor.parse(after);
			found = this.keys.after(from.createdAt(), from.id(), limit + 1);
		}
		return Page.of(found.stream().map(ApiKey::view).toList(), limit, ApiKeyCursor::of);
	}

	@DeleteMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "revokeApiKey", summary = "Revoke an API key (admin)",
			description = "Ingest refuses it within seconds. Revoking a revoked key changes nothing.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revokeApiKey(@Parameter(description = "The key's id") @PathVariable UUID id,
			@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		if (!this.keys.revoke(id, this.clock.instant().truncatedTo(ChronoUnit.MICROS), token.getSubject())) {
			throw notFound(id);
		}
		log.info("API key {} revoked by {}", id, token.getSubject());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/active")
	@RoleAccess("key-reader")
	@Operation(operationId = "listActiveApiKeys", summary = "Every active key's hash and spacecraft (key-reader)",
			description = "What ingest checks frames against; it reads this every second.")
	ActiveApiKeys listActiveApiKeys() {
		return new ActiveApiKeys(this.keys.active()
			.stream()
			.map((key) -> new ActiveApiKeys.Active(key.id(), key.sha256(), key.spacecraft()))
			.toList());
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("There is no API key " + id + ".");
	}

}
