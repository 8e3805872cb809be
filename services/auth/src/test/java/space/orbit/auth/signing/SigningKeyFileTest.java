package space.orbit.auth.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The signing key file: written once, 0600, read back as the same key with the same id.
 */
class SigningKeyFileTest {

	@TempDir
	Path directory;

	@Test
	void aMissingKeyIsGeneratedWrittenPrivatelyAndReadBackAsTheSameKey() throws Exception {
		Path file = this.directory.resolve("nested/secrets/auth-signing-key.pem");

		RSAKey generated = SigningKeyFile.readOrCreate(file);
		RSAKey reread = SigningKeyFile.readOrCreate(file);

		assertThat(generated.size()).isEqualTo(2048);
		assertThat(generated.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(generated.getKeyID()).isEqualTo(generated.computeThumbprint().toString());
		assertThat(reread.getKeyID()).isEqualTo(generated.getKeyID());
		assertThat(reread.toRSAPrivateKey().getEncoded()).isEqualTo(generated.toRSAPrivateKey().getEncoded());
		assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n")
			.endsWith("-----END PRIVATE KEY-----\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var left = Files.list(file.getParent())) {
			assertThat(left).as("no temporary file left").containsExactly(file);
		}
	}

	@Test
	void twoKeysDifferInTheirIds() {
		RSAKey one = SigningKeyFile.readOrCreate(this.directory.resolve("one.pem"));
		RSAKey two = SigningKeyFile.readOrCreate(this.directory.resolve("two.pem"));

		assertThat(one.getKeyID()).isNotEqualTo(two.getKeyID());
	}

	@Test
	void aFileThatIsNoKeyStopsTheServiceNamingIt() throws Exception {
		Path file = this.directory.resolve("auth-signing-key.pem");
		Files.writeString(file, "not a key");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeyFile.readOrCreate(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("PKCS#8");
	}

}
