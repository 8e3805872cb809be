package space.orbit.auth.apikeys;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * The {@code after} cursor of the keys list: the last shown key's
 * {@code (createdAt, id)}.
 *
 * @param createdAt when it was issued
 * @param id its id
 */
record ApiKeyCursor(Instant createdAt, UUID id) {

	static String of(ApiKeyView key) {
		return Cursor.encode(key.createdAt().toString(), key.id().toString());
	}

	/**
	 * The key a cursor of this list holds; a 400 naming {@code after} when it is not one.
	 */
	static ApiKeyCursor parse(String after) {
		List<String> parts = Cursor.decode(after, 2);
		try {
			return new ApiKeyCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

}
