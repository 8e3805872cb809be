package space.orbit.users.account;

/** What an account is for. */
public enum UserRole {

	/** A crew member of a mission. */
	CREW,

	/** A ground operator. */
	OPERATOR

}
