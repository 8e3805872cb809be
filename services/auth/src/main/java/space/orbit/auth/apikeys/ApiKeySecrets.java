package space.orbit.auth.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Makes keys ({@code orbk_<id without dashes>_<256 random bits, base64url>}) and their
 * SHA-256 (hex, of the whole key string), the only form stored.
 */
final class ApiKeySecrets {

	static final String PATTERN = "^orbk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeySecrets() {
	}

	static String newKey(UUID id) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return "orbk_" + id.toString().replace("-", "") + "_"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

}
