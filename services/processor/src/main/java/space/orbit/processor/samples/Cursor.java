package space.orbit.processor.samples;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page ended: the key of its last sample, as an opaque URL-safe token. */
record Cursor(Instant timestamp, String spacecraftId, long sequence, String parameter) {

	String encode() {
		String raw = this.timestamp + "\n" + this.spacecraftId + "\n" + this.sequence + "\n" + this.parameter;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String token) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
			if (parts.length != 4) {
				throw new IllegalArgumentException("wrong number of fields");
			}
			return new Cursor(Instant.parse(parts[0]), parts[1], Long.parseLong(parts[2]), parts[3]);
		}
		catch (RuntimeException ex) {
			throw new InvalidQueryException("after",
					"'after' is not a cursor returned by this API (" + ex.getMessage() + ").");
		}
	}

}
