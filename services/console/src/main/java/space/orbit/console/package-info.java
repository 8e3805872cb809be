/**
 * The operator console: a server-driven Vaadin UI that holds no data of its own and
 * reaches every service through its HTTP API only ({@code api}); views by feature
 * ({@code mission}, {@code alerts}, {@code flight}); who is acting comes from
 * {@code operator}.
 */
package space.orbit.console;
