package space.orbit.kit.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code after} cursor of keyset paging: the sort key of the last item of a
 * page, as base64url of its parts. A cursor that does not decode is a 400
 * {@code invalid-parameter} naming {@code after}.
 */
public final class Cursor {

	private static final char SEPARATOR = '\u001f';

	private Cursor() {
	}

	/** The cursor of a sort key; parts may hold any text but the unit separator. */
	public static String encode(String... parts) {
		String joined = String.join(String.valueOf(SEPARATOR), parts);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The parts of a cursor this endpoint made.
	 * @param count how many parts the endpoint's cursors have
	 * @throws InvalidParameterException when it is not such a cursor
	 */
	public static List<String> decode(String cursor, int count) {
		String joined;
		try {
			joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		List<String> parts = new ArrayList<>(count);
		int start = 0;
		for (int i = 0; i <= joined.length(); i++) {
			if (i == joined.length() || joined.charAt(i) == SEPARATOR) {
				parts.add(joined.substring(start, i));
				start = i + 1;
			}
		}
		if (parts.size() != count) {
			throw invalid();
		}
		return parts;
	}

	private static InvalidParameterException invalid() {
		return new InvalidParameterException("after",
				"is not a cursor of this list: pass the 'next' of the previous page unchanged");
	}

}
