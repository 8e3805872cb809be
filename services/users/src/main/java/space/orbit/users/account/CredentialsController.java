package space.orbit.users.account;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.AdminAccess;
import space.orbit.kit.security.RoleAccess;

/**
 * Passwords: check an address and a password (the auth service's login), set an account's
 * password. Neither answer nor log ever holds a password or its hash.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Credentials", description = "Passwords of accounts")
class CredentialsController {

	private static final String VERIFY_EXAMPLE = """
			{"email": "valentina.tereshkova@orbit.space", "password": "correct horse battery staple"}""";

	private static final String VERIFIED_EXAMPLE = """
			{"verified": true, "user": {"id": "0d5c3f1e-8a4b-4c2d-9e6f-1a2b3c4d5e6f",
			 "email": "valentina.tereshkova@orbit.space", "name": "Valentina Tereshkova", "role": "OPERATOR",
			 "access": "operator", "createdAt": "2026-11-21T10:00:00Z"}}""";

	private final VerifyCredentials verifyCredentials;

	private final ChangePassword changePassword;

	CredentialsController(VerifyCredentials verifyCredentials, ChangePassword changePassword) {
		this.verifyCredentials = verifyCredentials;
		this.changePassword = changePassword;
	}

	@PostMapping("/credentials/verify")
	@RoleAccess("authenticator")
	@Operation(operationId = "verifyCredentials", summary = "Check an e-mail address and a password",
			description = "Whether the address (in any case) has an account whose password this is; the account "
					+ "when it has. A wrong password, an unknown address and an account without a password are "
					+ "all {\"verified\": false}, answered in about the same time. For the auth service's login: "
					+ "it will require the machine role authenticator (ADR 0017).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "login", value = VERIFY_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "Checked: verified, or not",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = CredentialCheck.class),
					examples = { @ExampleObject(name = "verified", value = VERIFIED_EXAMPLE),
							@ExampleObject(name = "refused", value = "{\"verified\": false}") }))
	CredentialCheck verifyCredentials(@Valid @RequestBody CredentialsRequest request) {
		return CredentialCheck.of(this.verifyCredentials.verify(request.email(), request.password()));
	}

	@PutMapping("/{id}/password")
	@AdminAccess
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "setPassword", summary = "Set or change an account's password",
			description = "Stores the password's hash; the account can log in with it from now on. Nothing is "
					+ "published.")
	@ApiResponse(responseCode = "204", description = "Set")
	@ApiResponse(responseCode = "404", description = "There is no such account")
	@ApiResponse(responseCode = "422",
			description = "The password is not 12 to 128 characters long (reasons password_too_short, "
					+ "password_too_long); nothing was changed")
	void setPassword(@Parameter(description = "The account's id") @PathVariable UUID id,
			@Valid @RequestBody PasswordRequest request) {
		this.changePassword.change(id, request.password());
	}

}
