package space.orbit.users.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import space.orbit.kit.web.InvalidRequestException;

/**
 * Passwords: 12 to 128 characters, stored as BCrypt hashes (strength 10). BCrypt reads at
 * most 72 bytes, and Spring Security refuses longer input, so a password is first
 * digested (SHA-256, Base64: 44 bytes) and the digest is what BCrypt hashes: every
 * character of a 128-character password counts. A password is never logged.
 */
@Component
class Passwords {

	/** The fewest characters a password has. */
	static final int MIN_LENGTH = 12;

	/** The most characters a password has. */
	static final int MAX_LENGTH = 128;

	static final String TOO_SHORT = "password_too_short";

	static final String TOO_LONG = "password_too_long";

	private static final String POINTER = "/password";

	private final BCryptPasswordEncoder encoder;

	/** Compared with when there is no hash to compare with, so that it takes as long. */
	private final String dummyHash;

	Passwords() {
		this(new BCryptPasswordEncoder(10));
	}

	Passwords(BCryptPasswordEncoder encoder) {
		this.encoder = encoder;
		this.dummyHash = encoder.encode(digest(UUID.randomUUID().toString()));
	}

	/** Why a password is refused, or null when it is 12 to 128 characters. */
	static String refusal(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return TOO_SHORT;
		}
		return (length > MAX_LENGTH) ? TOO_LONG : null;
	}

	/**
	 * The password's hash; a 422 at {@code /password} when its length is out of range.
	 */
	String hash(String password) {
		String refusal = refusal(password);
		if (refusal != null) {
			throw InvalidRequestException.at(POINTER, refusal,
					"must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
		}
		return this.encoder.encode(digest(password));
	}

	/**
	 * Whether the password matches the hash; with no hash, compares with a dummy one (as
	 * long) and answers false.
	 */
	boolean matches(String password, String hash) {
		if (hash == null) {
			this.encoder.matches(digest(password), this.dummyHash);
			return false;
		}
		return this.encoder.matches(digest(password), hash);
	}

	private static String digest(String password) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(sha);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
