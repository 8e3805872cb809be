package space.orbit.users.account;

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

import org.springframework.data.domain.Limit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import space.orbit.kit.security.AdminAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/** The User API: register, read and list accounts. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Crew and operator accounts")
class UsersController {

	static final int MAX_LIMIT = 200;

	private static final String EXAMPLE = """
			{"email": "valentina.tereshkova@orbit.space", "name": "Valentina Tereshkova", "role": "CREW"}""";

	private static final String ADMIN_EXAMPLE = """
			{"email": "sergei.korolev@orbit.space", "name": "Sergei Korolev", "role": "OPERATOR",
			 "access": "admin", "password": "chief designer of 1957"}""";

	private final RegisterUser registerUser;

	private final UserRepository users;

	UsersController(RegisterUser registerUser, UserRepository users) {
		this.registerUser = registerUser;
		this.users = users;
	}

	@PostMapping
	@AdminAccess
	@Operation(operationId = "registerUser", summary = "Register a crew member or operator",
			description = "Stores the account and tells user.created on NATS JetStream. E-mail addresses are unique "
					+ "whatever their case, and stored lower-cased. The password, when given, is stored as a "
					+ "BCrypt hash and never shown; without one the account cannot log in until one is set.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = { @ExampleObject(name = "crew", value = EXAMPLE),
									@ExampleObject(name = "administrator", value = ADMIN_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Registered",
			headers = @Header(name = "Location", description = "The account's URL",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
	@ApiResponse(responseCode = "409",
			description = "An account with this e-mail address exists already (reason duplicate_email)")
	ResponseEntity<UserView> registerUser(@Valid @RequestBody CreateUserRequest request) {
		UserView user = this.registerUser.register(request);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(user.id()).toUri())
			.body(user);
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getUser", summary = "Read an account")
	UserView getUser(@Parameter(description = "The account's id") @PathVariable UUID id) {
		return this.users.findById(id)
			.map(User::view)
			.orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listUsers", summary = "Accounts, oldest first, a page at a time",
			description = "Pass a page's 'next' as 'after' for the following page; 'next' is absent on the last page.")
	Page<UserView> listUsers(
			@Parameter(description = "Accounts per page, 1 to " + MAX_LIMIT,
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
							defaultValue = "50"),
					example = "50") @RequestParam(defaultValue = "50") int limit,
			@Parameter(description = "The 'next' of the previous page, unchanged",
					example = "MjAyNi0xMS0yMVQxMDowMDowMFofMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") @RequestParam(
							required = false) String after) {
		PageLimit.check(limit, MAX_LIMIT);
		Limit fetch = Limit.of(limit + 1);
		List<User> found;
		if (after == null) {
			found = this.users.oldest(fetch);
		}
		else {
			UserCursor from = UserCursor.parse(after);
			found = this.users.after(from.createdAt(), from.id(), fetch);
		}
		return Page.of(found.stream().map(User::view).toList(), limit, UserCursor::of);
	}

}
