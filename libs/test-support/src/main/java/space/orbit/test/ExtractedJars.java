package space.orbit.test;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Spring Boot executable jars extracted ({@code -Djarmode=tools extract}) into plain jars
 * on the class path, as {@code ./orbit up} runs them (ADR 0011): a service starts from
 * them on about half the CPU of its fat jar, whose nested jars Spring Boot's launcher
 * reads through its own class loader (users service, measured: 20.3 s of CPU to a
 * refreshed context from the fat jar, 11.1 s extracted). The end-to-end tests start each
 * service many times in one run, so the extraction (once a build, a couple of seconds)
 * pays for itself at the first start.
 *
 * <p>
 * The extraction lives beside the jar, in {@code extracted-<jar's modification time>/},
 * and is shared by every test JVM of the build: it is made in a scratch folder and moved
 * into place whole, so a folder that exists is complete. Extractions of older builds of
 * the same jar are deleted.
 */
final class ExtractedJars {

	private static final Map<Path, Path> RUNNABLE = new ConcurrentHashMap<>();

	private ExtractedJars() {
	}

	/**
	 * The jar to run with {@code java -jar}: the extracted copy of {@code jar}, or
	 * {@code jar} itself when it is no Spring Boot executable jar.
	 */
	static Path runnable(Path jar) {
		Path absolute = jar.toAbsolutePath().normalize();
		try {
			if (!springBoot(absolute)) {
				return absolute;
			}
			Path key = absolute
				.resolveSibling(absolute.getFileName() + "@" + Files.getLastModifiedTime(absolute).toMillis());
			return RUNNABLE.computeIfAbsent(key, (ignored) -> extract(absolute));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + absolute, ex);
		}
	}

	private static boolean springBoot(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Version") != null;
		}
	}

	private static Path extract(Path jar) {
		String name = jar.getFileName().toString();
		String stem = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
		try {
			Path home = jar.resolveSibling("extracted");
			Files.createDirectories(home);
			Path target = home.resolve(stem + "-" + Files.getLastModifiedTime(jar).toMillis());
			if (!Files.isRegularFile(target.resolve(name))) {
				Path scratch = Files.createTempDirectory(home, ".extracting-");
				run(jar, scratch);
				try {
					Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
					// Another test JVM extracted the same build meanwhile.
					delete(scratch);
				}
				catch (IOException ex) {
					if (!Files.isRegularFile(target.resolve(name))) {
						throw ex;
					}
					delete(scratch);
				}
				deleteOlder(home, stem, target);
			}
			return target.resolve(name);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot extract " + jar + " (java -Djarmode=tools -jar " + jar
					+ " extract); rebuild it with ./mvnw package -DskipTests", ex);
		}
	}

	private static void run(Path jar, Path destination) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = destination.resolve("extract.log");
		Process process = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
				"--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("the extraction of " + jar + " took over 120 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("interrupted while extracting " + jar, ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(
					"the extraction of " + jar + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
		}
	}

	/** Deletes the extractions of other builds of the same jar. */
	private static void deleteOlder(Path home, String stem, Path keep) throws IOException {
		try (Stream<Path> siblings = Files.list(home)) {
			for (Path sibling : siblings.toList()) {
				String file = sibling.getFileName().toString();
				if (!sibling.equals(keep) && file.startsWith(stem + "-")
						&& file.substring(stem.length() + 1).chars().allMatch(Character::isDigit)) {
					delete(sibling);
				}
			}
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
