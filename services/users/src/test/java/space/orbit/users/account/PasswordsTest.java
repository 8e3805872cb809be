package space.orbit.users.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.ProblemError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Passwords: 12 to 128 characters (code points), BCrypt strength 10, and every character
 * of a long password counts (BCrypt alone reads 72 bytes).
 */
class PasswordsTest {

	private final Passwords passwords = new Passwords();

	@Test
	void twelveToOneHundredTwentyEightCharactersAreAccepted() {
		assertThat(Passwords.refusal("a".repeat(11))).isEqualTo("password_too_short");
		assertThat(Passwords.refusal("a".repeat(12))).isNull();
		assertThat(Passwords.refusal("a".repeat(128))).isNull();
		assertThat(Passwords.refusal("a".repeat(129))).isEqualTo("password_too_long");
		assertThat(Passwords.refusal("\uD83D\uDE80".repeat(12))).as("12 rockets, 24 UTF-16 units").isNull();
		assertThat(Passwords.refusal("\uD83D\uDE80".repeat(11))).isEqualTo("password_too_short");
		assertThat(Passwords.refusal("\uD83D\uDE80".repeat(128))).as("512 UTF-8 bytes").isNull();
	}

	@Test
	void aPasswordOutOfRangeIsA422AtPasswordWithItsReason() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.passwords.hash("too short"))
			.satisfies((ex) -> {
				assertThat(ex.errors()).extracting(ProblemError::pointer, ProblemError::reason)
					.containsExactly(tuple("/password", "password_too_short"));
				assertThat(ex.getMessage() + ex.errors()).doesNotContain("too short");
			});
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.passwords.hash("p".repeat(129)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ProblemError::pointer, ProblemError::reason)
				.containsExactly(tuple("/password", "password_too_long")));
	}

	@Test
	void theHashIsBcryptOfStrengthTenAndMatchesOnlyItsPassword() {
		String hash = this.passwords.hash("correct horse battery staple");

		assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
		assertThat(this.passwords.matches("correct horse battery staple", hash)).isTrue();
		assertThat(this.passwords.matches("correct horse battery stapl", hash)).isFalse();
		assertThat(this.passwords.matches("correct horse battery staple", null)).isFalse();
	}

	@Test
	void withoutAHashOneBcryptComparisonIsMadeAllTheSame() {
		List<String> compared = new ArrayList<>();
		Passwords counted = new Passwords(new BCryptPasswordEncoder(10) {
			@Override
			protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
				compared.add(encodedPassword);
				return super.matchesNonNull(rawPassword, encodedPassword);
			}
		});

		assertThat(counted.matches("an unknown address's try", null)).isFalse();

		assertThat(compared).hasSize(1).allSatisfy((hash) -> assertThat(hash).startsWith("$2a$10$"));
	}

	@Test
	void everyCharacterOfALongPasswordCounts() {
		String long1 = "x".repeat(127) + "1";
		String hash = this.passwords.hash(long1);

		assertThat(this.passwords.matches(long1, hash)).isTrue();
		assertThat(this.passwords.matches("x".repeat(127) + "2", hash)).isFalse();
		String rockets = "\uD83D\uDE80".repeat(128);
		assertThat(this.passwords.matches(rockets, this.passwords.hash(rockets))).isTrue();
	}

}
