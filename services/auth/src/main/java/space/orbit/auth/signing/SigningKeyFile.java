package space.orbit.auth.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RSA key in a PKCS#8 PEM file: read when the file exists, else generated (2048 bits)
 * and written with mode 0600. Its {@code kid} is its JWK thumbprint (RFC 7638), so the
 * same key always has the same id.
 */
final class SigningKeyFile {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

	private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String END = "-----END PRIVATE KEY-----";

	private SigningKeyFile() {
	}

	/** The key in {@code file}, created there first when the file does not exist. */
	static RSAKey readOrCreate(Path file) {
		if (!Files.exists(file)) {
			create(file);
		}
		RSAPrivateCrtKey key = read(file);
		log.info("Signing key from {}", file.toAbsolutePath());
		return jwk(key);
	}

	static RSAKey jwk(RSAPrivateCrtKey key) {
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
			RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(key).build();
			return new RSAKey.Builder(publicKey).privateKey(key)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(withoutId.computeThumbprint().toString())
				.build();
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("cannot derive the public signing key", ex);
		}
	}

	private static RSAPrivateCrtKey read(Path file) {
		try {
			String pem = Files.readString(file, StandardCharsets.US_ASCII);
			int begin = pem.indexOf(BEGIN);
			int end = pem.indexOf(END);
			if (begin < 0 || end < begin) {
				throw new IllegalStateException(
						"The signing key file " + file.toAbsolutePath() + " is not a PKCS#8 PEM private key (" + BEGIN
								+ "): fix it or remove it to have one generated");
			}
			byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
			return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the signing key file " + file.toAbsolutePath(), ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("The signing key file " + file.toAbsolutePath()
					+ " does not hold an RSA private key: fix it or remove it to have one generated", ex);
		}
	}

	private static void create(Path file) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
			String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) + "\n" + END
					+ "\n";
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			Path temporary = Files.createTempFile(dir, ".auth-signing-key", ".tmp", ownerOnly(dir));
			Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
			try {
				// Another instance may have written one meanwhile: keep that one.
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
				log.info("Generated a new signing key and wrote it to {}", file.toAbsolutePath());
			}
			catch (FileAlreadyExistsException ex) {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write a new signing key to " + file.toAbsolutePath(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot generate an RSA key", ex);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path dir) {
		if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[] {
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
		}
		return new FileAttribute<?>[0];
	}

}
