package space.orbit.users.account;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import space.orbit.kit.web.InvalidParameterException;

/** The User API: register, read and list accounts. */
@RestController
@RequestMapping("/api/users")
class UsersController {

	static final int MAX_SIZE = 200;

	private final RegisterUser registerUser;

	private final UserRepository users;

	UsersController(RegisterUser registerUser, UserRepository users) {
		this.registerUser = registerUser;
		this.users = users;
	}

	/** Registers an account: 201 with its location, 409 when the e-mail is taken. */
	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
		UserView user = this.registerUser.register(request);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(user.id()).toUri())
			.body(user);
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return this.users.findById(id).map(User::view).orElseThrow(() -> new UserNotFoundException(id));
	}

	/** Accounts, oldest first, {@code size} (1 to 200, default 50) a page. */
	@GetMapping
	UserPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
		var found = this.users.findAll(PageRequest.of(page, size, Sort.by("createdAt", "id")));
		return new UserPage(found.map(User::view).getContent(), page, size, found.getTotalElements());
	}

}
