package space.orbit.kit.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text that every store Orbit writes to keeps as it is. PostgreSQL's {@code text} refuses
 * a NUL character and an unpaired surrogate has no UTF-8 form: accepted, either would
 * fail a write later (a 500, or a message dead-lettered after its sender was told 2xx).
 * So they are refused at the door: in a JSON body, 422 {@code invalid-request} with
 * reason {@code invalid_text} at the field ({@link #module()}); in a query parameter, 400
 * {@code invalid-parameter} ({@link StorableParameters}).
 */
public final class StorableText {

	/** The {@code reason} of the error. */
	public static final String REASON = "invalid_text";

	static final String DETAIL = "holds a NUL character (\\u0000) or an unpaired surrogate, which cannot be stored";

	private StorableText() {
	}

	/** Whether the text can be stored as it is. */
	public static boolean storable(String text) {
		// One pass, no allocation: every string of every JSON body goes through here.
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == '\u0000' || Character.isLowSurrogate(c)) {
				return false;
			}
			if (Character.isHighSurrogate(c) && (++i == n || !Character.isLowSurrogate(text.charAt(i)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A Jackson module whose string deserializer refuses unstorable text (registered in
	 * every service's JSON mapper by the kit's auto-configuration).
	 */
	public static SimpleModule module() {
		return new SimpleModule("orbit-storable-text").addDeserializer(String.class, new Deserializer());
	}

	/** A string that cannot be stored, where Jackson read it. */
	static final class UnstorableTextException extends MismatchedInputException {

		UnstorableTextException(JsonParser parser) {
			super(parser, "text " + DETAIL, String.class);
		}

	}

	private static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			if (text != null && !storable(text)) {
				throw new UnstorableTextException(parser);
			}
			return text;
		}

	}

}
