package space.orbit.console.mission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A TLE's epoch (line 1, columns 19-32: two-digit year and fractional day of year). */
final class TleEpoch {

	private TleEpoch() {
	}

	/** The epoch, or null when line 1 does not carry a readable one. */
	static Instant of(String line1) {
		if (line1 == null || line1.length() < 32) {
			return null;
		}
		try {
			int twoDigitYear = Integer.parseInt(line1.substring(18, 20).strip());
			double dayOfYear = Double.parseDouble(line1.substring(20, 32).strip());
			int year = (twoDigitYear < 57) ? 2000 + twoDigitYear : 1900 + twoDigitYear;
			Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
			long nanos = Math.round((dayOfYear - 1) * Duration.ofDays(1).toNanos());
			return start.plusNanos(nanos);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** "3.2 d" style age between the epoch and now. */
	static String age(Instant epoch, Instant now) {
		double days = Duration.between(epoch, now).toMinutes() / 1440.0;
		return String.format(java.util.Locale.ROOT, "%.1f d", days);
	}

}
