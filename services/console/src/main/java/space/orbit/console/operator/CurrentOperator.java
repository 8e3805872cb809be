package space.orbit.console.operator;

/**
 * Who is acting in the console now: the name every request to a service carries and every
 * alert action records. A login (a later issue) replaces the bean behind it; the views
 * depend on this interface only.
 */
public interface CurrentOperator {

	/** The operator's name, 1 to 100 characters. */
	String name();

}
