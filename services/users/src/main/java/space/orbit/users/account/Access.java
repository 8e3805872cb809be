package space.orbit.users.account;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an account may do (ADR 0017), written lower-case in the API and the database:
 * {@code admin} includes {@code operator}, which includes {@code viewer}.
 */
public enum Access {

	/** Reads: every GET of the APIs. */
	VIEWER,

	/** Acts: alerts, jobs, orders. */
	OPERATOR,

	/** Changes the mission database, the rules, users and API keys. */
	ADMIN;

	/**
	 * The word the API and the database use: {@code viewer}, {@code operator},
	 * {@code admin}.
	 */
	@JsonValue
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return word();
	}

	static Access ofWord(String word) {
		for (Access access : values()) {
			if (access.word().equals(word)) {
				return access;
			}
		}
		throw new IllegalArgumentException("not an access: " + word);
	}

}
