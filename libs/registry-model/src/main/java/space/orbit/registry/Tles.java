package space.orbit.registry;

import java.util.List;

/** Checks two-line element sets. */
final class Tles {

	static final int LINE_LENGTH = 69;

	private Tles() {
	}

	static void validate(List<RegistryViolation> violations, String pointer, Tle tle, Integer noradId) {
		boolean line1 = line(violations, pointer + "/line1", tle.line1(), '1');
		boolean line2 = line(violations, pointer + "/line2", tle.line2(), '2');
		if (!line1 || !line2) {
			return;
		}
		String catalog = Tle.catalogNumber(tle.line1());
		if (!catalog.equals(Tle.catalogNumber(tle.line2()))) {
			violations.add(new RegistryViolation(pointer + "/line2",
					"Both lines must carry the same catalogue number (columns 3-7)."));
		}
		else if (noradId != null && catalog.chars().allMatch(Character::isDigit)
				&& Integer.parseInt(catalog) != noradId) {
			violations.add(new RegistryViolation(pointer + "/line1",
					"The TLE's catalogue number " + catalog + " is not the NORAD id " + noradId + "."));
		}
	}

	private static boolean line(List<RegistryViolation> violations, String pointer, String line, char number) {
		if (line == null || line.length() != LINE_LENGTH || line.charAt(0) != number || line.charAt(1) != ' ') {
			violations.add(new RegistryViolation(pointer,
					"TLE line " + number + " is " + LINE_LENGTH + " characters starting with \"" + number + " \"."));
			return false;
		}
		char last = line.charAt(LINE_LENGTH - 1);
		int checksum = Tle.checksum(line);
		if (last < '0' || last > '9' || last - '0' != checksum) {
			violations.add(new RegistryViolation(pointer,
					"TLE line " + number + " fails its checksum: the last character should be " + checksum + "."));
			return false;
		}
		return true;
	}

}
