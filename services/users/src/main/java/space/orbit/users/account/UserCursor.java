package space.orbit.users.account;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * The {@code after} cursor of the accounts list: the last shown account's
 * {@code (createdAt, id)}.
 *
 * @param createdAt when it was registered
 * @param id its id
 */
record UserCursor(Instant createdAt, UUID id) {

	static String of(UserView user) {
		return Cursor.encode(user.createdAt().toString(), user.id().toString());
	}

	/**
	 * The key a cursor of this list holds; a 400 naming {@code after} when it is not one.
	 */
	static UserCursor parse(String after) {
		List<String> parts = Cursor.decode(after, 2);
		try {
			return new UserCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

}
