/**
 * The services' HTTP APIs as the console uses them (built against docs/api/*.json): one
 * {@link space.orbit.console.api.ServiceClient} per service, problems and unavailability
 * as exceptions the views show.
 */
package space.orbit.console.api;
